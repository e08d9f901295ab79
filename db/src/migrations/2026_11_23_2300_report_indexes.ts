import { sql, type Kysely } from 'kysely';

// Report reads at province scale (docs/performance.md). The dashboard's dual-report figures read
// every report due in the period (≈ one per enterprise and quarter: 20 000 at province scale). Through dashboard_report_due each of them cost a heap
// fetch on a scattered block (11 000 blocks, ~160 ms at 1×); carrying the columns the figures read
// in the index makes it an index-only scan (~10 ms). It replaces dashboard_report_due.
// Every page's shell asks for the caller's notifications; an agency's "to sign for" reads the
// submitted reports addressed to it, newest first — without an index, every report of the table.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function up(db: AnyDb): Promise<void> {
  await sql`create index dashboard_report_due_cover on report (due_at)
    include (enterprise_id, id, state, submitted_at)`.execute(db);
  await sql`drop index dashboard_report_due`.execute(db);
  await sql`create index report_agency_submitted on report (agency_id, drafted_at desc, id desc)
    where state = 'submitted'`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index report_agency_submitted`.execute(db);
  await sql`create index dashboard_report_due on report (due_at)`.execute(db);
  await sql`drop index dashboard_report_due_cover`.execute(db);
}
