import { sql, type Kysely } from 'kysely';

// An agency's notifications list the open hazards it found whose deadline has passed or is near,
// soonest first (api/src/modules/notifications/notification-sources.ts), and the shell reads the
// count on every page an agency's people open. By `hazard_found_by` and the deadline index
// together a county's read ~6,700 found hazards and ~70,000 open deadlines (~10 ms at 1×); this
// index yields them in deadline order directly.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function up(db: AnyDb): Promise<void> {
  await sql`create index hazard_found_by_deadline on hazard (found_by_agency_id, deadline)
    where found_by_agency_id is not null and state not in ('closed', 'rejected')`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index hazard_found_by_deadline`.execute(db);
}
