import type { Generated, Insertable, Selectable } from 'kysely';

/** A regulator (应急管理局 etc.); it sees the subtree of its jurisdiction. */
export interface AgencyTable {
  id: Generated<string>;
  jurisdiction_code: string;
  name: string;
  phone: string | null;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}
export type AgencyRow = Selectable<AgencyTable>;
export type NewAgency = Insertable<AgencyTable>;
