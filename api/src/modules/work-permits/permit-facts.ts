import type { PermitAction, PermitChainEntry } from '@shuangfang/db';
import { chinaDate } from '../checks/check-windows.js';
import {
  GAS_FRESH_MS,
  gasRequired,
  monitoringIntervalMs,
  reanalysisAfterMs,
} from './permit-rules.js';
import type { PermitRow, SampleRow } from './permits.repository.js';

// What a permit's next steps depend on besides who asks: its gas samples, how far its chain is
// signed, the clock, and the other open permits (docs/domain-chemicals.md section 5). Pure; the
// services refuse with these reasons and the DTOs list them as blockers, so both agree.

export interface Facts {
  samples: Pick<SampleRow, 'analysed_at' | 'passed'>[];
  approvals: number;
}

/** The open permits a start is checked against (the 监护人 and same-pipe rules). */
export type OpenPermit = Pick<
  PermitRow,
  'id' | 'number' | 'type' | 'state' | 'guard_id' | 'details'
>;

type Permit = Pick<
  PermitRow,
  | 'id'
  | 'type'
  | 'level'
  | 'details'
  | 'guard_id'
  | 'valid_from'
  | 'valid_to'
  | 'interrupted_at'
  | 'approval_chain'
  | 'state'
>;

export const nextApproval = (p: Permit, f: Facts): PermitChainEntry | null =>
  p.approval_chain[f.approvals] ?? null;

const latest = (f: Facts) => f.samples.at(-1);
const time = (d: Date | string) => new Date(d).getTime();

function gasPassed(p: Permit, f: Facts): string[] {
  if (!gasRequired(p.type, p.details)) return [];
  const last = latest(f);
  if (!last) return ['尚无气体分析'];
  return last.passed ? [] : ['最近一次气体分析不合格'];
}

/** A passing sample taken within 30 minutes before now (and after `since`, when given). */
function gasFresh(p: Permit, f: Facts, now: Date, since?: Date): string[] {
  if (!gasRequired(p.type, p.details)) return [];
  const last = latest(f);
  const fresh =
    last &&
    last.passed &&
    time(last.analysed_at) >= now.getTime() - GAS_FRESH_MS &&
    (!since || time(last.analysed_at) >= since.getTime());
  return fresh ? [] : ['开始作业前30分钟内须有合格的气体分析'];
}

function withinValidity(p: Permit, now: Date): string[] {
  if (now.getTime() < time(p.valid_from)) return ['未到作业实施时间'];
  if (now.getTime() >= time(p.valid_to)) return ['已超过有效期，须重新办理作业票'];
  return [];
}

/** One 监护人 guards one hot work at a time (4.10 f); one blind plate per pipe at a time (7.10). */
function conflicts(p: Permit, open: OpenPermit[]): string[] {
  const others = open.filter((o) => o.id !== p.id);
  if (p.type === 'hot_work') {
    const other = others.find(
      (o) => o.type === 'hot_work' && o.state === 'in_progress' && o.guard_id === p.guard_id,
    );
    if (other) return [`监护人正在监护另一处进行中的动火作业（${other.number}）`];
  }
  if (p.type === 'blind_plate') {
    const other = others.find(
      (o) =>
        o.type === 'blind_plate' &&
        (o.state === 'in_progress' || o.state === 'interrupted') &&
        o.details.pipeline === p.details.pipeline,
    );
    if (other) return [`同一管道上已有进行中的盲板抽堵作业（${other.number}）`];
  }
  return [];
}

/** Why the action cannot be taken now (empty: nothing stands in its way). */
export function blockers(
  action: PermitAction,
  p: Permit,
  f: Facts,
  open: OpenPermit[],
  now: Date,
): string[] {
  switch (action) {
    case 'brief':
    case 'approve':
      return gasPassed(p, f);
    case 'start':
      return [...withinValidity(p, now), ...gasFresh(p, f, now), ...conflicts(p, open)];
    case 'resume': {
      const since = p.interrupted_at ? new Date(p.interrupted_at) : now;
      const last = latest(f);
      const newDay =
        p.type === 'hot_work' &&
        (!last || chinaDate(new Date(last.analysed_at)) !== chinaDate(now));
      const long = now.getTime() - since.getTime() > reanalysisAfterMs(p.type, p.level);
      // The last analysis must pass (a failed one stopped the work: 6.5); after a long break or
      // overnight on hot work, a new one is needed (5.3.1 d, 6.3 f).
      const gas = long || newDay ? gasFresh(p, f, now, since) : gasPassed(p, f);
      return [...withinValidity(p, now), ...gas, ...conflicts(p, open)];
    }
    case 'extend':
      return now.getTime() >= time(p.valid_to) ? ['已超过有效期，须重新办理作业票'] : [];
    default:
      return [];
  }
}

/** Validity over while the work is still open: the permit is flagged. */
export const validityExpired = (p: Permit, now: Date) =>
  ['approved', 'in_progress', 'interrupted'].includes(p.state) && time(p.valid_to) <= now.getTime();

/** In progress and owing a new analysis: every 2 h in confined spaces, daily for hot work. */
export function gasAnalysisDue(p: Permit, f: Facts, now: Date) {
  if (p.state !== 'in_progress' || !gasRequired(p.type, p.details)) return false;
  const last = latest(f);
  if (!last) return true;
  const interval = monitoringIntervalMs(p.type, p.details);
  if (interval !== null && now.getTime() - time(last.analysed_at) > interval) return true;
  return p.type === 'hot_work' && chinaDate(new Date(last.analysed_at)) !== chinaDate(now);
}
