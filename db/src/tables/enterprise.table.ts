import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  CreditStatus,
  EnterpriseScale,
  Industry,
  RiskColour,
  StandardizationLevel,
} from '../enums.js';

/** An enterprise of the registry (检查对象名录库): the tenant. Its id is every tenant table's `enterprise_id`. */
export interface EnterpriseTable {
  id: Generated<string>;
  credit_code: string;
  name: string;
  industry: Industry;
  scale: EnterpriseScale;
  address: string;
  jurisdiction_code: string;
  supervising_agency_id: string;
  /** Highest grade among the enterprise's risk events; maintained by the risk register. */
  risk_level: RiskColour | null;
  standardization_level: StandardizationLevel | null;
  credit_status: Generated<CreditStatus>;
  active: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export type EnterpriseRow = Selectable<EnterpriseTable>;
export type NewEnterprise = Insertable<EnterpriseTable>;
export type EnterpriseUpdate = Updateable<EnterpriseTable>;
