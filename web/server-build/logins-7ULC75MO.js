import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEMO_PASSWORD
} from "./chunk-TDKKZE6S.js";
import "./chunk-ZLVQH4OK.js";
import "./chunk-VA35IVHB.js";

// seeds/demo/logins.ts
var ROLE_NAMES = {
  platform_admin: "平台管理员",
  agency_admin: "机构管理员",
  inspector: "执法人员",
  enterprise_admin: "企业主要负责人",
  safety_manager: "安全管理员",
  worker: "岗位员工",
  congress_rep: "职代会代表"
};
async function printDemoLogins(db) {
  const logins = await db.selectFrom("app_user as u").innerJoin("membership as m", "m.user_id", "u.id").select(["u.phone", "u.display_name", "m.role"]).where("u.phone", "like", "138000%").orderBy("u.phone").execute();
  console.log(`演示账号（密码均为 ${DEMO_PASSWORD}）：`);
  for (const u of logins) console.log(`  ${u.phone}  ${ROLE_NAMES[u.role]}  ${u.display_name}`);
}
export {
  printDemoLogins
};
