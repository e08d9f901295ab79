import { fileURLToPath } from 'node:url';
import { createDb, databaseKind, migrateToLatest } from '@shuangfang/db';
import { DEMO_PASSWORD, DEMO_USERS } from './data.js';
import { seedDemo } from './seed.js';

// Same default data folder as the server (the repository's data/), whatever the working directory.
process.env.SHUANGFANG_DATA_DIR ??= fileURLToPath(new URL('../../data', import.meta.url));

const db = await createDb();
await migrateToLatest(db);
await seedDemo(db);
await db.destroy();

const ROLE_NAMES: Record<string, string> = {
  platform_admin: '平台管理员',
  agency_admin: '机构管理员',
  inspector: '执法人员',
  enterprise_admin: '企业主要负责人',
  safety_manager: '安全管理员',
  worker: '岗位员工',
  congress_rep: '职代会代表',
};
console.log(`演示数据已就绪（${databaseKind()}）。演示账号（密码均为 ${DEMO_PASSWORD}）：`);
for (const u of DEMO_USERS) console.log(`  ${u.phone}  ${ROLE_NAMES[u.role]}  ${u.name}`);
