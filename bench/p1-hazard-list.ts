import { createDb, type Database } from '@shuangfang/db';
import { SCALE_PASSWORD } from '@shuangfang/seeds/scale';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
} from 'kysely';
import { searchHazards } from '../api/src/modules/hazards/hazard-search.repository.js';
import { explainSummary } from './explain.js';
import { getJson, login } from './http.js';
import { runJson } from './processes.js';

// P1: a county regulator's hazard list (GET /api/v1/hazards, 50 a page, filtered to 整改中,
// following the keyset cursor for 5 pages) through the whole app, against the same SQL sent
// straight through postgres.js, both from a second process at the same concurrency.

const PAGES = 5;
export const P1_CONNECTIONS = 10;
export const P1_SECONDS = 10;

interface Page {
  items: { id: string }[];
  nextCursor: string | null;
}

export async function benchHazardList(databaseUrl: string, origin: string) {
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
  const cookie = await login(origin, county.phone!, SCALE_PASSWORD);

  // The page chain through the app, and each page's SQL as the repository builds it.
  const paths: string[] = [];
  const queries: CompiledQuery[] = [];
  let cursor: string | null = null;
  for (let p = 0; p < PAGES; p++) {
    const path = `/api/v1/hazards?limit=50&state=rectifying${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    paths.push(path);
    const page: Page = await getJson<Page>(origin, path, cookie);
    const last = page.items.at(-1);
    cursor = page.nextCursor;
    if (!cursor || !last) break;
  }
  // Same query the service runs: capture it by compiling instead of executing.
  let after: [Date, string] | undefined;
  for (let p = 0; p < paths.length; p++) {
    const compiled = await compileSearch(county.path, after);
    queries.push(compiled);
    const rows = await searchHazards(
      db,
      { jurisdictionPath: county.path },
      { state: 'rectifying' },
      50,
      after,
    );
    const last = rows[49];
    if (!last) break;
    after = [new Date(last.created_at), last.id];
  }
  const plan = await explainSummary(db, queries[0]!);
  const hazards = await db
    .selectFrom('hazard')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  await db.destroy();

  const app = await runJson<{
    rps: number;
    non2xx: number;
    errors: number;
    p50: number;
    p97_5: number;
    bytes: number;
  }>('load-http.ts', { origin, paths, cookie, connections: P1_CONNECTIONS, seconds: P1_SECONDS });
  const raw = await runJson<{ rps: number }>('load-sql.ts', {
    url: databaseUrl,
    queries: queries.map((q) => ({ sql: q.sql, parameters: q.parameters })),
    connections: P1_CONNECTIONS,
    seconds: P1_SECONDS,
  });
  return { county, hazards: Number(hazards.n), pages: paths.length, app, raw, plan };
}

/** The SQL the repository builds for a page, captured from a Kysely that runs nothing. */
async function compileSearch(path: string, after?: [Date, string]) {
  const captured: CompiledQuery[] = [];
  const spy = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => void captured.push(event.query),
  });
  await searchHazards(spy, { jurisdictionPath: path }, { state: 'rectifying' }, 50, after);
  return captured[0]!;
}
