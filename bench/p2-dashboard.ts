import { createDb, type Database, type Db } from '@shuangfang/db';
import { SCALE_PASSWORD } from '@shuangfang/seeds/scale';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
} from 'kysely';
import {
  addDays,
  chinaDay,
  chinaDayStart,
  resolvePeriod,
} from '../api/src/modules/dashboard/dashboard-period.js';
import * as repo from '../api/src/modules/dashboard/dashboard.repository.js';
import { explainSummary } from './explain.js';
import { login } from './http.js';
import { timeGets } from './sequential.js';

// P2: the jurisdiction dashboard (GET /api/v1/dashboard) of the province and of its largest
// county, as the province's agency admin, one request at a time; median and p95 per data set.
// P5 (second half): the /dashboard page's server render next to the API call it makes.

export const P2_REQUESTS = 40;
// Enough for each of the app's 10 pooled connections to have prepared the dashboard's statements.
export const P2_WARM_UP = 10;

export interface Target {
  code: string;
  name: string;
  path: string;
}

/** Sequential GETs (after a warm-up): median and p95 in ms; every answer must be 200. */
const latency = (origin: string, path: string, cookie: string) =>
  timeGets(origin, path, { cookie, runs: P2_REQUESTS, warmUp: P2_WARM_UP });

/** The province, its largest county, and the province agency's admin. */
export async function dashboardTargets(databaseUrl: string) {
  const db = await createDb({ url: databaseUrl });
  try {
    const province = await db
      .selectFrom('jurisdiction as j')
      .innerJoin('agency as a', 'a.jurisdiction_code', 'j.code')
      .innerJoin('membership as m', (j) =>
        j.onRef('m.agency_id', '=', 'a.id').on('m.role', '=', 'agency_admin'),
      )
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .where('j.level', '=', 'province')
      .select(['j.code', 'j.name', 'j.path', 'u.phone'])
      .orderBy('u.phone')
      .limit(1)
      .executeTakeFirstOrThrow();
    const county = await db
      .selectFrom('enterprise as e')
      .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
      .where('j.level', '=', 'county')
      .select(['j.code', 'j.name', 'j.path', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy(['j.code', 'j.name', 'j.path'])
      .orderBy('n', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    return { province, county, phone: province.phone! };
  } finally {
    await db.destroy();
  }
}

export async function benchDashboard(databaseUrl: string, origin: string) {
  const { province, county, phone } = await dashboardTargets(databaseUrl);
  const cookie = await login(origin, phone, SCALE_PASSWORD);
  const api = (t: Target) => `/api/v1/dashboard?jurisdiction=${t.code}`;
  return {
    province,
    county,
    provinceMs: await latency(origin, api(province), cookie),
    countyMs: await latency(origin, api(county), cookie),
    cookie,
  };
}

/** The page and the API call its load makes, alternately measured the same way. */
export async function benchDashboardRender(origin: string, cookie: string, t: Target) {
  const apiMs = await latency(origin, `/api/v1/dashboard?jurisdiction=${t.code}`, cookie);
  const pageMs = await latency(origin, `/dashboard?jurisdiction=${t.code}`, cookie);
  return { apiMs, pageMs };
}

/** EXPLAIN ANALYZE of each query the service runs for the province, one line each. */
export async function explainDashboard(databaseUrl: string, path: string) {
  const now = new Date();
  const today = chinaDay(now);
  const period = resolvePeriod(now);
  const todayStart = chinaDayStart(today);
  const calls: [string, (db: Kysely<Database>) => Promise<unknown>][] = [
    ['enterprises', (db) => repo.enterpriseCounts(db, path)],
    ['open', (db) => repo.openHazardCounts(db, path)],
    ['overdue since rollover', (db) => repo.overdueCorrections(db, path, todayStart, now)],
    ['closed', (db) => repo.closedCounts(db, path, period.from, period.to)],
    ['supervised', (db) => repo.supervisedCounts(db, path)],
    ['reports', (db) => repo.reportCounts(db, path, period.from, period.to, today)],
    ['drafts due today', (db) => repo.draftsDueToday(db, path, todayStart, now)],
    ['expiring', (db) => repo.expiringCounts(db, path, today, addDays(today, 90))],
  ];
  const db: Db = await createDb({ url: databaseUrl });
  try {
    const lines: string[] = [];
    for (const [name, call] of calls) {
      const plan = await explainSummary(db, await compile(call));
      lines.push(
        `${name}: ${plan.ms.toFixed(1)} ms, ${plan.indexes.join('+') || 'no index'}${plan.seqScans.length ? `, seq ${plan.seqScans.join('+')}` : ''}, max ${plan.maxRowsRead} rows`,
      );
    }
    return lines;
  } finally {
    await db.destroy();
  }
}

/** The SQL a repository function builds, captured from a Kysely that runs nothing. */
async function compile(call: (db: Kysely<Database>) => Promise<unknown>) {
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
  await call(spy);
  return captured[0]!;
}
