import { seedDemo } from '@shuangfang/seeds/demo';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../api/src/modules/hazards/hazards.service.js';
import { verifyDraw, type PublishedDraw } from '../../api/src/modules/inspections/draw.js';
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
  const count = (
    table:
      | 'hazard'
      | 'hazard_event'
      | 'risk_object'
      | 'app_user'
      | 'report'
      | 'check_record'
      | 'inspection_draw',
  ) =>
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
    reports: await count('report'),
    checks: await count('check_record'),
    draws: await count('inspection_draw'),
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
    expect(hazards.filter((h) => h.source === '管控措施失效')).toHaveLength(2);
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

  it('has both major hazards reported to both recipients, signed, and a quarterly report', async () => {
    const reports = await t.db
      .selectFrom('report')
      .selectAll()
      .where('enterprise_id', '=', mineId)
      .execute();
    const signed = await t.db
      .selectFrom('report_acknowledgement')
      .select(['report_id', 'recipient'])
      .where('enterprise_id', '=', mineId)
      .execute();
    const signers = (id: string) =>
      signed
        .filter((k) => k.report_id === id)
        .map((k) => k.recipient)
        .sort();
    const majors = new Set(reports.filter((r) => r.hazard_id).map((r) => r.hazard_id));
    expect(majors.size).toBe(2);
    const initial = reports.filter((r) => r.kind === 'major_initial');
    expect(initial).toHaveLength(2);
    for (const r of initial) {
      expect(r).toMatchObject({ state: 'submitted', content_hash: expect.any(String) });
      expect(signers(r.id)).toEqual(['agency', 'congress']);
    }
    expect(reports.map((r) => r.kind).sort()).toEqual(
      ['major_closure', 'major_initial', 'major_initial', 'major_progress', 'quarterly'].sort(),
    );
    // The progress report awaits the congress's receipt: something to see on both sides.
    const progress = reports.find((r) => r.kind === 'major_progress')!;
    expect(signers(progress.id)).toEqual(['agency']);
  });

  it('has months of checks by the worker on the position, and an event flagged for re-assessment', async () => {
    const records = await t.db
      .selectFrom('check_record')
      .selectAll()
      .where('enterprise_id', '=', mineId)
      .execute();
    expect(records.length).toBeGreaterThan(60);
    expect(records.filter((r) => r.result === 'not_ok').every((r) => r.hazard_id)).toBe(true);
    expect(records.filter((r) => r.result === 'not_ok')).toHaveLength(2);
    // Today's windows are left open: the worker has checks due when the demo starts.
    expect(records.filter((r) => new Date(r.window_end) > new Date())).toEqual([]);
    const flagged = await t.db
      .selectFrom('risk_event')
      .select('id')
      .where('enterprise_id', '=', mineId)
      .where('reassess_flagged_at', 'is not', null)
      .execute();
    expect(flagged).toHaveLength(1);
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

  it('has a completed inspection plan published and one drawn in progress, its draws verifying', async () => {
    const plans = await t.db
      .selectFrom('inspection_plan as p')
      .innerJoin('inspection as n', 'n.plan_id', 'p.id')
      .select(['p.name', 'n.state'])
      .orderBy('p.name')
      .execute();
    const statesOf = (name: string) => plans.filter((p) => p.name === name).map((p) => p.state);
    expect(statesOf('2026年第三季度双随机抽查')).toEqual(['published', 'published']);
    expect(statesOf('2026年第四季度双随机抽查')).toEqual(['assigned', 'assigned']);
    const draws = await t.db.selectFrom('inspection_draw').select('published').execute();
    expect(draws).toHaveLength(2);
    for (const d of draws) expect(verifyDraw(d.published as PublishedDraw).matches).toBe(true);
    const demoInspector = await t.db
      .selectFrom('inspector as i')
      .innerJoin('app_user as u', 'u.id', 'i.user_id')
      .select('i.badge_number')
      .where('u.phone', '=', '13800000002')
      .executeTakeFirstOrThrow();
    expect(demoInspector.badge_number).toBe('JX36073500001');
    // The demo inspector has an assignment to record (the browser test records it).
    const inProgress = await t.db
      .selectFrom('inspection_draw as d')
      .innerJoin('inspection_plan as p', 'p.id', 'd.plan_id')
      .select('d.published')
      .where('p.name', '=', '2026年第四季度双随机抽查')
      .executeTakeFirstOrThrow();
    const teams = (inProgress.published as PublishedDraw).result.map((r) => r.team);
    expect(teams.flat()).toContain('JX36073500001');
  });

  it('loads a second time without adding anything', async () => {
    const before = await counts();
    await seedDemo(t.db);
    expect(await counts()).toEqual(before);
  });
});
