import { createDb, type Db } from '@shuangfang/db';
import { SCALE_PASSWORD } from '@shuangfang/seeds/scale';
import type { CompiledQuery } from 'kysely';
import { joinFirstSearch } from '../api/src/modules/hazards/hazard-search.join-first.js';
import {
  keyedSearch,
  keyPlan,
  type SearchFilters,
} from '../api/src/modules/hazards/hazard-search.repository.js';
import { explainSummary } from './explain.js';
import { getJson, login } from './http.js';
import { runJson, startApp } from './processes.js';
import { whileSampling } from './rss.js';

// P1: a county regulator's hazard list (GET /api/v1/hazards, 50 a page, filtered to 整改中,
// following the keyset cursor for 5 pages) through the whole app, against the same SQL sent
// straight through postgres.js, both prepared and from a second process at the same concurrency.
// EXPLAIN (ANALYZE, BUFFERS) of page 1 at county, city and province scope. With `joinFirst` the
// search as it was before its keys were read first is measured too, through a second app started
// with SHUANGFANG_HAZARD_SEARCH=join-first, and its SQL raw. The app's resident memory is sampled
// while its load runs (the `RSS P1` figure).

const PAGES = 5;
const LIMIT = 50;
export const P1_CONNECTIONS = 10;
export const P1_SECONDS = 10;
const FILTERS: SearchFilters = { state: 'rectifying' };

/** A page of the chain: the first without a cursor (the exports' figures time that one too). */
export const pagePath = (cursor: string | null = null) =>
  `/api/v1/hazards?limit=${LIMIT}&state=rectifying${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;

interface Page {
  items: { id: string; createdAt: string }[];
  nextCursor: string | null;
}

type Load = { rps: number; non2xx: number; errors: number; p50: number; p97_5: number };

/** The SQL of each page of the chain, as the repository builds it for `path`'s subtree. */
async function pageQueries(db: Db, path: string, shape: 'keyed' | 'join-first') {
  const scope = { jurisdictionPath: path };
  const plan = await keyPlan(db, scope, FILTERS);
  const queries: CompiledQuery[] = [];
  let after: [Date, string] | undefined;
  for (let p = 0; p < PAGES; p++) {
    const q =
      shape === 'keyed'
        ? keyedSearch(db, plan, FILTERS, LIMIT, after)
        : joinFirstSearch(db, scope, FILTERS, LIMIT, after);
    queries.push(q.compile());
    const rows = await q.execute();
    const last = rows[LIMIT - 1];
    if (!last) break;
    after = [new Date(last.created_at), last.id];
  }
  return { plan: plan.by, queries };
}

async function loads(databaseUrl: string, origin: string, paths: string[], cookie: string) {
  return runJson<Load>('load-http.ts', {
    origin,
    paths,
    cookie,
    connections: P1_CONNECTIONS,
    seconds: P1_SECONDS,
  });
}

const raw = (url: string, queries: CompiledQuery[]) =>
  runJson<{ rps: number }>('load-sql.ts', {
    url,
    queries: queries.map((q) => ({ sql: q.sql, parameters: q.parameters })),
    connections: P1_CONNECTIONS,
    seconds: P1_SECONDS,
  });

export async function benchHazardList(
  databaseUrl: string,
  { origin, pid }: { origin: string; pid: number },
  joinFirst: boolean,
) {
  const db = await createDb({ url: databaseUrl });
  // The county with the most enterprises, and its inspector (who logs in).
  const county = await db
    .selectFrom('enterprise as e')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .innerJoin('agency as a', 'a.jurisdiction_code', 'j.code')
    .innerJoin('membership as m', (j) =>
      j.onRef('m.agency_id', '=', 'a.id').on('m.role', '=', 'inspector'),
    )
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['j.code', 'j.name', 'j.path', 'u.phone', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(['j.code', 'j.name', 'j.path', 'u.phone'])
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const cityPath = `${county.path.split('/').slice(0, 3).join('/')}/`;
  const provincePath = `${county.path.split('/').slice(0, 2).join('/')}/`;
  const cookie = await login(origin, county.phone!, SCALE_PASSWORD);

  // The page chain through the app.
  const paths: string[] = [];
  let cursor: string | null = null;
  for (let p = 0; p < PAGES; p++) {
    const path = pagePath(cursor);
    paths.push(path);
    const page: Page = await getJson<Page>(origin, path, cookie);
    cursor = page.nextCursor;
    if (!cursor) break;
  }

  const keyed = await pageQueries(db, county.path, 'keyed');
  const plans = {
    county: { by: keyed.plan, ...(await explainSummary(db, keyed.queries[0]!)) },
    city: await pageQueries(db, cityPath, 'keyed').then(async (c) => ({
      by: c.plan,
      ...(await explainSummary(db, c.queries[0]!)),
    })),
    province: await pageQueries(db, provincePath, 'keyed').then(async (c) => ({
      by: c.plan,
      ...(await explainSummary(db, c.queries[0]!)),
    })),
    countyJoinFirst: await pageQueries(db, county.path, 'join-first').then((c) =>
      explainSummary(db, c.queries[0]!),
    ),
  };
  const hazards = await db
    .selectFrom('hazard')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const old = joinFirst ? (await pageQueries(db, county.path, 'join-first')).queries : [];
  await db.destroy();

  const { result: app, rss } = await whileSampling(pid, () =>
    loads(databaseUrl, origin, paths, cookie),
  );
  const rawRate = await raw(databaseUrl, keyed.queries);
  let before: { app: Load; raw: { rps: number } } | null = null;
  if (joinFirst) {
    const oldApp = await startApp(databaseUrl, { SHUANGFANG_HAZARD_SEARCH: 'join-first' });
    try {
      const oldCookie = await login(oldApp.origin, county.phone!, SCALE_PASSWORD);
      before = {
        app: await loads(databaseUrl, oldApp.origin, paths, oldCookie),
        raw: await raw(databaseUrl, old),
      };
    } finally {
      await oldApp.stop();
    }
  }
  return {
    county,
    cookie,
    hazards: Number(hazards.n),
    pages: paths.length,
    app,
    /** The app's largest VmRSS sampled during its load. */
    rss,
    raw: rawRate,
    plans,
    before,
  };
}
