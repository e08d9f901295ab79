import { PERMIT_STATES } from '@shuangfang/db';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../api/src/modules/jurisdictions/settings.defaults.js';
import { dayRange } from '../../api/src/modules/checks/check-windows.js';
import {
  custodyWindowsBetween,
  custodyWindowsEndingIn,
  findCustodyWindow,
} from '../../api/src/modules/major-hazards/custody-windows.js';
import { operationAt, type Period } from '../../api/src/modules/run-states/operation.js';
import { needsPrestart } from '../../api/src/modules/run-states/run-states.service.js';
import { judgeReading, missingReading } from '../../api/src/modules/work-permits/gas-limits.js';
import {
  blockers,
  gasAnalysisDue,
  validityExpired,
} from '../../api/src/modules/work-permits/permit-facts.js';
import {
  approvalChain,
  gasRequired,
  heightLevel,
  liftingLevel,
  maxValidityHours,
} from '../../api/src/modules/work-permits/permit-rules.js';
import { MOVES, requireMove } from '../../api/src/modules/work-permits/permit-states.js';

// The fixed rules of the 危险化学品 duties (docs/domain-chemicals.md), pure.

const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (iso: string) => new Date(iso);

describe('permit levels and validity (GB 30871-2022)', () => {
  it('grades work at height by band and objective factors (8.1)', () => {
    expect(heightLevel(2, [])).toBe('height_1');
    expect(heightLevel(5, [])).toBe('height_1');
    expect(heightLevel(5.1, [])).toBe('height_2');
    expect(heightLevel(15, ['gust_wind'])).toBe('height_3');
    expect(heightLevel(30, [])).toBe('height_3');
    expect(heightLevel(31, [])).toBe('height_4');
    expect(heightLevel(40, ['slippery'])).toBe('height_4');
  });

  it('grades lifting by mass (9.1)', () => {
    expect(liftingLevel(100.5)).toBe('lifting_1');
    expect(liftingLevel(100)).toBe('lifting_2');
    expect(liftingLevel(40)).toBe('lifting_2');
    expect(liftingLevel(39.9)).toBe('lifting_3');
  });

  it('allows the validity of each level, and a configurable cap where the standard sets none', () => {
    const s = DEFAULT_SETTINGS;
    expect(maxValidityHours('hot_work', 'hot_special', s)).toBe(8);
    expect(maxValidityHours('hot_work', 'hot_1', s)).toBe(8);
    expect(maxValidityHours('hot_work', 'hot_2', s)).toBe(72);
    expect(maxValidityHours('confined_space', null, s)).toBe(24);
    expect(maxValidityHours('work_at_height', 'height_3', s)).toBe(168);
    expect(maxValidityHours('temporary_power', null, s)).toBe(360);
    expect(maxValidityHours('temporary_power', null, s, true)).toBe(720);
    expect(maxValidityHours('lifting', 'lifting_2', s)).toBeNull();
    const capped = {
      unregulatedPermitValidityHours: { ...s.unregulatedPermitValidityHours, lifting: 12 },
    };
    expect(maxValidityHours('lifting', 'lifting_2', capped)).toBe(12);
  });

  it('signs in the order of the forms, with the approving department of table B.1 last', () => {
    const roles = (
      type: Parameters<typeof approvalChain>[0],
      level: Parameters<typeof approvalChain>[1],
    ) => approvalChain(type, level).map((e) => e.role);
    expect(roles('hot_work', 'hot_special')).toEqual([
      'work_leader',
      'unit_head',
      'safety_dept',
      'plant_leader',
    ]);
    expect(roles('hot_work', 'hot_1')).toEqual(['work_leader', 'unit_head', 'safety_dept']);
    expect(roles('hot_work', 'hot_2')).toEqual(['work_leader', 'unit_head']);
    expect(roles('confined_space', null)).toEqual(['work_leader', 'unit_head']);
    expect(roles('work_at_height', 'height_1')).toEqual(['work_leader', 'unit_head']);
    expect(roles('work_at_height', 'height_3')).toEqual([
      'work_leader',
      'unit_head',
      'specialty_dept',
    ]);
    expect(roles('work_at_height', 'height_4')).toEqual([
      'work_leader',
      'unit_head',
      'specialty_dept',
      'plant_leader',
    ]);
    expect(roles('lifting', 'lifting_1')).toEqual([
      'work_leader',
      'unit_head',
      'specialty_dept',
      'plant_leader',
    ]);
    expect(roles('temporary_power', null)).toEqual(['work_leader', 'unit_head', 'power_supplier']);
    expect(roles('excavation', null)).toEqual([
      'work_leader',
      'unit_head',
      'co_signer',
      'specialty_dept',
    ]);
    expect(roles('road_closure', null)).toEqual([
      'work_leader',
      'unit_head',
      'co_signer',
      'specialty_dept',
    ]);
  });

  it('requires gas analysis for hot work, confined spaces, and the conditional cases', () => {
    expect(gasRequired('hot_work', {})).toBe(true);
    expect(gasRequired('confined_space', {})).toBe(true);
    expect(gasRequired('temporary_power', { hazardousArea: false })).toBe(false);
    expect(gasRequired('temporary_power', { hazardousArea: true })).toBe(true);
    expect(gasRequired('excavation', { hazardousArea: true, depthM: 1.2 })).toBe(false);
    expect(gasRequired('excavation', { hazardousArea: true, depthM: 1.3 })).toBe(true);
    expect(gasRequired('lifting', {})).toBe(false);
  });

  it('answers any move a state does not allow with 409 naming what it allows', () => {
    for (const state of PERMIT_STATES) expect(Array.isArray(MOVES[state])).toBe(true);
    expect(() => requireMove('accepted', 'cancel')).toThrow('不允许任何操作');
    expect(() => requireMove('briefed', 'start')).toThrow('只允许：气体分析、审批、取消');
  });
});

describe('gas limits (5.3.2, 6.4, 5.2.7)', () => {
  const judge = (
    r: Parameters<typeof judgeReading>[0],
    type = 'hot_work' as const,
    details = {},
  ) => {
    const out = judgeReading(r, type, details, 'readings.0');
    if ('problem' in out) throw new Error(out.problem.message);
    return out.reading;
  };
  it('holds a flammable gas to 0.5 %VOL, or 0.2 %VOL when its LEL is below 4 %', () => {
    expect(judge({ gas: '甲烷', kind: 'flammable', value: 0.5, unit: '%VOL', lel: 5 }).passed).toBe(
      true,
    );
    expect(
      judge({ gas: '甲烷', kind: 'flammable', value: 0.51, unit: '%VOL', lel: 5 }).passed,
    ).toBe(false);
    expect(
      judge({ gas: '氢气', kind: 'flammable', value: 0.2, unit: '%VOL', lel: 4 }).limit,
    ).toContain('0.5');
    const h = judge({ gas: '乙炔', kind: 'flammable', value: 0.21, unit: '%VOL', lel: 2.5 });
    expect([h.limit, h.passed]).toEqual(['≤ 0.2 %VOL（爆炸下限<4%）', false]);
  });

  it('holds oxygen in a confined space to 19.5–21 %VOL (23.5 where enriched), and on oxygen equipment to 23.5', () => {
    const o2 = (value: number, type: 'confined_space' | 'hot_work', details = {}) =>
      judge({ gas: '氧气', kind: 'oxygen', value, unit: '%VOL' }, type as 'hot_work', details)
        .passed;
    expect([19.4, 19.5, 21, 21.1].map((v) => o2(v, 'confined_space'))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(o2(23.5, 'confined_space', { oxygenEnriched: true })).toBe(true);
    expect(o2(23.6, 'hot_work')).toBe(false);
  });

  it('needs the LEL of a flammable gas and the limit of a toxic one, and %VOL for both gases', () => {
    const problem = (r: Parameters<typeof judgeReading>[0]) =>
      judgeReading(r, 'confined_space', {}, 'r');
    expect(problem({ gas: '甲醇', kind: 'flammable', value: 0.1, unit: '%VOL' })).toMatchObject({
      problem: { path: 'r.lel' },
    });
    expect(problem({ gas: '硫化氢', kind: 'toxic', value: 1, unit: 'mg/m³' })).toMatchObject({
      problem: { path: 'r.exposureLimit' },
    });
    expect(problem({ gas: '氧气', kind: 'oxygen', value: 20, unit: 'ppm' })).toMatchObject({
      problem: { path: 'r.unit' },
    });
    expect(
      judge({ gas: '硫化氢', kind: 'toxic', value: 11, unit: 'mg/m³', exposureLimit: 10 }).passed,
    ).toBe(false);
  });

  it('asks each type for what it must measure', () => {
    expect(missingReading([{ kind: 'flammable' }], 'confined_space', {})).toContain('氧含量');
    expect(missingReading([{ kind: 'oxygen' }], 'confined_space', {})).toBeNull();
    expect(missingReading([{ kind: 'toxic' }], 'hot_work', {})).toContain('可燃');
    expect(
      missingReading([{ kind: 'flammable' }], 'hot_work', { oxygenEquipment: true }),
    ).toContain('氧');
  });
});

describe('when a permit may start and resume', () => {
  const now = at('2026-12-07T03:00:00Z');
  const permit = (over: Record<string, unknown> = {}) => ({
    id: 'p',
    type: 'hot_work' as const,
    level: 'hot_1' as const,
    details: {},
    guard_id: 'g',
    valid_from: new Date(now.getTime() - HOUR),
    valid_to: new Date(now.getTime() + HOUR),
    interrupted_at: null as Date | null,
    approval_chain: [],
    state: 'approved' as const,
    ...over,
  });
  const sample = (minutesAgo: number, passed = true) => ({
    analysed_at: new Date(now.getTime() - minutesAgo * MIN),
    passed,
  });

  it('starts within its validity on a passing analysis at most 30 minutes old', () => {
    expect(blockers('start', permit(), { samples: [sample(30)], approvals: 0 }, [], now)).toEqual(
      [],
    );
    expect(blockers('start', permit(), { samples: [sample(31)], approvals: 0 }, [], now)).toEqual([
      '开始作业前30分钟内须有合格的气体分析',
    ]);
    expect(
      blockers('start', permit(), { samples: [sample(5, false)], approvals: 0 }, [], now),
    ).toHaveLength(1);
    const expired = permit({ valid_to: new Date(now.getTime() - 1) });
    expect(
      blockers('start', expired, { samples: [sample(1)], approvals: 0 }, [], now)[0],
    ).toContain('有效期');
    expect(validityExpired({ ...expired, state: 'in_progress' }, now)).toBe(true);
  });

  it('keeps one 监护人 to one hot work in progress, and one blind plate per pipe (7.10)', () => {
    const other = {
      id: 'o',
      number: 'DH-1',
      type: 'hot_work' as const,
      state: 'in_progress' as const,
      guard_id: 'g',
      details: {},
    };
    expect(
      blockers('start', permit(), { samples: [sample(1)], approvals: 0 }, [other], now)[0],
    ).toContain('DH-1');
    expect(
      blockers(
        'start',
        permit(),
        { samples: [sample(1)], approvals: 0 },
        [{ ...other, guard_id: 'x' }],
        now,
      ),
    ).toEqual([]);
    const plate = permit({ type: 'blind_plate', level: null, details: { pipeline: 'L-1' } });
    const otherPlate = {
      ...other,
      type: 'blind_plate' as const,
      state: 'interrupted' as const,
      details: { pipeline: 'L-1' },
    };
    expect(blockers('start', plate, { samples: [], approvals: 0 }, [otherPlate], now)[0]).toContain(
      '同一管道',
    );
  });

  it('resumes after more than 30 minutes (特级, 一级) or 60 (二级) only on a new analysis', () => {
    const stopped = (minutes: number, level: 'hot_1' | 'hot_2') =>
      permit({
        state: 'interrupted',
        level,
        interrupted_at: new Date(now.getTime() - minutes * MIN),
      });
    const old = { samples: [sample(40)], approvals: 0 };
    expect(blockers('resume', stopped(31, 'hot_1'), old, [], now)).toHaveLength(1);
    expect(blockers('resume', stopped(29, 'hot_1'), old, [], now)).toEqual([]);
    expect(blockers('resume', stopped(59, 'hot_2'), old, [], now)).toEqual([]);
    expect(blockers('resume', stopped(61, 'hot_2'), old, [], now)).toHaveLength(1);
    expect(
      blockers(
        'resume',
        stopped(61, 'hot_2'),
        { samples: [sample(40), sample(2)], approvals: 0 },
        [],
        now,
      ),
    ).toEqual([]);
  });

  it('owes a new analysis every 2 hours in a confined space and every day for hot work', () => {
    const confined = permit({ type: 'confined_space', level: null, state: 'in_progress' });
    expect(gasAnalysisDue(confined, { samples: [sample(119)], approvals: 0 }, now)).toBe(false);
    expect(gasAnalysisDue(confined, { samples: [sample(121)], approvals: 0 }, now)).toBe(true);
    const hot = permit({ level: 'hot_2', state: 'in_progress' });
    expect(gasAnalysisDue(hot, { samples: [sample(60)], approvals: 0 }, now)).toBe(false);
    expect(gasAnalysisDue(hot, { samples: [sample(12 * 60)], approvals: 0 }, now)).toBe(true);
  });
});

describe('run states', () => {
  const period = (over: Partial<Period>): Period => ({
    state: 'running',
    started_at: at('2026-12-01T00:00:00Z'),
    ended_at: null,
    prestart_required: false,
    prestart_passed_at: null,
    ...over,
  });
  it('judge operation at an instant from the history', () => {
    const history = [
      period({ state: 'maintenance', ended_at: at('2026-12-03T00:00:00Z') }),
      period({
        started_at: at('2026-12-03T00:00:00Z'),
        prestart_required: true,
        prestart_passed_at: at('2026-12-03T06:00:00Z'),
      }),
    ];
    expect(operationAt(history, at('2026-11-30T00:00:00Z'))).toBe('operating');
    expect(operationAt(history, at('2026-12-02T00:00:00Z'))).toBe('stopped');
    expect(operationAt(history, at('2026-12-03T05:00:00Z'))).toBe('awaiting_prestart');
    expect(operationAt(history, at('2026-12-03T07:00:00Z'))).toBe('operating');
  });

  it('owe a 开车前检查 after a stop, and keep owing it between running and trial', () => {
    expect(needsPrestart(undefined, 'running')).toBe(false);
    const stopped = {
      state: 'stopped' as const,
      prestart_required: false,
      prestart_passed_at: null,
    };
    expect(needsPrestart(stopped, 'running')).toBe(true);
    expect(needsPrestart(stopped, 'maintenance')).toBe(false);
    const owed = { state: 'running' as const, prestart_required: true, prestart_passed_at: null };
    expect(needsPrestart(owed, 'trial')).toBe(true);
    expect(needsPrestart({ ...owed, prestart_passed_at: new Date() }, 'trial')).toBe(false);
  });
});

describe('包保 windows', () => {
  const s = {
    ...DEFAULT_SETTINGS,
    custodyKeyPeriods: [{ name: '春节', from: '2027-02-06', to: '2027-02-12' }],
  };
  it('give the 技术负责人 a window before each key period, and the others none', () => {
    const jan = dayRange('2027-01-31');
    const technical = custodyWindowsBetween('technical', s, jan.start, jan.end);
    expect(technical.map((w) => w.keyPeriod)).toEqual([null, '春节']);
    expect(technical[1]!.start).toEqual(dayRange('2027-01-30').start);
    expect(technical[1]!.end).toEqual(dayRange('2027-02-06').start);
    expect(
      custodyWindowsBetween('principal', s, jan.start, jan.end).map((w) => w.keyPeriod),
    ).toEqual([null]);
    expect(
      findCustodyWindow('technical', s, technical[1]!.start, technical[1]!.end)?.keyPeriod,
    ).toBe('春节');
    expect(findCustodyWindow('operational', s, technical[1]!.start, undefined)).toBeNull();
  });

  it('belong to the month their last instant falls in', () => {
    const feb = { start: dayRange('2027-02-01').start, end: dayRange('2027-03-01').start };
    const ending = custodyWindowsEndingIn('technical', s, feb.start, feb.end);
    // The quarter ends in March and the 春节 window on 6 February.
    expect(ending.map((w) => w.keyPeriod)).toEqual(['春节']);
    const weeks = custodyWindowsEndingIn('operational', s, feb.start, feb.end);
    expect(weeks.every((w) => w.end > feb.start && w.end <= feb.end)).toBe(true);
    expect(weeks).toHaveLength(4);
  });
});
