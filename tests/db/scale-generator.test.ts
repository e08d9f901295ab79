import { createHash } from 'node:crypto';
import { HAZARD_STATES } from '@shuangfang/db';
import {
  generateScale,
  insertSink,
  loadScaleParallel,
  withRollupsDeferred,
  type Sink,
} from '@shuangfang/seeds/scale';
import { sql } from 'kysely';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../api/src/modules/hazards/hazards.service.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

// The province generator at 0.01× (200 enterprises), so it cannot rot: it loads through the same
// path as the full build (worker threads and COPY with deferred indexes on PostgreSQL, inserts on
// PGlite), passes every constraint, and the same seed gives the same rows — on PostgreSQL the
// threaded load is compared with the one-thread generator.

const UNTIL = new Date('2026-11-01T00:00:00Z');
const OPTIONS = { scale: 0.01, seed: 7, until: UNTIL };
let t: TestDb;
let client: postgres.Sql | null = null;
let counts: Record<string, number>;

/** A sink that keeps only a digest of the hazard events' (enterprise, seq, hash), in order. */
function digestSink() {
  const rows: string[] = [];
  const sink: Sink = {
    write: async (batches) => {
      for (const b of batches.filter((b) => b.table === 'hazard_event'))
        for (const r of b.rows) rows.push(`${r[0]}|${r[2]}|${r[14]}`);
    },
  };
  const digest = () => createHash('sha256').update(rows.sort().join('\n')).digest('hex');
  return { sink, digest };
}

beforeAll(async () => {
  t = await createTestDb();
  client =
    'DATABASE_URL' in t.env ? postgres(t.env.DATABASE_URL, { max: 2, onnotice: () => {} }) : null;
  ({ counts } = await withRollupsDeferred(t.db, () =>
    client
      ? loadScaleParallel(client, { ...OPTIONS, workers: 2 })
      : generateScale(insertSink(t.db), OPTIONS),
  ));
}, 120_000);

afterAll(async () => {
  await client?.end();
  await t?.drop();
});

const count = async (table: string) =>
  Number(
    (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.db)).rows[0]!
      .n,
  );

describe('scale generator at 0.01×', () => {
  it('writes the expected amounts, and the database holds what it reports', async () => {
    expect(await count('enterprise')).toBe(200);
    expect(await count('jurisdiction')).toBe(111);
    const hazards = await count('hazard');
    expect(hazards).toBeGreaterThan(15_000);
    expect(hazards).toBeLessThan(30_000);
    expect(await count('hazard_event')).toBeGreaterThan(hazards * 2);
    const events = await count('risk_event');
    expect(events).toBeGreaterThan(1_500);
    expect(events).toBeLessThan(3_500);
    expect(await count('control_measure')).toBeGreaterThan(events * 2 - 1);
    expect(await count('check_record')).toBeGreaterThan(5_000);
    expect(await count('report')).toBeGreaterThan(2_000);
    for (const [table, n] of Object.entries(counts)) expect(await count(table)).toBe(n);
  });

  it('has hazards in every state, spread over the three years', async () => {
    const states = await t.db
      .selectFrom('hazard')
      .select(['state', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy('state')
      .execute();
    expect(states.map((s) => s.state).sort()).toEqual([...HAZARD_STATES].sort());
    const { rows } = await sql<{ year_back: number; n: string }>`
      select floor(extract(epoch from (${UNTIL}::timestamptz - created_at)) / (365 * 86400))::int as year_back,
             count(*) as n
      from hazard group by 1 order by 1`.execute(t.db);
    expect(rows.map((r) => r.year_back)).toEqual([0, 1, 2]);
    const total = rows.reduce((s, r) => s + Number(r.n), 0);
    for (const r of rows) expect(Number(r.n) / total).toBeGreaterThan(0.25);
  });

  it('chains every enterprise’s hazard events so that they verify', async () => {
    const some = await t.db.selectFrom('enterprise').select('id').orderBy('id').limit(3).execute();
    for (const { id } of some) {
      const result = await verifyChain(t.db, id);
      expect(result.ok).toBe(true);
      expect(result.checked).toBeGreaterThan(0);
    }
    // Every head names its enterprise's last event.
    const { rows } = await sql<{ n: string }>`select count(*) as n from hazard_chain_head h
      where h.last_seq <> (select count(*) from hazard_event e where e.enterprise_id = h.enterprise_id)
         or h.last_event_id is distinct from (select id from hazard_event e
              where e.enterprise_id = h.enterprise_id order by seq desc limit 1)`.execute(t.db);
    expect(Number(rows[0]!.n)).toBe(0);
  });

  it('keeps references whole', async () => {
    const orphans = await sql<{ n: string }>`select
        (select count(*) from hazard h where not exists
          (select 1 from hazard_event e where e.enterprise_id = h.enterprise_id
             and e.hazard_id = h.id and e.action = 'register'))
      + (select count(*) from enterprise e where not exists
          (select 1 from agency a join jurisdiction j on j.code = a.jurisdiction_code
             where a.id = e.supervising_agency_id and j.code = e.jurisdiction_code and j.level = 'county'))
      + (select count(*) from hazard h join hazard_event e
           on e.enterprise_id = h.enterprise_id and e.hazard_id = h.id
           and e.seq = (select max(seq) from hazard_event x
                          where x.enterprise_id = h.enterprise_id and x.hazard_id = h.id)
         where e.to_state <> h.state)
      + (select count(*) from check_record c where c.result = 'not_ok' and not exists
          (select 1 from hazard h where h.enterprise_id = c.enterprise_id and h.id = c.hazard_id
             and h.control_measure_id = c.measure_id)) as n`.execute(t.db);
    expect(Number(orphans.rows[0]!.n)).toBe(0);
  });

  it('satisfies every foreign key (the PostgreSQL load skips their triggers)', async () => {
    const { rows: fks } = await sql<{
      child: string;
      parent: string;
      cols: string[];
      refs: string[];
    }>`
      select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
        array(select a.attname::text from unnest(c.conkey) with ordinality k(n, o)
              join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o) as cols,
        array(select a.attname::text from unnest(c.confkey) with ordinality k(n, o)
              join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o) as refs
      from pg_constraint c join pg_namespace s on s.oid = c.connamespace
      where c.contype = 'f' and s.nspname = current_schema()`.execute(t.db);
    expect(fks.length).toBeGreaterThan(20);
    const broken: string[] = [];
    for (const fk of fks) {
      const present = fk.cols.map((c) => `x."${c}" is not null`).join(' and ');
      const match = fk.cols.map((c, i) => `p."${fk.refs[i]}" = x."${c}"`).join(' and ');
      const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.raw(fk.child)} x
        where ${sql.raw(present)} and not exists
          (select 1 from ${sql.raw(fk.parent)} p where ${sql.raw(match)})`.execute(t.db);
      if (Number(rows[0]!.n) > 0) broken.push(`${fk.child}(${fk.cols.join(',')}) → ${fk.parent}`);
    }
    expect(broken).toEqual([]);
  });

  it('keeps standardization level and credit status in step with certificates and listings', async () => {
    const { rows } = await sql<Record<string, string>>`select
        (select count(*) from standardization_certificate where state = 'active') as active,
        (select count(*) from standardization_certificate where state = 'expired') as expired,
        (select count(*) from standardization_certificate where state = 'revoked') as revoked,
        (select count(*) from standardization_certificate where state = 'active'
           and valid_to <= (${UNTIL}::timestamptz + interval '90 days')::date) as expiring,
        (select count(*) from enterprise e where e.standardization_level is distinct from
           (select c.level from standardization_certificate c
             where c.enterprise_id = e.id and c.state = 'active')) as level_mismatch,
        (select count(*) from blacklist_entry where state = 'listed') as listed,
        (select count(*) from blacklist_entry where state = 'removed') as removed,
        (select count(*) from enterprise e where (e.credit_status = 'blacklisted') <> exists
           (select 1 from blacklist_entry b where b.enterprise_id = e.id and b.state = 'listed'))
          as credit_mismatch,
        (select count(*) from blacklist_entry b where (select count(*) from blacklist_event v
           where v.enterprise_id = b.enterprise_id and v.entry_id = b.id) < 3) as short_history`.execute(
      t.db,
    );
    const n = Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
    expect(n.active).toBeGreaterThan(20);
    expect(n.expired).toBeGreaterThan(5);
    expect(n.revoked).toBeGreaterThan(0);
    expect(n.expiring).toBeGreaterThan(0);
    expect(n.level_mismatch).toBe(0);
    expect(n.listed).toBeGreaterThan(0);
    expect(n.removed).toBeGreaterThan(0);
    expect(n.credit_mismatch).toBe(0);
    expect(n.short_history).toBe(0);
  });

  it('lists open 重大 hazards for supervision and signs submitted reports', async () => {
    const { rows } = await sql<Record<string, string>>`select
        (select count(*) from hazard_supervision where state = 'listed') as listed,
        (select count(*) from hazard_supervision where state = 'unlisted') as unlisted,
        (select count(*) from hazard_supervision s join hazard h
           on h.enterprise_id = s.enterprise_id and h.id = s.hazard_id
         where h.grade <> '重大'
            or (s.state = 'listed' and h.state not in ('rectifying', 'awaiting_acceptance'))
            or (s.state = 'unlisted' and h.state <> 'closed')) as wrong_hazard,
        (select count(*) from report_acknowledgement) as receipts,
        (select count(*) from report_acknowledgement a join report r
           on r.enterprise_id = a.enterprise_id and r.id = a.report_id
         where r.state <> 'submitted' or a.acknowledged_at < r.submitted_at
            or a.agency_id <> r.agency_id) as wrong_receipt`.execute(t.db);
    const n = Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
    expect(n.listed).toBeGreaterThan(0);
    expect(n.unlisted).toBeGreaterThan(0);
    expect(n.wrong_hazard).toBe(0);
    expect(n.receipts).toBeGreaterThan(1_000);
    expect(n.wrong_receipt).toBe(0);
  });

  it('leaves the dashboard roll-ups counting the loaded rows, and their triggers on', async () => {
    const one = async (query: string) =>
      Number((await sql.raw<{ n: string }>(query).execute(t.db)).rows[0]!.n);
    expect(await one(`select coalesce(sum(hazards), 0) as n from dashboard_open_hazards`)).toBe(
      await one(
        `select count(*) as n from hazard where state in ('reported', 'rectifying', 'awaiting_acceptance')`,
      ),
    );
    expect(await one(`select coalesce(sum(hazards), 0) as n from dashboard_closed_hazards`)).toBe(
      await one(`select count(*) as n from hazard where closed_at is not null`),
    );
    expect(
      await one(`select coalesce(sum(enterprises), 0) as n from dashboard_enterprises
        where dimension = 'industry'`),
    ).toBe(await one(`select count(*) as n from enterprise where active`));
    expect(await one(`select coalesce(sum(reports), 0) as n from dashboard_reports`)).toBe(
      await one(`select count(*) as n from report`),
    );
    expect(counts.hazard).toBeGreaterThan(0);
    const disabled = await one(`select count(*) as n from pg_trigger
      where tgname like 'dashboard_%' and tgenabled = 'D'`);
    expect(disabled).toBe(0);
  });

  it('gives the same data for the same seed, and other data for another', async () => {
    const fromDb = await t.db
      .selectFrom('hazard_event')
      .select(['enterprise_id', 'seq', 'hash'])
      .execute();
    const stored = createHash('sha256')
      .update(
        fromDb
          .map((r) => `${r.enterprise_id}|${r.seq}|${r.hash}`)
          .sort()
          .join('\n'),
      )
      .digest('hex');
    const again = digestSink();
    await generateScale(again.sink, OPTIONS);
    expect(again.digest()).toBe(stored);
    const other = digestSink();
    await generateScale(other.sink, { ...OPTIONS, seed: 8 });
    expect(other.digest()).not.toBe(stored);
  }, 60_000);
});
