import type { Generated, Insertable, Selectable } from 'kysely';
import type { Role } from '../enums.js';

export interface UserTable {
  id: Generated<string>;
  /** Mainland mobile number, 11 digits; a user has a phone, an email, or both. */
  phone: string | null;
  /** Stored lower-cased so that login is case-insensitive. */
  email: string | null;
  display_name: string;
  password_hash: string;
  /** Set for accounts created with a one-time initial password. */
  must_change_password: Generated<boolean>;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: Generated<Date>;
}
export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;

/** A user's role in one enterprise or one agency (or the platform). A request acts as one membership. */
export interface MembershipTable {
  id: Generated<string>;
  user_id: string;
  role: Role;
  enterprise_id: string | null;
  agency_id: string | null;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}
export type MembershipRow = Selectable<MembershipTable>;
export type NewMembership = Insertable<MembershipTable>;

/** Lucia-style session: the token is `<id>.<secret>`; only SHA-256(secret) is stored. */
export interface SessionTable {
  id: string;
  secret_hash: string;
  user_id: string;
  membership_id: string | null;
  created_at: Generated<Date>;
  last_verified_at: Generated<Date>;
}
export type SessionRow = Selectable<SessionTable>;
