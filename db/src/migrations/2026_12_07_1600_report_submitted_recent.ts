import { sql, type Kysely } from 'kysely';

// A regulator's 双报告 list orders the submitted reports of a jurisdiction subtree newest first.
// Joined to enterprise, agency and submitter before the LIMIT, a province's first page read and
// sorted all of its 275,000 reports (~230 ms at 1×). The list now reads a page's keys first
// (api/src/modules/reports/reports.repository.ts): at a broad scope from this index, newest first,
// keeping the reports of the subtree's enterprises; at a narrow one from `report_drafted`, per
// enterprise. The planner chooses by how many enterprises the subtree holds.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function up(db: AnyDb): Promise<void> {
  await sql`create index report_submitted_recent on report (drafted_at desc, id desc)
    where state = 'submitted'`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index report_submitted_recent`.execute(db);
}
