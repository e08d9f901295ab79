import type { EnterpriseScale, Industry, JurisdictionLevel, Role } from './types';

// Lists for the forms' <select>s. They mirror @shuangfang/db/enums, which the browser cannot
// import; the `Exact` checks below fail the typecheck the day either side gains or loses a value.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;

export const INDUSTRIES = [
  '冶金',
  '有色',
  '建材',
  '机械',
  '轻工',
  '纺织',
  '烟草',
  '商贸',
  '危险化学品',
  '烟花爆竹',
  '非煤矿山',
  '其他',
] as const;
export const SCALES = ['大型', '中型', '小型', '微型'] as const;
export const LEVELS = ['province', 'city', 'county', 'town'] as const;
export const ROLES = [
  'platform_admin',
  'agency_admin',
  'inspector',
  'enterprise_admin',
  'safety_manager',
  'worker',
  'congress_rep',
] as const;

export const vocabularyMatches: [
  Exact<(typeof INDUSTRIES)[number], Industry>,
  Exact<(typeof SCALES)[number], EnterpriseScale>,
  Exact<(typeof LEVELS)[number], JurisdictionLevel>,
  Exact<(typeof ROLES)[number], Role>,
] = [true, true, true, true];

export const ENTERPRISE_ROLES: readonly Role[] = [
  'enterprise_admin',
  'safety_manager',
  'worker',
  'congress_rep',
];
export const AGENCY_ROLES: readonly Role[] = ['agency_admin', 'inspector'];

/** Which roles a user acting as `role` may create accounts for (the API enforces the same). */
export function creatableRoles(role: Role): Role[] {
  if (role === 'platform_admin') return ['agency_admin'];
  if (role === 'agency_admin') return ['inspector', 'enterprise_admin'];
  if (role === 'enterprise_admin') return ['safety_manager', 'worker', 'congress_rep'];
  return [];
}
