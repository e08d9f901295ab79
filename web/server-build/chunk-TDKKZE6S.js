import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ENTERPRISE_SCALES
} from "./chunk-ZLVQH4OK.js";

// seeds/demo/data.ts
var JURISDICTIONS = [
  { code: "320000", name: "江苏省", level: "province", parent: null, agency: "江苏省应急管理厅" },
  { code: "360000", name: "江西省", level: "province", parent: null, agency: "江西省应急管理厅" },
  { code: "360400", name: "九江市", level: "city", parent: "360000", agency: "九江市应急管理局" },
  { code: "360700", name: "赣州市", level: "city", parent: "360000", agency: "赣州市应急管理局" },
  { code: "360735", name: "石城县", level: "county", parent: "360700", agency: "石城县应急管理局" },
  { code: "440000", name: "广东省", level: "province", parent: null, agency: "广东省应急管理厅" },
  { code: "441800", name: "清远市", level: "city", parent: "440000", agency: "清远市应急管理局" },
  { code: "500000", name: "重庆市", level: "province", parent: null, agency: "重庆市应急管理局" },
  {
    code: "500105",
    name: "江北区",
    level: "county",
    parent: "500000",
    agency: "重庆市江北区应急管理局"
  }
];
var INDUSTRY_CYCLE = [
  "非煤矿山",
  "危险化学品",
  "冶金",
  "机械",
  "建材",
  "轻工",
  "纺织",
  "商贸",
  "烟花爆竹",
  "有色",
  "烟草",
  "其他"
];
var NAMES = {
  "320000": [
    "苏州精工机械有限公司",
    "南京扬子化工有限公司",
    "无锡恒通纺织有限公司",
    "常州金石建材有限公司",
    "徐州矿山设备有限公司"
  ],
  "360400": [
    "九江石化储运有限公司",
    "九江庐山建材有限公司",
    "九江长江船舶机械有限公司",
    "九江赣北纺织有限公司",
    "九江瑞昌铜业有限公司",
    "九江湖口烟花爆竹有限公司"
  ],
  "360700": ["赣州稀土金属冶炼有限公司", "赣州南康家具制造有限公司", "赣州钨业有限公司"],
  "360735": [
    "石城县琴江矿业有限公司",
    "石城县通天寨烟花爆竹有限公司",
    "石城县宝福化工有限公司",
    "石城县莲乡食品有限公司",
    "石城县赣江源建材有限公司",
    "石城县鑫达机械有限公司"
  ],
  "441800": [
    "清远英德水泥有限公司",
    "清远佛冈化工有限公司",
    "清远连州铝业有限公司",
    "清远市北江商贸有限公司"
  ],
  "500105": [
    "重庆江北机电有限公司",
    "重庆寸滩港口物流有限公司",
    "重庆观音桥商贸有限公司",
    "重庆江北燃气储运有限公司"
  ],
  "500000": ["重庆长寿钢铁有限公司", "重庆两江汽车配件有限公司"]
};
var ORG_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
var ENTERPRISES = Object.entries(NAMES).flatMap(
  ([code, names], j) => names.map((name, i) => {
    const n = j * 10 + i;
    const org = Array.from({ length: 9 }, (_, k) => ORG_ALPHABET[(n * 7 + k * 13 + 3) % 31]).join(
      ""
    );
    return {
      first17: `91${code}${org}`,
      name,
      industry: INDUSTRY_CYCLE[n % INDUSTRY_CYCLE.length],
      scale: ENTERPRISE_SCALES[n % ENTERPRISE_SCALES.length],
      address: `${name.slice(0, 3)}工业园区${i + 1}号`,
      jurisdictionCode: code
    };
  })
);
var DEMO_PASSWORD = "Demo2026";
var DEMO_USERS = [
  { phone: "13800000000", name: "平台管理员", role: "platform_admin" },
  { phone: "13800000001", name: "石城县应急局管理员", role: "agency_admin", agencyOf: "360735" },
  { phone: "13800000002", name: "石城县执法人员", role: "inspector", agencyOf: "360735" },
  { phone: "13800000003", name: "九江市应急局管理员", role: "agency_admin", agencyOf: "360400" },
  { phone: "13800000004", name: "江西省应急厅管理员", role: "agency_admin", agencyOf: "360000" },
  {
    phone: "13800000011",
    name: "琴江矿业主要负责人",
    role: "enterprise_admin",
    enterprise: "石城县琴江矿业有限公司"
  },
  {
    phone: "13800000012",
    name: "琴江矿业安全管理员",
    role: "safety_manager",
    enterprise: "石城县琴江矿业有限公司"
  },
  {
    phone: "13800000013",
    name: "琴江矿业岗位员工",
    role: "worker",
    enterprise: "石城县琴江矿业有限公司",
    position: "破碎工岗"
  },
  {
    phone: "13800000014",
    name: "琴江矿业职代会代表",
    role: "congress_rep",
    enterprise: "石城县琴江矿业有限公司"
  },
  // The blacklisted demo enterprise (seeds/demo/blacklist-seed.ts): its own pages show the listing.
  {
    phone: "13800000131",
    name: "宝福化工主要负责人",
    role: "enterprise_admin",
    enterprise: "石城县宝福化工有限公司"
  }
];

export {
  JURISDICTIONS,
  ENTERPRISES,
  DEMO_PASSWORD,
  DEMO_USERS
};
