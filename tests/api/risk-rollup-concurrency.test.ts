import { databaseKind } from '@shuangfang/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LEC_FOR, objectBody, riskApi } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// The enterprise's risk level is kept on its row and recomputed by every assessment and archive.
// Two of them at once must not leave it lower than its highest current event. On PostgreSQL the
// test makes the two transactions overlap for certain: it holds the enterprise row until both are
// waiting for it, the red one first. PGlite runs one transaction at a time, so there the two
// requests are simply sent together.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

/** Until `n` sessions of this database wait for a lock, or `done` settles (no wait at all). */
async function lockWaiters(n: number, done: Promise<unknown>) {
  let settled = false;
  void done.finally(() => (settled = true));
  for (let i = 0; i < 500 && !settled; i++) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db);
    if (rows[0]!.n >= n) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// BUG (risk.service.ts refreshRiskLevel, lines 61 and 156): each transaction reads the current
// grades (READ COMMITTED: not the other's uncommitted red) and then writes the level it computed,
// so the last to commit wins; nothing serialises them (e.g. locking the enterprise row first).
it('stays red when a red and a blue assessment of two events run at once', async () => {
  const enterpriseId = w.enterprises.home1.id;
  const api = riskApi(t.api, enterpriseId, w.users.home1Safety.cookie);
  const objectId = api.created(await api.createObject(objectBody()), 'object');
  const red = await api.eventUnder(objectId);
  const blue = await api.eventUnder(objectId);

  let replies: Promise<unknown>[];
  if (databaseKind() === 'postgres') {
    replies = await t.db.transaction().execute(async (trx) => {
      await sql`select id from enterprise where id = ${enterpriseId} for no key update`.execute(
        trx,
      );
      const first = api.assess(red.eventId, LEC_FOR.red);
      await lockWaiters(1, first);
      const second = api.assess(blue.eventId, LEC_FOR.blue);
      await lockWaiters(2, Promise.all([first, second]));
      return [first, second];
    });
  } else {
    replies = [api.assess(red.eventId, LEC_FOR.red), api.assess(blue.eventId, LEC_FOR.blue)];
  }
  for (const reply of (await Promise.all(replies)) as { status: number }[])
    expect(reply.status).toBe(201);

  const register = (await api.register()).body;
  expect(register.objects[0].colour).toBe('red'); // computed on read: right
  expect(register.riskLevel).toBe('red'); // kept on the enterprise row
  const enterprise = await t.api.get(`/v1/enterprises/${enterpriseId}`, w.users.homeAdmin.cookie);
  expect(enterprise.body.riskLevel).toBe('red');
});
