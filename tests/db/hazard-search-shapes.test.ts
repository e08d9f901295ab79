import { generateScale, insertSink, withRollupsDeferred } from '@shuangfang/seeds/scale';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_SUBTREE } from '../../api/src/auth/scope.js';
import { createSession, validateSessionToken } from '../../api/src/auth/session-store.js';
import { configFromEnv } from '../../api/src/config.js';
import { searchHazardsJoinFirst } from '../../api/src/modules/hazards/hazard-search.join-first.js';
import {
  keyedSearch,
  keyPlan,
  type KeyPlan,
  type SearchFilters,
  type SearchScope,
  type SearchRow,
} from '../../api/src/modules/hazards/hazard-search.repository.js';
import { keysetPages } from '../support/keyset-pages.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

// The hazard search reads a page's keys first and joins only the kept rows (docs/performance.md,
// P1). Nothing about the answer may change: on a generated province, every scope and filter is
// paged through with both shapes (and with each way of reaching the keys), page for page. And the
// hazard's copy of its enterprise's jurisdiction, which that read depends on, follows a move.

const UNTIL = new Date('2026-11-01T00:00:00Z');
const LIMIT = 40;
const PAGES = 4;
let t: TestDb;
let province: string;
let city: string;
let county: { code: string; path: string };
let enterprise: { id: string; industry: string };

beforeAll(async () => {
  t = await createTestDb();
  await withRollupsDeferred(t.db, () =>
    generateScale(insertSink(t.db), { scale: 0.005, seed: 11, until: UNTIL }),
  );
  const j = await sql<{ code: string; path: string; level: string; n: string }>`
    select j.code, j.path, j.level, count(e.id) as n from jurisdiction j
    left join enterprise e on e.jurisdiction_code = j.code
    group by j.code order by count(e.id) desc, j.code`.execute(t.db);
  province = j.rows.find((r) => r.level === 'province')!.path;
  county = j.rows.find((r) => r.level === 'county')!;
  city = `${county.path.split('/').slice(0, 3).join('/')}/`;
  const e = await sql<{ id: string; industry: string }>`
    select e.id, e.industry from enterprise e where e.jurisdiction_code = ${county.code}
    order by (select count(*) from hazard h where h.enterprise_id = e.id) desc limit 1`.execute(
    t.db,
  );
  enterprise = e.rows[0]!;
}, 300_000);

afterAll(async () => {
  await t?.drop();
});

type Rows = Awaited<ReturnType<typeof searchHazardsJoinFirst>>;

/** Up to PAGES pages, each as the service cuts them. */
const pages = (read: (after?: [Date, string]) => Promise<Rows[number][]>) =>
  keysetPages(read, {
    limit: LIMIT,
    pages: PAGES,
    keyOf: (row) => [new Date(row.created_at), row.id],
  });

async function compare(scope: SearchScope, f: SearchFilters, plans: KeyPlan[] = []) {
  const before = await pages((after) => searchHazardsJoinFirst(t.db, scope, f, LIMIT, after));
  const chosen = await keyPlan(t.db, scope, f);
  for (const plan of [chosen, ...plans]) {
    const now = await pages((after) => keyedSearch(t.db, plan, f, LIMIT, after).execute());
    expect(now, `${plan.by} ${JSON.stringify(f)}`).toEqual(before);
  }
  return before.flat().length;
}

const FILTERS: SearchFilters[] = [
  {},
  { state: 'rectifying' },
  { state: 'closed', grade: '一般' },
  { overdue: true },
  { overdue: false, source: '日常排查' },
  { grade: '重大' },
];

describe('the keyed hazard search answers what the join-first search answered', () => {
  it('for a county, each filter, by the merged per-jurisdiction read and by recency', async () => {
    let seen = 0;
    for (const f of FILTERS) {
      seen += await compare({ jurisdictionPath: county.path }, f, [
        { by: 'recent', paths: [county.path] },
      ]);
    }
    expect(seen).toBeGreaterThan(LIMIT * 4);
  }, 300_000);

  it('for a city, with an industry and a county inside it', async () => {
    for (const f of [...FILTERS, { industry: enterprise.industry } as SearchFilters]) {
      await compare({ jurisdictionPath: city }, f, [{ by: 'recent', paths: [city] }]);
    }
    await compare({ jurisdictionPath: city }, { underPath: county.path, state: 'rectifying' }, [
      { by: 'recent', paths: [city, county.path] },
    ]);
  }, 300_000);

  it('for the province, by either read', async () => {
    const codes = (
      await sql<{ code: string }>`select code from jurisdiction order by code`.execute(t.db)
    ).rows.map((r) => r.code);
    for (const f of FILTERS.slice(0, 3)) {
      await compare({ jurisdictionPath: province }, f, [{ by: 'jurisdictions', codes }]);
    }
  }, 300_000);

  it('for one enterprise, alone or named inside a subtree (also outside it: nothing)', async () => {
    for (const f of FILTERS) await compare({ enterpriseId: enterprise.id }, f);
    await compare({ jurisdictionPath: city }, { enterpriseId: enterprise.id });
    const elsewhere = (
      await sql<{ path: string }>`select path from jurisdiction
        where level = 'county' and path not like ${`${city}%`} limit 1`.execute(t.db)
    ).rows[0]!.path;
    const none = await compare({ jurisdictionPath: elsewhere }, { enterpriseId: enterprise.id });
    expect(none).toBe(0);
  }, 300_000);
});

describe("a regulator's session carries its subtree, so the search need not look it up", () => {
  const subtreeOf = async (path: string) =>
    (
      await sql<{ code: string }>`select code from jurisdiction
        where path like ${`${path}%`} order by code`.execute(t.db)
    ).rows.map((r) => r.code);
  const sessionMembership = async (userId: string, membershipId: string) => {
    const token = await createSession(t.db, userId, membershipId);
    const session = await validateSessionToken(t.db, token, configFromEnv({}));
    return session!.actor.membership!;
  };

  it('for every agency: the codes a lookup finds, or null beyond SMALL_SUBTREE', async () => {
    const members = await sql<{ user_id: string; id: string; path: string }>`
      select distinct on (a.id) m.user_id, m.id, j.path from membership m
      join agency a on a.id = m.agency_id join jurisdiction j on j.code = a.jurisdiction_code
      order by a.id, m.id`.execute(t.db);
    const seen = { few: 0, many: 0 };
    for (const m of members.rows) {
      const { subtreeCodes } = await sessionMembership(m.user_id, m.id);
      const looked = await subtreeOf(m.path);
      expect(subtreeCodes, m.path).toEqual(looked.length <= SMALL_SUBTREE ? looked : null);
      seen[subtreeCodes ? 'few' : 'many']++;
      const scope = { jurisdictionPath: m.path };
      expect(await keyPlan(t.db, { ...scope, subtreeCodes }, {})).toEqual(
        await keyPlan(t.db, scope, {}),
      );
    }
    expect(seen.few).toBeGreaterThan(10);
    expect(seen.many).toBeGreaterThan(0);
  }, 300_000);

  it('stops at the subtree: a sibling whose code starts alike is not in it', async () => {
    // 9-digit codes sit under 6-digit ones; a sibling county's path shares no prefix, but a
    // township's code begins with its county's, so the range must end at the county's '/'.
    const [town] = (
      await sql<{ code: string; path: string }>`insert into jurisdiction
        (code, name, level, parent_code, path) values
        (${`${county.code}001`}, '测试街道', 'town', ${county.code},
         ${`${county.path}${county.code}001/`})
        returning code, path`.execute(t.db)
    ).rows;
    const m = await sql<{ user_id: string; id: string }>`select m.user_id, m.id from membership m
      join agency a on a.id = m.agency_id where a.jurisdiction_code = ${county.code}
      limit 1`.execute(t.db);
    const { subtreeCodes } = await sessionMembership(m.rows[0]!.user_id, m.rows[0]!.id);
    expect(subtreeCodes).toEqual([county.code, town!.code]);
    await sql`delete from jurisdiction where code = ${town!.code}`.execute(t.db);
  });

  it('is not used for a narrower jurisdiction, nor carried by an enterprise role', async () => {
    expect(
      await keyPlan(
        t.db,
        { jurisdictionPath: province, subtreeCodes: null },
        { underPath: county.path },
      ),
    ).toEqual({ by: 'jurisdictions', codes: [county.code] });
    const m = await sql<{ user_id: string; id: string }>`select m.user_id, m.id from membership m
      where m.enterprise_id = ${enterprise.id} limit 1`.execute(t.db);
    expect(await sessionMembership(m.rows[0]!.user_id, m.rows[0]!.id)).not.toHaveProperty(
      'subtreeCodes',
    );
  });
});

describe("a hazard's jurisdiction follows its enterprise", () => {
  const mismatched = async (
    table: 'hazard' | 'hazard_supervision' | 'standardization_certificate' = 'hazard',
  ) =>
    Number(
      (
        await sql<{ n: string }>`select count(*) as n from ${sql.table(table)} h
          join enterprise e on e.id = h.enterprise_id
          where h.jurisdiction_code is distinct from e.jurisdiction_code`.execute(t.db)
      ).rows[0]!.n,
    );

  it('is filled on insert, whatever the insert says, and follows a move, final hazards too', async () => {
    expect(await mismatched()).toBe(0);
    const target = (
      await sql<{ code: string; path: string }>`select code, path from jurisdiction
        where level = 'county' and code <> ${county.code} order by code limit 1`.execute(t.db)
    ).rows[0]!;
    const states = await sql<{ state: string }>`select distinct state from hazard
      where enterprise_id = ${enterprise.id}`.execute(t.db);
    expect(states.rows.map((r) => r.state)).toContain('closed');

    await sql`update enterprise set jurisdiction_code = ${target.code}
      where id = ${enterprise.id}`.execute(t.db);
    expect(await mismatched()).toBe(0);

    // A direct write of another jurisdiction is put right.
    await sql`update hazard set jurisdiction_code = ${county.code}
      where enterprise_id = ${enterprise.id} and state = 'rectifying'`.execute(t.db);
    expect(await mismatched()).toBe(0);

    // A closed hazard is still final in everything else.
    await expect(
      sql`update hazard set description = 'x'
        where enterprise_id = ${enterprise.id} and state = 'closed'`.execute(t.db),
    ).rejects.toThrow(/final/);

    // The search finds the enterprise under its new county and no longer under the old one.
    const newHome = await compare(
      { jurisdictionPath: target.path },
      { enterpriseId: enterprise.id },
    );
    expect(newHome).toBeGreaterThan(0);
    const oldHome = await keyedSearch(
      t.db,
      await keyPlan(t.db, { jurisdictionPath: county.path }, {}),
      {},
      10_000,
    ).execute();
    expect(oldHome.some((h: SearchRow) => h.enterprise_id === enterprise.id)).toBe(false);
    await compare({ jurisdictionPath: county.path }, {});
  }, 300_000);

  it("so do its enterprise's supervisions and certificates, which the dashboard counts by it", async () => {
    const tables = ['hazard_supervision', 'standardization_certificate'] as const;
    for (const table of tables) expect(await mismatched(table)).toBe(0);
    const [owner] = (
      await sql<{ id: string; code: string }>`select e.id, e.jurisdiction_code as code
        from enterprise e
        where exists (select 1 from hazard_supervision s where s.enterprise_id = e.id)
          and exists (select 1 from standardization_certificate c where c.enterprise_id = e.id)
        order by e.id limit 1`.execute(t.db)
    ).rows;
    expect(owner).toBeDefined();
    const target = (
      await sql<{ code: string }>`select code from jurisdiction
        where level = 'county' and code <> ${owner!.code} order by code limit 1`.execute(t.db)
    ).rows[0]!;
    await sql`update enterprise set jurisdiction_code = ${target.code}
      where id = ${owner!.id}`.execute(t.db);
    for (const table of tables) {
      expect(await mismatched(table)).toBe(0);
      // A direct write of another jurisdiction is put right.
      await sql`update ${sql.table(table)} set jurisdiction_code = ${owner!.code}
        where enterprise_id = ${owner!.id}`.execute(t.db);
      expect(await mismatched(table)).toBe(0);
    }
    const moved = await sql<{ n: string }>`select
      (select count(*) from hazard_supervision where jurisdiction_code = ${target.code}
        and enterprise_id = ${owner!.id}) +
      (select count(*) from standardization_certificate where jurisdiction_code = ${target.code}
        and enterprise_id = ${owner!.id}) as n`.execute(t.db);
    expect(Number(moved.rows[0]!.n)).toBeGreaterThanOrEqual(2);
  });
});
