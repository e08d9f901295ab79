import { ENTERPRISE_SCALES } from '@shuangfang/db/enums';
import type { EnterpriseScale, Industry, JurisdictionLevel, Role } from '@shuangfang/db';

// The places of the source plans (seed-docs): each has its emergency-management agency.
export const JURISDICTIONS: {
  code: string;
  name: string;
  level: JurisdictionLevel;
  parent: string | null;
  agency: string;
  /** The agency's duty phone (demo numbers). */
  phone: string;
}[] = [
  {
    code: '320000',
    name: '江苏省',
    level: 'province',
    parent: null,
    agency: '江苏省应急管理厅',
    phone: '025-83350001',
  },
  {
    code: '360000',
    name: '江西省',
    level: 'province',
    parent: null,
    agency: '江西省应急管理厅',
    phone: '0791-86250001',
  },
  {
    code: '360400',
    name: '九江市',
    level: 'city',
    parent: '360000',
    agency: '九江市应急管理局',
    phone: '0792-82150001',
  },
  {
    code: '360700',
    name: '赣州市',
    level: 'city',
    parent: '360000',
    agency: '赣州市应急管理局',
    phone: '0797-82250001',
  },
  {
    code: '360735',
    name: '石城县',
    level: 'county',
    parent: '360700',
    agency: '石城县应急管理局',
    phone: '0797-57350001',
  },
  {
    code: '440000',
    name: '广东省',
    level: 'province',
    parent: null,
    agency: '广东省应急管理厅',
    phone: '020-83350001',
  },
  {
    code: '441800',
    name: '清远市',
    level: 'city',
    parent: '440000',
    agency: '清远市应急管理局',
    phone: '0763-33850001',
  },
  {
    code: '500000',
    name: '重庆市',
    level: 'province',
    parent: null,
    agency: '重庆市应急管理局',
    phone: '023-63350001',
  },
  {
    code: '500105',
    name: '江北区',
    level: 'county',
    parent: '500000',
    agency: '重庆市江北区应急管理局',
    phone: '023-67850001',
  },
];

const INDUSTRY_CYCLE: Industry[] = [
  '非煤矿山',
  '危险化学品',
  '冶金',
  '机械',
  '建材',
  '轻工',
  '纺织',
  '商贸',
  '烟花爆竹',
  '有色',
  '烟草',
  '其他',
];

/**
 * The industry a name says (a 判定 standard applies by industry: docs/domain-criteria.md), else
 * the next of the cycle. First match wins: 矿山设备 is 机械, 稀土金属冶炼 is 有色.
 */
const NAMED_INDUSTRIES: [RegExp, Industry][] = [
  [/机械|设备|机电|汽车配件|船舶/, '机械'],
  [/烟花爆竹/, '烟花爆竹'],
  [/化工|石化|燃气/, '危险化学品'],
  [/建材|水泥/, '建材'],
  [/纺织/, '纺织'],
  [/铜业|铝业|钨业|稀土/, '有色'],
  [/冶炼|钢铁/, '冶金'],
  [/食品|家具/, '轻工'],
  [/商贸/, '商贸'],
  [/矿业/, '非煤矿山'],
  [/物流|港口/, '其他'],
];
const industryOf = (name: string, n: number): Industry =>
  NAMED_INDUSTRIES.find(([pattern]) => pattern.test(name))?.[1] ??
  (INDUSTRY_CYCLE[n % INDUSTRY_CYCLE.length] as Industry);

const NAMES: Record<string, string[]> = {
  '320000': [
    '苏州精工机械有限公司',
    '南京扬子化工有限公司',
    '无锡恒通纺织有限公司',
    '常州金石建材有限公司',
    '徐州矿山设备有限公司',
  ],
  '360400': [
    '九江石化储运有限公司',
    '九江庐山建材有限公司',
    '九江长江船舶机械有限公司',
    '九江赣北纺织有限公司',
    '九江瑞昌铜业有限公司',
    '九江湖口烟花爆竹有限公司',
  ],
  '360700': ['赣州稀土金属冶炼有限公司', '赣州南康家具制造有限公司', '赣州钨业有限公司'],
  '360735': [
    '石城县琴江矿业有限公司',
    '石城县通天寨烟花爆竹有限公司',
    '石城县宝福化工有限公司',
    '石城县莲乡食品有限公司',
    '石城县赣江源建材有限公司',
    '石城县鑫达机械有限公司',
    '石城县赣源化工有限公司',
  ],
  '441800': [
    '清远英德水泥有限公司',
    '清远佛冈化工有限公司',
    '清远连州铝业有限公司',
    '清远市北江商贸有限公司',
  ],
  '500105': [
    '重庆江北机电有限公司',
    '重庆寸滩港口物流有限公司',
    '重庆观音桥商贸有限公司',
    '重庆江北燃气储运有限公司',
  ],
  '500000': ['重庆长寿钢铁有限公司', '重庆两江汽车配件有限公司'],
};

const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export const ENTERPRISES = Object.entries(NAMES).flatMap(([code, names], j) =>
  names.map((name, i) => {
    const n = j * 10 + i;
    // 9 (工商) 1 (企业) + division code + a deterministic 9-character 主体标识码.
    const org = Array.from({ length: 9 }, (_, k) => ORG_ALPHABET[(n * 7 + k * 13 + 3) % 31]).join(
      '',
    );
    return {
      first17: `91${code}${org}`,
      name,
      industry: industryOf(name, n),
      scale: ENTERPRISE_SCALES[n % ENTERPRISE_SCALES.length] as EnterpriseScale,
      address: `${name.slice(0, 3)}工业园区${i + 1}号`,
      jurisdictionCode: code,
    };
  }),
);

export const DEMO_PASSWORD = 'Demo2026';

export const GANYUAN = '石城县赣源化工有限公司';

/** The 危化 enterprise's people (docs/domain-chemicals.md): who holds what is set by the seed. */
const GANYUAN_USERS: (typeof DEMO_USERS)[number][] = [
  {
    phone: '13800000141',
    name: '赣源化工主要负责人',
    role: 'enterprise_admin',
    enterprise: GANYUAN,
  },
  { phone: '13800000142', name: '赣源化工安全管理员', role: 'safety_manager', enterprise: GANYUAN },
  { phone: '13800000143', name: '赣源化工生产副总', role: 'safety_manager', enterprise: GANYUAN },
  {
    phone: '13800000144',
    name: '赣源化工罐区班长',
    role: 'worker',
    enterprise: GANYUAN,
    position: '罐区操作工岗',
  },
  {
    phone: '13800000145',
    name: '赣源化工监护人',
    role: 'worker',
    enterprise: GANYUAN,
    position: '装卸工岗',
  },
  {
    phone: '13800000146',
    name: '赣源化工车间主任',
    role: 'worker',
    enterprise: GANYUAN,
    position: '液氯库岗',
  },
  { phone: '13800000147', name: '赣源化工设备主管', role: 'worker', enterprise: GANYUAN },
  { phone: '13800000148', name: '赣源化工检修班长', role: 'worker', enterprise: GANYUAN },
  { phone: '13800000149', name: '赣源化工监护人二', role: 'worker', enterprise: GANYUAN },
];

/** One login per role; the enterprise roles work at the first 石城县 enterprise. */
export const DEMO_USERS: {
  phone: string;
  name: string;
  role: Role;
  agencyOf?: string;
  enterprise?: string;
  /** The worker's position (岗位) in the demo register: its checks become theirs. */
  position?: string;
}[] = [
  { phone: '13800000000', name: '平台管理员', role: 'platform_admin' },
  { phone: '13800000001', name: '石城县应急局管理员', role: 'agency_admin', agencyOf: '360735' },
  { phone: '13800000002', name: '石城县执法人员', role: 'inspector', agencyOf: '360735' },
  { phone: '13800000003', name: '九江市应急局管理员', role: 'agency_admin', agencyOf: '360400' },
  { phone: '13800000004', name: '江西省应急厅管理员', role: 'agency_admin', agencyOf: '360000' },
  {
    phone: '13800000011',
    name: '琴江矿业主要负责人',
    role: 'enterprise_admin',
    enterprise: '石城县琴江矿业有限公司',
  },
  {
    phone: '13800000012',
    name: '琴江矿业安全管理员',
    role: 'safety_manager',
    enterprise: '石城县琴江矿业有限公司',
  },
  {
    phone: '13800000013',
    name: '琴江矿业岗位员工',
    role: 'worker',
    enterprise: '石城县琴江矿业有限公司',
    position: '破碎工岗',
  },
  {
    phone: '13800000014',
    name: '琴江矿业职代会代表',
    role: 'congress_rep',
    enterprise: '石城县琴江矿业有限公司',
  },
  // The demo 危化 enterprise (seeds/demo/chemicals-seed.ts): 包保责任人, permit signers, 监护人.
  ...GANYUAN_USERS,
  // The blacklisted demo enterprise (seeds/demo/blacklist-seed.ts): its own pages show the listing.
  {
    phone: '13800000131',
    name: '宝福化工主要负责人',
    role: 'enterprise_admin',
    enterprise: '石城县宝福化工有限公司',
  },
];
