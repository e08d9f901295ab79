import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, makeUser } from '../support/factories.js';
import {
  chainOf,
  confirmGeneralTimed,
  expectStatus,
  hazardApi,
  submitBody,
  withTriggerOff,
} from '../support/hazards.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// The event log nobody can rewrite: the database refuses UPDATE, DELETE and TRUNCATE of events,
// and whoever gets round that (a superuser disabling the trigger) leaves a chain that no longer
// verifies, and the verification names the first bad event. Each case tampers with its own
// enterprise, so that one broken chain does not hide the next.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

/** A fresh enterprise of the home county with two hazards' worth of events (7 in all). */
async function enterpriseWithChain() {
  const enterprise = await makeEnterprise(t.db, {
    jurisdictionCode: '360735',
    agencyId: w.agencies.home,
  });
  const safety = await makeUser(t.db, { role: 'safety_manager', enterpriseId: enterprise.id });
  const admin = await makeUser(t.db, { role: 'enterprise_admin', enterpriseId: enterprise.id });
  const asSafety = hazardApi(t.api, enterprise.id, safety.cookie);
  const asAdmin = hazardApi(t.api, enterprise.id, admin.cookie);
  const first = await asSafety.registered();
  const second = await asSafety.registered();
  await asSafety.moved(first, confirmGeneralTimed());
  await asSafety.moved(second, { action: 'reject', reason: '重复登记' });
  await asSafety.moved(first, submitBody());
  await asAdmin.moved(first, { action: 'accept' });
  // Verified by the enterprise's admin and by its regulator alike.
  const verify = async () => expectStatus(await asAdmin.verify(), 200);
  const regulatorVerify = async () =>
    expectStatus(await hazardApi(t.api, enterprise.id, w.users.homeInspector.cookie).verify(), 200);
  return { id: enterprise.id, verify, regulatorVerify, first, second };
}

describe('an untouched chain', () => {
  it('verifies, event by event, for the enterprise and its regulator', async () => {
    const c = await enterpriseWithChain();
    const events = await chainOf(t.db, c.id);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(events[0]!.prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < events.length; i++) expect(events[i]!.prev_hash).toBe(events[i - 1]!.hash);
    expect(await c.verify()).toEqual({ ok: true, checked: 6, firstBroken: null });
    expect(await c.regulatorVerify()).toEqual({ ok: true, checked: 6, firstBroken: null });
  });

  it('is one chain per enterprise, each starting from 64 zeros', async () => {
    const a = await enterpriseWithChain();
    const b = await enterpriseWithChain();
    const [firstA] = await chainOf(t.db, a.id);
    const [firstB] = await chainOf(t.db, b.id);
    expect([firstA!.seq, firstB!.seq]).toEqual([1, 1]);
    expect(firstB!.prev_hash).toBe('0'.repeat(64));
  });
});

describe('the database itself', () => {
  it('refuses UPDATE, DELETE and TRUNCATE of events while the trigger is on', async () => {
    const c = await enterpriseWithChain();
    const before = await chainOf(t.db, c.id);
    const attempts = [
      sql`update hazard_event set comment = '改' where enterprise_id = ${c.id}`,
      sql`update hazard_event set hash = prev_hash where enterprise_id = ${c.id} and seq = 6`,
      sql`delete from hazard_event where enterprise_id = ${c.id} and seq = 6`,
      sql`truncate hazard_event cascade`,
    ];
    for (const attempt of attempts)
      await expect(attempt.execute(t.db)).rejects.toThrow(/append-only/);
    expect(await chainOf(t.db, c.id)).toEqual(before);
    expect((await c.verify()).ok).toBe(true);
  });

  it('refuses to change a closed or rejected hazard, or to delete any', async () => {
    const c = await enterpriseWithChain();
    for (const id of [c.first, c.second]) {
      await expect(
        sql`update hazard set description = '改' where enterprise_id = ${c.id} and id = ${id}`.execute(
          t.db,
        ),
      ).rejects.toThrow(/final/);
      await expect(
        sql`delete from hazard where enterprise_id = ${c.id} and id = ${id}`.execute(t.db),
      ).rejects.toThrow(/never deleted/);
    }
  });
});

describe('a tampered chain', () => {
  it('fails at an altered event, naming it', async () => {
    const c = await enterpriseWithChain();
    const events = await chainOf(t.db, c.id);
    await withTriggerOff(t.db, (trx) =>
      sql`update hazard_event set comment = '验收合格（补记）'
        where enterprise_id = ${c.id} and seq = 4`.execute(trx),
    );
    const result = await c.verify();
    expect(result).toMatchObject({ ok: false, checked: 6 });
    expect(result.firstBroken).toMatchObject({ seq: 4, eventId: events[3]!.id });
    expect(result.firstBroken.reason).toContain('被改动');
  });

  it('fails at an altered payload even when its hash is recomputed, at the next event', async () => {
    const c = await enterpriseWithChain();
    const events = await chainOf(t.db, c.id);
    // A careful forger rewrites seq 3 and its hash, but cannot rewrite seq 4's prev_hash
    // without rewriting every later event as well.
    await withTriggerOff(t.db, (trx) =>
      sql`update hazard_event set payload = '{"reason":"改"}'::jsonb, hash = ${'a'.repeat(64)}
        where enterprise_id = ${c.id} and seq = 3`.execute(trx),
    );
    const result = await c.verify();
    expect(result.firstBroken).toMatchObject({ seq: 3, eventId: events[2]!.id });
  });

  it('fails after a deleted event, naming the gap', async () => {
    const c = await enterpriseWithChain();
    const events = await chainOf(t.db, c.id);
    await withTriggerOff(t.db, (trx) =>
      sql`delete from hazard_event where enterprise_id = ${c.id} and seq = 3`.execute(trx),
    );
    const result = await c.verify();
    expect(result).toMatchObject({ ok: false, checked: 5 });
    expect(result.firstBroken).toMatchObject({ seq: 4, eventId: events[3]!.id });
    expect(result.firstBroken.reason).toContain('缺少序号 3');
  });

  it('fails when the last event is deleted, through the chain head', async () => {
    const c = await enterpriseWithChain();
    const events = await chainOf(t.db, c.id);
    await withTriggerOff(t.db, (trx) =>
      sql`delete from hazard_event where enterprise_id = ${c.id} and seq = 6`.execute(trx),
    );
    const result = await c.verify();
    expect(result.firstBroken).toMatchObject({ seq: 6, eventId: events[5]!.id });
    expect(result.firstBroken.reason).toContain('链尾');
  });

  it('fails at the first of two events whose seq were swapped', async () => {
    const c = await enterpriseWithChain();
    const events = await chainOf(t.db, c.id);
    // Three steps, since (enterprise_id, seq) stays unique after each statement.
    await withTriggerOff(t.db, async (trx) => {
      await sql`update hazard_event set seq = 1000 where enterprise_id = ${c.id} and seq = 2`.execute(
        trx,
      );
      await sql`update hazard_event set seq = 2 where enterprise_id = ${c.id} and seq = 3`.execute(
        trx,
      );
      await sql`update hazard_event set seq = 3 where enterprise_id = ${c.id} and seq = 1000`.execute(
        trx,
      );
    });
    const result = await c.verify();
    expect(result).toMatchObject({ ok: false, checked: 6 });
    expect(result.firstBroken).toMatchObject({ seq: 2, eventId: events[2]!.id });
  });

  it('leaves other enterprises’ chains verifying', async () => {
    const broken = await enterpriseWithChain();
    const intact = await enterpriseWithChain();
    await withTriggerOff(t.db, (trx) =>
      sql`update hazard_event set actor_name = '别人' where enterprise_id = ${broken.id}`.execute(
        trx,
      ),
    );
    expect((await broken.verify()).firstBroken).toMatchObject({ seq: 1 });
    expect((await intact.verify()).ok).toBe(true);
  });
});
