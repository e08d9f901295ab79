import {
  createDb,
  databaseKind,
  preparedStatements,
  SHIPPED_STANDARDS,
  type Db,
  type Executor,
} from '@shuangfang/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/factories.js';
import { hazardBody } from '../support/hazards.js';
import { login } from '../support/http.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// DATABASE_PREPARED_STATEMENTS (db/src/index.ts): by default postgres.js prepares each query once
// per connection; `false` sends every query unprepared, for a pooler that moves one client's
// statements between server connections. Only the postgres.js client reads it, so what a connection
// holds prepared is read in CI's PostgreSQL pass (.ci/run sets DATABASE_URL there); in the PGlite
// pass the same tests check the values only. The parsing and the app with the setting off are the
// same in both passes.
//
// With the setting on, postgres.js also prepares one query of its own on connecting (its lookup of
// the array types): that check counts what the queries added. Off, a connection holds nothing.

const onPostgres = databaseKind() === 'postgres';
const VARIABLE = 'DATABASE_PREPARED_STATEMENTS';

/** Runs `open` with the variable set to `value` (unset when undefined): it is read at open time. */
async function withSetting<T>(value: string | undefined, open: () => Promise<T>): Promise<T> {
  const before = process.env[VARIABLE];
  if (value === undefined) delete process.env[VARIABLE];
  else process.env[VARIABLE] = value;
  try {
    return await open();
  } finally {
    if (before === undefined) delete process.env[VARIABLE];
    else process.env[VARIABLE] = before;
  }
}

/** The text of each statement prepared on the executor's connection. */
async function preparedOn(executor: Executor): Promise<string[]> {
  const { rows } = await sql<{
    statement: string;
  }>`select statement from pg_prepared_statements order by prepare_time, name`.execute(executor);
  return rows.map((r) => r.statement);
}

describe('preparedStatements()', () => {
  it('is on when the variable is unset or true', () => {
    expect(preparedStatements(undefined)).toBe(true);
    expect(preparedStatements('')).toBe(true);
    expect(preparedStatements('true')).toBe(true);
  });

  it('is off for false, off, 0 and no, whatever the case and spaces', () => {
    for (const value of ['false', 'off', '0', 'no', ' FALSE ', 'Off'])
      expect(preparedStatements(value), JSON.stringify(value)).toBe(false);
  });
});

// On PGlite the setting changes nothing (it has no client-side preparation): there the same
// queries are run for their values, and only PostgreSQL's connection is inspected.
describe('on one connection', () => {
  let testDb: TestDb;
  let url: string;
  // A standard the migrations load (criteria_item), with at least two items to page through.
  const standard = SHIPPED_STANDARDS.find((s) => s.items.length >= 2)!;

  beforeAll(async () => {
    testDb = await createTestDb();
    url = onPostgres ? (testDb.env as { DATABASE_URL: string }).DATABASE_URL : '';
  });
  afterAll(() => testDb.drop());

  /** A query with a string and a number parameter: the first `upTo` items of the standard. */
  const items = (db: Db, upTo: number) =>
    db
      .selectFrom('criteria_item')
      .select(['standard_code', 'sort_order'])
      .where('standard_code', '=', standard.code)
      .where('sort_order', '<=', upTo)
      .orderBy('sort_order');

  /**
   * The query twice in one transaction (one connection), with other values the second time, and
   * the statements that connection holds prepared after them, and those it prepared meanwhile.
   */
  async function twiceOnOneConnection(setting: string | undefined) {
    const db = onPostgres ? await withSetting(setting, () => createDb({ url })) : testDb.db;
    try {
      return await db.transaction().execute(async (trx) => {
        const before = await preparedOn(trx);
        const first = await items(trx, 2).execute();
        const second = await items(trx, 1).execute();
        const held = await preparedOn(trx);
        return { first, second, held, added: held.filter((s) => !before.includes(s)) };
      });
    } finally {
      if (onPostgres) await db.destroy();
    }
  }

  const itemsSql = () => items(testDb.db, 0).compile().sql;
  const expected = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ standard_code: standard.code, sort_order: i + 1 }));

  it('prepares each query once per connection by default', async () => {
    const { first, second, added } = await twiceOnOneConnection(undefined);
    expect(first).toEqual(expected(2));
    expect(second).toEqual(expected(1));
    if (onPostgres) expect(added).toEqual([itemsSql()]);
  });

  it('prepares nothing with DATABASE_PREPARED_STATEMENTS=false, and binds the same values', async () => {
    const { first, second, held } = await twiceOnOneConnection('false');
    expect(first).toEqual(expected(2));
    expect(second).toEqual(expected(1));
    if (onPostgres) expect(held).toEqual([]);
  });
});

describe('the app with DATABASE_PREPARED_STATEMENTS=false', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await withSetting('false', () => setupTestApp());
    w = await makeWorld(t.db);
  });
  afterAll(() => t.drop());

  it('logs users in, records a hazard and reads it in the list', async () => {
    const safety = await login(t.api, w.users.home1Safety.phone, TEST_PASSWORD);
    expect(safety.status).toBe(200);
    const enterpriseId = w.enterprises.home1.id;
    const created = await t.api.post(
      `/v1/enterprises/${enterpriseId}/hazards`,
      hazardBody(),
      safety.cookie,
    );
    expect(created.status).toBe(201);

    const regulator = await login(t.api, w.users.homeAdmin.phone, TEST_PASSWORD);
    expect(regulator.status).toBe(200);
    const list = await t.api.get('/v1/hazards', regulator.cookie);
    expect(list.status).toBe(200);
    expect(list.body.items.map((h: { id: string }) => h.id)).toEqual([created.body.id]);
    if (onPostgres) {
      // The app's pool really is unprepared: the connection that served these requests (the pool
      // hands an idle one out again) holds no prepared statement.
      expect(await t.db.transaction().execute(preparedOn)).toEqual([]);
    }
  });
});
