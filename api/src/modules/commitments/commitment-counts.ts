import {
  CUSTODY_ROLES,
  PERMIT_TYPES,
  type CustodyRole,
  type Executor,
  type MajorHazardLevel,
  type RunState,
} from '@shuangfang/db';
import { CUSTODY_ROLE_LABELS, RUN_STATE_LABELS } from '../../lib/chemical-labels.js';
import { chinaDate, dayRange } from '../checks/check-windows.js';
import * as hazards from '../major-hazards/major-hazards.repository.js';
import { OUT_OF_OPERATION } from '../run-states/operation.js';
import { currentPeriods } from '../run-states/run-states.repository.js';
import { validityExpired } from '../work-permits/permit-facts.js';
import { permitsInStates } from '../work-permits/permits.repository.js';
import { openMajorHazards } from './commitments.repository.js';

// What the day's 承诺公告 states, derived from the data at the moment it is published (docs/
// domain-chemicals.md section 4) — never typed in: 装置 (the units with a run state) by state,
// each 重大危险源's state and whether an open 重大隐患 lies in it, the day's 特殊作业 by type and
// 动火 level, the contractors working under them, and whether the risks are under control.

export type PermitCounts = Record<(typeof PERMIT_TYPES)[number], number> & {
  hot_special: number;
  hot_1: number;
  hot_2: number;
  total: number;
};

export interface CommitmentFacts {
  units: Record<RunState, number> & { total: number; awaitingPrestart: number };
  trialProduction: boolean;
  startingUp: boolean;
  majorHazards: {
    code: string;
    name: string;
    level: MajorHazardLevel;
    state: RunState | null;
    stateLabel: string;
    safe: boolean;
    custodians: { role: CustodyRole; roleLabel: string; name: string | null }[];
  }[];
  permits: PermitCounts;
  contractors: { count: number; names: string[] };
  openMajorHazards: number;
  expiredPermits: number;
  risksUnderControl: boolean;
}

const ACTIVE = ['approved', 'in_progress', 'interrupted'] as const;

export async function deriveFacts(
  db: Executor,
  enterpriseId: string,
  now: Date,
): Promise<CommitmentFacts> {
  const day = dayRange(chinaDate(now));
  const [periods, majorHazards, custodians, covered, permits, majors] = await Promise.all([
    currentPeriods(db, enterpriseId),
    hazards.listMajorHazards(db, enterpriseId),
    hazards.currentCustodians(db, enterpriseId),
    hazards.coverage(db, enterpriseId),
    permitsInStates(db, enterpriseId, [...ACTIVE]),
    openMajorHazards(db, enterpriseId),
  ]);
  const unitPeriods = periods.filter((p) => p.unit_id);
  const pending = (p: (typeof periods)[number]) => p.prestart_required && !p.prestart_passed_at;
  const units = { running: 0, stopped: 0, maintenance: 0, trial: 0, total: 0, awaitingPrestart: 0 };
  for (const p of unitPeriods) {
    units[p.state] += 1;
    units.total += 1;
    if (pending(p)) units.awaitingPrestart += 1;
  }
  // The day's special work: approved or under way, valid at some time of the day.
  const today = permits.filter(
    (p) => new Date(p.valid_from) < day.end && new Date(p.valid_to) > day.start,
  );
  const counts = Object.fromEntries([
    ...PERMIT_TYPES.map((t) => [t, 0]),
    ['hot_special', 0],
    ['hot_1', 0],
    ['hot_2', 0],
    ['total', 0],
  ]) as PermitCounts;
  for (const p of today) {
    counts[p.type] += 1;
    counts.total += 1;
    if (p.level === 'hot_special' || p.level === 'hot_1' || p.level === 'hot_2')
      counts[p.level] += 1;
  }
  const contractors = [
    ...new Set(today.filter((p) => p.contractor).map((p) => p.work_unit)),
  ].sort();
  const hazardView = majorHazards.map((h) => {
    const period = periods.find((p) => p.major_hazard_id === h.id);
    const objects = new Set(
      covered.filter((c) => c.major_hazard_id === h.id).map((c) => c.risk_object_id),
    );
    return {
      code: h.code,
      name: h.name,
      level: h.level,
      state: period?.state ?? null,
      stateLabel: period ? RUN_STATE_LABELS[period.state] : '未登记',
      safe: !majors.some((m) => m.risk_object_id && objects.has(m.risk_object_id)),
      custodians: CUSTODY_ROLES.map((role) => ({
        role,
        roleLabel: CUSTODY_ROLE_LABELS[role],
        name: custodians.find((c) => c.major_hazard_id === h.id && c.role === role)?.name ?? null,
      })),
    };
  });
  const expiredPermits = permits.filter((p) => validityExpired(p, now)).length;
  const all = [...periods];
  return {
    units,
    trialProduction: all.some((p) => p.state === 'trial'),
    // 开停车: back from a stop and not yet through the 开车前检查, or stopping today.
    startingUp:
      all.some(pending) ||
      all.some((p) => OUT_OF_OPERATION.includes(p.state) && new Date(p.started_at) >= day.start),
    majorHazards: hazardView,
    permits: counts,
    contractors: { count: contractors.length, names: contractors },
    openMajorHazards: majors.length,
    expiredPermits,
    risksUnderControl: majors.length === 0 && expiredPermits === 0,
  };
}
