// Fixed vocabularies of the domain (../docs/architecture.md). The database enforces them with CHECK
// constraints built from these same lists, so code and schema cannot drift apart.

export const ROLES = [
  'platform_admin',
  'agency_admin',
  'inspector',
  'enterprise_admin',
  'safety_manager',
  'worker',
  'congress_rep',
] as const;
export type Role = (typeof ROLES)[number];

export const AGENCY_ROLES = ['agency_admin', 'inspector'] as const satisfies readonly Role[];
export const ENTERPRISE_ROLES = [
  'enterprise_admin',
  'safety_manager',
  'worker',
  'congress_rep',
] as const satisfies readonly Role[];

export const JURISDICTION_LEVELS = ['province', 'city', 'county', 'town'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

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
export type Industry = (typeof INDUSTRIES)[number];

export const ENTERPRISE_SCALES = ['大型', '中型', '小型', '微型'] as const;
export type EnterpriseScale = (typeof ENTERPRISE_SCALES)[number];

export const RISK_COLOURS = ['red', 'orange', 'yellow', 'blue'] as const;
export type RiskColour = (typeof RISK_COLOURS)[number];

export const STANDARDIZATION_LEVELS = ['一级', '二级', '三级'] as const;
export type StandardizationLevel = (typeof STANDARDIZATION_LEVELS)[number];

export const CREDIT_STATUSES = ['normal', 'blacklisted'] as const;
export type CreditStatus = (typeof CREDIT_STATUSES)[number];
