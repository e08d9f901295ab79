import { databaseKind } from '@shuangfang/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeEnterprise, makeUser } from '../support/factories.js';
import {
  chainOf,
  confirmGeneralNow,
  expectStatus,
  hazardApi,
  submitBody,
} from '../support/hazards.js';
import type { Reply } from '../support/test-app.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Two moves of one hazard at once: exactly one succeeds, the other sees the state the first left
// (409), and the enterprise's chain stays one line. On PostgreSQL the test makes the two overlap
// for certain: it holds the hazard row until both requests wait for it. PGlite runs one
// transaction at a time, so there the requests are simply sent together.

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

/** Sends both while the hazard row is held (PostgreSQL), or together (PGlite). */
async function race(enterpriseId: string, hazardId: string, send: () => Promise<Reply>[]) {
  if (databaseKind() !== 'postgres') return Promise.all(send());
  const pending = await t.db.transaction().execute(async (trx) => {
    await sql`select id from hazard where enterprise_id = ${enterpriseId} and id = ${hazardId}
      for update`.execute(trx);
    const replies = send();
    await lockWaiters(replies.length, Promise.all(replies));
    return replies;
  });
  return Promise.all(pending);
}

async function enterprise() {
  const { id } = await makeEnterprise(t.db, {
    jurisdictionCode: '360735',
    agencyId: w.agencies.home,
  });
  const as = async (role: 'safety_manager' | 'enterprise_admin') =>
    hazardApi(t.api, id, (await makeUser(t.db, { role, enterpriseId: id })).cookie);
  return { id, safety: await as('safety_manager'), admin: await as('enterprise_admin'), as };
}

it('accept and reject_acceptance at once: one wins, the other is a 409', async () => {
  const e = await enterprise();
  const second = await e.as('safety_manager');
  const id = await e.safety.registered();
  await e.safety.moved(id, confirmGeneralNow);
  await e.safety.moved(id, submitBody());

  const replies = await race(e.id, id, () => [
    e.admin.move(id, { action: 'accept' }),
    second.move(id, { action: 'reject_acceptance', reason: '不合格' }),
  ]);
  const statuses = replies.map((r) => r.status).sort();
  expect(statuses, JSON.stringify(replies.map((r) => r.body))).toEqual([200, 409]);
  const loser = replies.find((r) => r.status === 409)!;
  expect(loser.body.error.code).toBe('ILLEGAL_TRANSITION');

  const hazard = expectStatus(await e.admin.get(id), 200);
  expect(hazard.events).toHaveLength(4);
  expect(expectStatus(await e.admin.verify(), 200)).toEqual({
    ok: true,
    checked: 4,
    firstBroken: null,
  });
});

it('the same move twice at once: one event, not two', async () => {
  const e = await enterprise();
  const id = await e.safety.registered();
  const replies = await race(e.id, id, () => [
    e.safety.move(id, confirmGeneralNow),
    e.admin.move(id, confirmGeneralNow),
  ]);
  expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
  const events = await chainOf(t.db, e.id);
  expect(events.map((x) => x.action)).toEqual(['register', 'confirm']);
});

it('many hazards of one enterprise written at once still make one gapless chain', async () => {
  const e = await enterprise();
  const ids = await Promise.all(Array.from({ length: 6 }, () => e.safety.registered()));
  const moves = await Promise.all(ids.map((id) => e.admin.move(id, confirmGeneralNow)));
  expect(moves.every((r) => r.status === 200)).toBe(true);

  const events = await chainOf(t.db, e.id);
  expect(events.map((x) => x.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  for (let i = 1; i < events.length; i++) expect(events[i]!.prev_hash).toBe(events[i - 1]!.hash);
  expect((await e.admin.verify()).body).toEqual({ ok: true, checked: 12, firstBroken: null });
});
