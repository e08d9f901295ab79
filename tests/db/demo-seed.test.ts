import { refreshDashboardRollups } from '@shuangfang/api';
import { seedDemo } from '@shuangfang/seeds/demo';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../api/src/modules/hazards/hazards.service.js';
import { rollupRows } from '../support/dashboard.js';
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
      | 'hazard_supervision'
      | 'standardization_certificate'
      | 'standardization_application'
      | 'blacklist_entry'
      | 'tipoff'
      | 'inspection_draw'
      | 'major_hazard'
      | 'major_hazard_custodian'
      | 'run_state'
      | 'risk_commitment'
      | 'work_permit'
      | 'work_permit_step'
      | 'board_link'
      | 'agency',
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
    supervisions: await count('hazard_supervision'),
    certificates: await count('standardization_certificate'),
    applications: await count('standardization_application'),
    blacklist: await count('blacklist_entry'),
    tipoffs: await count('tipoff'),
    draws: await count('inspection_draw'),
    majorHazards: await count('major_hazard'),
    custodians: await count('major_hazard_custodian'),
    runStates: await count('run_state'),
    commitments: await count('risk_commitment'),
    permits: await count('work_permit'),
    permitSteps: await count('work_permit_step'),
    boardLinks: await count('board_link'),
    agencies: await count('agency'),
  };
}

describe('demo data', () => {
  it('has two blacklist entries: one listed (credit status in step), one awaiting 陈述申辩', async () => {
    const rows = await t.db
      .selectFrom('blacklist_entry as b')
      .innerJoin('enterprise as e', 'e.id', 'b.enterprise_id')
      .select(['e.name', 'e.credit_status', 'b.state', 'b.statement_due_at', 'b.listed_until'])
      .orderBy('e.name')
      .execute();
    expect(rows.map((r) => [r.name, r.state, r.credit_status])).toEqual([
      ['石城县宝福化工有限公司', 'listed', 'blacklisted'],
      ['石城县通天寨烟花爆竹有限公司', 'notified', 'normal'],
    ]);
    expect(new Date(rows[0]!.listed_until!).getTime()).toBeGreaterThan(Date.now());
    expect(new Date(rows[1]!.statement_due_at!).getTime()).toBeGreaterThan(Date.now());
    // Each made through the procedure: every move has its event.
    const events = await t.db.selectFrom('blacklist_event').select('action').execute();
    expect(events.map((e) => e.action).sort()).toEqual(
      ['list', 'notify', 'notify', 'propose', 'propose'].sort(),
    );
    const mine = await t.db
      .selectFrom('enterprise')
      .select('credit_status')
      .where('id', '=', mineId)
      .executeTakeFirstOrThrow();
    expect(mine.credit_status).toBe('normal');
  });

  it('has hazards in every state, both grades, one found by the regulator, and overdue ones', async () => {
    const hazards = await t.db
      .selectFrom('hazard')
      .selectAll()
      .where('enterprise_id', '=', mineId)
      .execute();
    expect(new Set(hazards.map((h) => h.state))).toEqual(
      new Set(['reported', 'rejected', 'rectifying', 'awaiting_acceptance', 'closed']),
    );
    // Two major hazards with their whole report history, one matching a 判定 item (below).
    expect(hazards.filter((h) => h.grade === '重大')).toHaveLength(3);
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

  it('has two major hazards reported to both recipients, signed, and a quarterly report', async () => {
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
    const submitted = reports.filter((r) => r.state === 'submitted');
    const majors = new Set(submitted.filter((r) => r.hazard_id).map((r) => r.hazard_id));
    expect(majors.size).toBe(2);
    const initial = submitted.filter((r) => r.kind === 'major_initial');
    expect(initial).toHaveLength(2);
    for (const r of initial) {
      expect(r).toMatchObject({ state: 'submitted', content_hash: expect.any(String) });
      expect(signers(r.id)).toEqual(['agency', 'congress']);
    }
    expect(submitted.map((r) => r.kind).sort()).toEqual(
      ['major_closure', 'major_initial', 'major_initial', 'major_progress', 'quarterly'].sort(),
    );
    // The third, matching a 判定 item, has its report still to submit.
    expect(reports.filter((r) => r.state === 'draft').map((r) => r.kind)).toEqual([
      'major_initial',
    ]);
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

  it('has hazards matching 判定 items: the mine’s, and regulators’ findings in several industries', async () => {
    const linked = await t.db
      .selectFrom('hazard as h')
      .innerJoin('enterprise as e', 'e.id', 'h.enterprise_id')
      .innerJoin('criteria_item_version as v', (j) =>
        j
          .onRef('v.item_id', '=', 'h.criteria_item_id')
          .onRef('v.version', '=', 'h.criteria_item_version'),
      )
      .select(['e.name', 'e.industry', 'h.grade', 'h.criteria_dismissal', 'v.number'])
      .execute();
    expect(linked.map((h) => `${h.industry} ${h.number} ${h.grade}`).sort()).toEqual(
      [
        '危险化学品 （十八） 重大', // 九江
        '危险化学品 （十二） 重大',
        '建材 第六条（四） 重大',
        '烟花爆竹 （五） 重大',
        '非煤矿山 一（二十一） 重大',
        '非煤矿山 二（六） 一般',
      ].sort(),
    );
    expect(linked.filter((h) => h.criteria_dismissal).map((h) => h.number)).toEqual(['二（六）']);
    const drafts = await t.db
      .selectFrom('report')
      .select('content')
      .where('state', '=', 'draft')
      .where('kind', '=', 'major_initial')
      .execute();
    expect(drafts).toHaveLength(5);
    for (const r of drafts)
      expect(String(r.content.sections && JSON.stringify(r.content))).toContain('判定依据');
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

  // dashboard
  it('has a city regulator over the demo county, and roll-ups equal to a recompute', async () => {
    const admin = await t.db
      .selectFrom('app_user as u')
      .innerJoin('membership as m', 'm.user_id', 'u.id')
      .innerJoin('agency as a', 'a.id', 'm.agency_id')
      .select(['m.role', 'a.jurisdiction_code'])
      .where('u.phone', '=', '13800000070')
      .executeTakeFirstOrThrow();
    expect(admin).toEqual({ role: 'agency_admin', jurisdiction_code: '360700' });
    const kept = await rollupRows(t.db);
    expect(kept.open.length).toBeGreaterThan(0);
    expect(kept.closed.length).toBeGreaterThan(0);
    await refreshDashboardRollups(t.db);
    expect(await rollupRows(t.db)).toEqual(kept);
  });

  it('has the open major hazard under 挂牌督办 by the county agency', async () => {
    const rows = await t.db
      .selectFrom('hazard_supervision as s')
      .innerJoin('hazard as h', (j) =>
        j.onRef('h.enterprise_id', '=', 's.enterprise_id').onRef('h.id', '=', 's.hazard_id'),
      )
      .innerJoin('agency as a', 'a.id', 's.agency_id')
      .select(['s.state', 'h.grade', 'h.state as hazard_state', 'a.name as agency'])
      .where('s.enterprise_id', '=', mineId)
      .execute();
    expect(rows).toEqual([
      { state: 'listed', grade: '重大', hazard_state: 'rectifying', agency: '石城县应急管理局' },
    ]);
  });

  it('has standardization certificates: one expiring within 90 days, one revoked, one application on 公示', async () => {
    const certificates = await t.db
      .selectFrom('standardization_certificate as c')
      .innerJoin('enterprise as e', 'e.id', 'c.enterprise_id')
      .select(['c.state', 'c.end_reason', 'c.level', 'e.standardization_level'])
      .select(sql<string>`c.valid_to::text`.as('valid_to'))
      .execute();
    const soon = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    const active = certificates.filter((c) => c.state === 'active');
    expect(active.some((c) => c.valid_to <= soon)).toBe(true);
    // The enterprise's level column is in step with its certificate.
    for (const c of active) expect(c.standardization_level).toBe(c.level);
    const revoked = certificates.filter((c) => c.state === 'revoked');
    expect(revoked).toHaveLength(1);
    expect(revoked[0]!.end_reason).toMatch(/^重大隐患未按期整改/);
    expect(revoked[0]!.standardization_level).toBeNull();
    const onPublicity = await t.db
      .selectFrom('standardization_application')
      .select(['publicity_until'])
      .where('state', '=', 'publicity')
      .execute();
    expect(onPublicity).toHaveLength(1);
    expect(new Date(onPublicity[0]!.publicity_until!).getTime()).toBeGreaterThan(Date.now());
  });

  // tipoffs
  it('has tip-offs received, not substantiated, verified with a hazard, and rewarded and paid', async () => {
    const tipoffs = await t.db
      .selectFrom('tipoff as t')
      .leftJoin('hazard as h', (j) =>
        j.onRef('h.enterprise_id', '=', 't.enterprise_id').onRef('h.id', '=', 't.hazard_id'),
      )
      .select([
        't.state',
        't.reject_reason',
        'h.source',
        'h.state as hazard_state',
        'h.reporter_id',
      ])
      .select(sql<number | null>`t.reward_fen::float8`.as('reward_fen'))
      .select(sql<string | null>`t.reward_paid_on::text`.as('paid_on'))
      .where('t.enterprise_id', '=', mineId)
      .execute();
    expect(tipoffs.map((r) => r.state).sort()).toEqual([
      'received',
      'unsubstantiated',
      'verified',
      'verified',
    ]);
    expect(tipoffs.find((r) => r.state === 'unsubstantiated')?.reject_reason).toBeTruthy();
    const verified = tipoffs.filter((r) => r.state === 'verified');
    for (const v of verified) expect(v).toMatchObject({ source: '举报', hazard_state: 'reported' });
    expect(verified.find((v) => v.paid_on)?.reward_fen).toBe(1_200_000);
    // The hazard names the triaging regulator, never the citizen.
    const reporters = await t.db
      .selectFrom('app_user')
      .select('phone')
      .where(
        'id',
        'in',
        verified.map((v) => v.reporter_id!),
      )
      .execute();
    expect(reporters.map((r) => r.phone)).toEqual(['13800000002']);
  });

  it('has a completed inspection plan (one result published, one overdue) and one in progress, its draws verifying', async () => {
    const plans = await t.db
      .selectFrom('inspection_plan as p')
      .innerJoin('inspection as n', 'n.plan_id', 'p.id')
      .select(['p.name', 'n.state'])
      .orderBy('p.name')
      .execute();
    const statesOf = (name: string) => plans.filter((p) => p.name === name).map((p) => p.state);
    expect(statesOf('2026年第三季度双随机抽查').sort()).toEqual(['published', 'recorded']);
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

  // 危险化学品 duties (seeds/demo/chemicals-seed.ts)
  it('has a 危化 enterprise with two 重大危险源, their 包保责任人, a week of commitments and permits in every state', async () => {
    const e = await t.db
      .selectFrom('enterprise')
      .select(['id', 'industry'])
      .where('name', '=', '石城县赣源化工有限公司')
      .executeTakeFirstOrThrow();
    expect(e.industry).toBe('危险化学品');
    const hazards = await t.db
      .selectFrom('major_hazard')
      .select(['id', 'code'])
      .where('enterprise_id', '=', e.id)
      .execute();
    expect(hazards).toHaveLength(2);
    const custodians = await t.db
      .selectFrom('major_hazard_custodian as c')
      .innerJoin('app_user as u', 'u.id', 'c.user_id')
      .select(['c.role', 'u.phone'])
      .where('c.enterprise_id', '=', e.id)
      .where('c.ended_at', 'is', null)
      .execute();
    expect(custodians).toHaveLength(6);
    expect(custodians.every((c) => c.phone?.startsWith('138000001'))).toBe(true);

    const commitments = await t.db
      .selectFrom('risk_commitment')
      .select(['committed_at', 'due_at', 'committed_as', sql<string>`day::text`.as('day')])
      .where('enterprise_id', '=', e.id)
      .execute();
    expect(commitments.length).toBe(6);
    const late = commitments.filter((c) => new Date(c.committed_at) > new Date(c.due_at));
    expect(late.map((c) => c.committed_as)).toEqual(['deputy']);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(commitments.map((c) => c.day)).not.toContain(today);

    const permits = await t.db
      .selectFrom('work_permit')
      .select(['state', 'type', 'valid_to'])
      .where('enterprise_id', '=', e.id)
      .execute();
    expect(new Set(permits.map((p) => p.state))).toEqual(
      new Set([
        'applied',
        'measures_confirmed',
        'briefed',
        'approved',
        'in_progress',
        'interrupted',
        'completed',
        'accepted',
        'cancelled',
      ]),
    );
    expect(new Set(permits.map((p) => p.type)).size).toBe(8);
    // One still in progress past its validity: flagged on every read.
    expect(
      permits.filter((p) => p.state === 'in_progress' && new Date(p.valid_to) < new Date()),
    ).toHaveLength(1);
    // A 开车前检查 is pending today, and one 包保 hazard was found.
    const pending = await t.db
      .selectFrom('run_state')
      .select('id')
      .where('enterprise_id', '=', e.id)
      .where('prestart_required', '=', true)
      .where('prestart_passed_at', 'is', null)
      .where('ended_at', 'is', null)
      .execute();
    expect(pending).toHaveLength(1);
    const custodyFindings = await t.db
      .selectFrom('check_record')
      .select('hazard_id')
      .where('enterprise_id', '=', e.id)
      .where('kind', '=', 'custody')
      .where('result', '=', 'not_ok')
      .execute();
    expect(custodyFindings).toHaveLength(1);
  });

  // What a regulator opening the demo would doubt: an industry its name contradicts, every agency
  // on one phone, a county of unassessed enterprises, no complete 一图一牌三清单.
  it('is believable: industries match names, agencies have their own phones, 石城县 is assessed', async () => {
    const enterprises = await t.db.selectFrom('enterprise').select(['name', 'industry']).execute();
    const named: [RegExp, string][] = [
      [/矿业/, '非煤矿山'],
      [/化工/, '危险化学品'],
      [/烟花爆竹/, '烟花爆竹'],
      [/食品|家具/, '轻工'],
      [/建材|水泥/, '建材'],
      [/机械|设备|机电/, '机械'],
      [/纺织/, '纺织'],
      [/商贸/, '商贸'],
    ];
    for (const e of enterprises) {
      const expected = named.find(([pattern]) => pattern.test(e.name))?.[1];
      if (expected) expect(e.industry, e.name).toBe(expected);
    }
    const agencies = await t.db.selectFrom('agency').select(['name', 'phone']).execute();
    const phones = agencies.map((a) => a.phone);
    expect(phones.every((p) => p !== null)).toBe(true);
    expect(new Set(phones).size).toBe(agencies.length);

    const county = await t.db
      .selectFrom('enterprise')
      .select(['name', 'risk_level'])
      .where('jurisdiction_code', '=', '360735')
      .execute();
    const assessed = county.filter((e) => e.risk_level !== null);
    expect(assessed.length * 2).toBeGreaterThan(county.length);
  });

  it('has a complete 一图一牌三清单 at the mine: a site plan and every position’s board published', async () => {
    const plan = await t.db
      .selectFrom('site_plan')
      .select('enterprise_id')
      .where('enterprise_id', '=', mineId)
      .executeTakeFirst();
    expect(plan).toBeDefined();
    const positions = await t.db
      .selectFrom('position as p')
      .leftJoin('board_link as l', (j) =>
        j
          .onRef('l.enterprise_id', '=', 'p.enterprise_id')
          .onRef('l.position_id', '=', 'p.id')
          .on('l.revoked_at', 'is', null),
      )
      .select(['p.name', 'l.token'])
      .where('p.enterprise_id', '=', mineId)
      .where('p.archived_at', 'is', null)
      .execute();
    expect(positions.length).toBeGreaterThan(0);
    for (const p of positions) expect(p.token, p.name).not.toBeNull();
    const workers = await t.db
      .selectFrom('position_worker')
      .select('position_id')
      .where('enterprise_id', '=', mineId)
      .execute();
    expect(workers.length).toBeGreaterThan(0);
  });

  it('loads a second time without adding anything', async () => {
    const before = await counts();
    await seedDemo(t.db);
    expect(await counts()).toEqual(before);
  });
});
