import { generateScale, insertSink, withRollupsDeferred } from '@shuangfang/seeds/scale';
import type { ReportRecipient } from '@shuangfang/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActingMembership } from '../../api/src/auth/actor.js';
import { listReports, recipientOf } from '../../api/src/modules/reports/reports.repository.js';
import { keysetPages } from '../support/keyset-pages.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

// The 双报告 list reads a page's reports first and joins the names to the kept rows only
// (migration 2026_12_07_1600). Nothing about the answer may change: on a generated province each
// kind of reader and each filter is paged through and compared, page for page, with the list as
// it was read before (every visible report joined, then sorted and cut), written out here.

const UNTIL = new Date('2026-11-01T00:00:00Z');
const LIMIT = 30;
const PAGES = 4;
let t: TestDb;
let province: { code: string; path: string; agencyId: string };
let county: { code: string; path: string; agencyId: string };
let enterpriseId: string;

beforeAll(async () => {
  t = await createTestDb();
  await withRollupsDeferred(t.db, () =>
    generateScale(insertSink(t.db), { scale: 0.005, seed: 7, until: UNTIL }),
  );
  // The county whose enterprises filed the most reports, and an agency of it and of the province.
  const places = await sql<{ code: string; path: string; level: string; agency_id: string }>`
    select j.code, j.path, j.level, (select a.id from agency a
      where a.jurisdiction_code = j.code order by a.id limit 1) as agency_id
    from jurisdiction j
    order by (select count(*) from report r join enterprise e on e.id = r.enterprise_id
      where e.jurisdiction_code = j.code) desc, j.code`.execute(t.db);
  const at = (level: string) => {
    const p = places.rows.find((r) => r.level === level && r.agency_id)!;
    return { code: p.code, path: p.path, agencyId: p.agency_id };
  };
  province = at('province');
  county = at('county');
  // The county's enterprise with the most reports not yet signed for; two of those become drafts
  // (its managers see drafts, no one else does).
  enterpriseId = (
    await sql<{ id: string }>`select r.enterprise_id as id from report r
      join enterprise e on e.id = r.enterprise_id where e.jurisdiction_code = ${county.code}
        and not exists (select 1 from report_acknowledgement k where k.report_id = r.id)
      group by r.enterprise_id order by count(*) desc, r.enterprise_id limit 1`.execute(t.db)
  ).rows[0]!.id;
  // Submitted reports are immutable; the setup makes two of them drafts again behind the trigger.
  await sql`alter table report disable trigger report_immutable`.execute(t.db);
  await sql`update report set state = 'draft', submitted_at = null, submitted_by = null,
      content_hash = null
    where id in (select id from report where enterprise_id = ${enterpriseId}
      and not exists (select 1 from report_acknowledgement k where k.report_id = report.id)
      order by drafted_at desc limit 2)`.execute(t.db);
  await sql`alter table report enable trigger report_immutable`.execute(t.db);
}, 300_000);

afterAll(async () => {
  await t?.drop();
});

const agencyMember = (
  role: 'inspector' | 'agency_admin',
  place: typeof province,
): ActingMembership => ({
  id: 'm',
  role,
  enterpriseId: null,
  agencyId: place.agencyId,
  jurisdictionCode: place.code,
  jurisdictionPath: place.path,
});

const enterpriseMember = (role: 'enterprise_admin' | 'congress_rep'): ActingMembership => ({
  id: 'm',
  role,
  enterpriseId,
  agencyId: null,
  jurisdictionCode: county.code,
  jurisdictionPath: county.path,
});

type Filters = Parameters<typeof listReports>[2];
type Row = Awaited<ReturnType<typeof listReports>>[number];

/**
 * The list as it was read before: every report the reader sees, joined to its names, then sorted
 * by (drafted_at, id) newest first and cut after `limit + 1` rows.
 */
async function joinedFirst(m: ActingMembership, f: Filters, after?: [Date, string]) {
  const recipient: ReportRecipient | null = recipientOf(m);
  const drafts = m.role === 'enterprise_admin' || m.role === 'safety_manager';
  const visible = m.enterpriseId
    ? sql`e.id = ${m.enterpriseId}`
    : sql`e.jurisdiction_code in (select code from jurisdiction where path like ${`${m.jurisdictionPath}%`})`;
  const acksMissing = sql`(select count(*) from report_acknowledgement k
    where k.enterprise_id = r.enterprise_id and k.report_id = r.id
      and (${recipient}::text is null or k.recipient = ${recipient})) < ${recipient === null ? 2 : 1}`;
  const late = sql`coalesce(r.submitted_at, now()) > r.due_at`;
  const conditions = [
    visible,
    drafts ? sql`true` : sql`r.state = 'submitted'`,
    f.enterpriseId ? sql`r.enterprise_id = ${f.enterpriseId}` : sql`true`,
    f.kind ? sql`r.kind = ${f.kind}` : sql`true`,
    f.state ? sql`r.state = ${f.state}` : sql`true`,
    f.dueWithin
      ? sql`((r.due_at >= ${f.dueWithin.from} and r.due_at < ${f.dueWithin.to})
          or (r.state = 'draft' and r.due_at < now()))`
      : sql`true`,
    f.agencyId ? sql`r.agency_id = ${f.agencyId}` : sql`true`,
    f.underPath
      ? sql`e.jurisdiction_code in (select code from jurisdiction where path like ${`${f.underPath}%`})`
      : sql`true`,
    f.late === undefined ? sql`true` : f.late ? late : sql`not ${late}`,
    f.unacknowledged === undefined
      ? sql`true`
      : sql`r.state = 'submitted' and ${f.unacknowledged ? acksMissing : sql`not ${acksMissing}`}`,
    after ? sql`(r.drafted_at, r.id) < (${after[0]}, ${after[1]})` : sql`true`,
  ];
  const rows = await sql<Row>`
    select r.*, e.name as enterprise_name, a.name as agency_name,
      s.display_name as submitted_by_name, ${late} as late
    from report r
    join enterprise e on e.id = r.enterprise_id
    join agency a on a.id = r.agency_id
    left join app_user s on s.id = r.submitted_by
    where ${sql.join(conditions, sql` and `)}
    order by r.drafted_at desc, r.id desc
    limit ${LIMIT + 1}`.execute(t.db);
  return rows.rows;
}

/** Up to PAGES pages, each as the service cuts them. */
const pages = (read: (after?: [Date, string]) => Promise<Row[]>) =>
  keysetPages(read, {
    limit: LIMIT,
    pages: PAGES,
    keyOf: (row) => [new Date(row.drafted_at), row.id],
  });

async function compare(m: ActingMembership, f: Filters = {}) {
  const before = await pages((after) => joinedFirst(m, f, after));
  const now = await pages((after) => listReports(t.db, m, f, LIMIT, after));
  expect(now, `${m.role} at ${m.jurisdictionPath} ${JSON.stringify(f)}`).toEqual(before);
  return before.flat().length;
}

describe('the 双报告 list read keys-first answers what the joined list answered', () => {
  it('for the province and a county, with each filter', async () => {
    for (const place of [province, county]) {
      const m = agencyMember('inspector', place);
      expect(await compare(m)).toBeGreaterThan(LIMIT * 2);
      await compare(m, { kind: 'quarterly' });
      await compare(m, { kind: 'major_initial', late: true });
      await compare(m, { late: false });
      await compare(m, { unacknowledged: true });
      await compare(m, { unacknowledged: false });
      await compare(m, { unacknowledged: true, agencyId: place.agencyId });
      await compare(m, { enterpriseId });
      await compare(m, {
        dueWithin: { from: new Date('2026-07-01T00:00:00Z'), to: new Date('2026-10-16T00:00:00Z') },
      });
    }
    await compare(agencyMember('agency_admin', province), { underPath: county.path });
    // Addressed to an agency below the reader: read through that agency's own index.
    await compare(agencyMember('agency_admin', province), { agencyId: county.agencyId });
    await compare(agencyMember('inspector', county), { agencyId: province.agencyId });
  }, 300_000);

  it("for an enterprise's managers (drafts too) and its workers' congress", async () => {
    const admin = enterpriseMember('enterprise_admin');
    expect((await pages((after) => listReports(t.db, admin, {}, LIMIT, after))).flat()).toEqual(
      expect.arrayContaining([expect.objectContaining({ state: 'draft' })]),
    );
    await compare(admin);
    await compare(admin, { state: 'draft' });
    const congress = enterpriseMember('congress_rep');
    await compare(congress);
    await compare(congress, { unacknowledged: true });
  }, 300_000);

  it('for a reader outside the enterprise: nothing of it', async () => {
    const elsewhere = (
      await sql<{ code: string; path: string; agency_id: string }>`select j.code, j.path,
        a.id as agency_id from jurisdiction j join agency a on a.jurisdiction_code = j.code
        where j.level = 'county' and j.code <> ${county.code} order by j.code limit 1`.execute(t.db)
    ).rows[0]!;
    const m = agencyMember('inspector', {
      code: elsewhere.code,
      path: elsewhere.path,
      agencyId: elsewhere.agency_id,
    });
    expect(await compare(m, { enterpriseId })).toBe(0);
  }, 300_000);
});
