import { seedDemo } from '@shuangfang/seeds/demo';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../api/src/modules/hazards/hazards.service.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

// The demo data is what a first visitor sees: it must hold history in every state of the loop,
// pass the chain verification like real data, and load twice without doubling anything.

let t: TestDb;
let mineId: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  const mine = await t.db
    .selectFrom('enterprise')
    .select('id')
    .where('name', '=', '石城县琴江矿业有限公司')
    .executeTakeFirstOrThrow();
  mineId = mine.id;
});
afterAll(() => t.drop());

async function counts() {
  const count = (table: 'hazard' | 'hazard_event' | 'risk_object' | 'app_user') =>
    t.db
      .selectFrom(table)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => r.n);
  return {
    hazards: await count('hazard'),
    events: await count('hazard_event'),
    objects: await count('risk_object'),
    users: await count('app_user'),
  };
}

describe('demo data', () => {
  it('has hazards in every state, both grades, one found by the regulator, and overdue ones', async () => {
    const hazards = await t.db
      .selectFrom('hazard')
      .selectAll()
      .where('enterprise_id', '=', mineId)
      .execute();
    expect(new Set(hazards.map((h) => h.state))).toEqual(
      new Set(['reported', 'rejected', 'rectifying', 'awaiting_acceptance', 'closed']),
    );
    expect(hazards.filter((h) => h.grade === '重大')).toHaveLength(2);
    expect(hazards.some((h) => h.found_by_agency_id !== null)).toBe(true);
    const overdue = hazards.filter(
      (h) => h.state !== 'closed' && h.deadline && new Date(h.deadline) < new Date(),
    );
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    // History goes back months, and closed hazards carry their closing time.
    const oldest = Math.min(...hazards.map((h) => new Date(h.created_at).getTime()));
    expect(Date.now() - oldest).toBeGreaterThan(90 * 86_400_000);
    for (const h of hazards.filter((h) => h.state === 'closed')) expect(h.closed_at).not.toBeNull();
  });

  it('passes the hash-chain verification, its events in time order', async () => {
    const result = await verifyChain(t.db, mineId);
    expect(result).toMatchObject({ ok: true, firstBroken: null });
    expect(result.checked).toBeGreaterThan(20);
    const events = await t.db
      .selectFrom('hazard_event')
      .select(['seq', 'at'])
      .where('enterprise_id', '=', mineId)
      .orderBy('seq')
      .execute();
    const times = events.map((e) => new Date(e.at).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('loads a second time without adding anything', async () => {
    const before = await counts();
    await seedDemo(t.db);
    expect(await counts()).toEqual(before);
  });
});
