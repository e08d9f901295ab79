// The shapes of the API's JSON (its OpenAPI document is the truth). The fixed vocabularies come
// from @shuangfang/db as types only, so the browser bundle never pulls in server code.
import type {
  CreditStatus,
  EnterpriseScale,
  Industry,
  JurisdictionLevel,
  RiskColour,
  Role,
  StandardizationLevel,
} from '@shuangfang/db';

export type {
  CreditStatus,
  EnterpriseScale,
  Industry,
  JurisdictionLevel,
  RiskColour,
  Role,
  StandardizationLevel,
};

export interface Membership {
  id: string;
  role: Role;
  enterpriseId: string | null;
  enterpriseName: string | null;
  agencyId: string | null;
  agencyName: string | null;
  jurisdictionCode: string | null;
}

export interface Me {
  user: {
    id: string;
    displayName: string;
    phone: string | null;
    email: string | null;
    mustChangePassword: boolean;
  };
  membership: Membership | null;
  memberships: Membership[];
}

export interface Jurisdiction {
  code: string;
  name: string;
  level: JurisdictionLevel;
  parentCode: string | null;
  path: string;
}

export interface JurisdictionSettings {
  code: string;
  effective: Record<string, unknown>;
  overrides: Record<string, unknown>;
}

export interface Agency {
  id: string;
  name: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  phone: string | null;
  active: boolean;
}

export interface ManagedUser {
  id: string;
  displayName: string;
  phone: string | null;
  email: string | null;
  active: boolean;
  mustChangePassword: boolean;
  memberships: (Omit<Membership, 'jurisdictionCode'> & { active: boolean })[];
}

export interface Enterprise {
  id: string;
  creditCode: string;
  name: string;
  industry: Industry;
  scale: EnterpriseScale;
  address: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  supervisingAgencyId: string;
  supervisingAgencyName: string;
  riskLevel: RiskColour | null;
  standardizationLevel: StandardizationLevel | null;
  creditStatus: CreditStatus;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface EnterpriseInput {
  creditCode: string;
  name: string;
  industry: string;
  scale: string;
  address: string;
  jurisdictionCode: string;
  supervisingAgencyId?: string;
}

export interface EnterpriseFilter {
  q?: string;
  industry?: string;
  jurisdictionCode?: string;
  active?: 'true' | 'false';
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CountedPage<T> extends Page<T> {
  total: number;
}

export interface Issue {
  path: string;
  message: string;
  row?: number;
}
