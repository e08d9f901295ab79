import type { PermitAction, PermitState } from '@shuangfang/db';
import {
  PERMIT_ACTION_LABELS,
  PERMIT_LEVEL_LABELS,
  PERMIT_STATE_LABELS,
  PERMIT_TYPE_LABELS,
} from '../../lib/chemical-labels.js';
import { detailLines } from './permit-print.js';
import {
  blockers,
  gasAnalysisDue,
  nextApproval,
  validityExpired,
  type Facts,
  type OpenPermit,
} from './permit-facts.js';
import { gasRequired } from './permit-rules.js';
import { MOVES } from './permit-states.js';
import { verifySteps } from './permit-steps.js';
import { mayAct, maySign, whoActs, type Caller } from './permits.access.js';
import type { PermitRow, SampleRow, StepRow } from './permits.repository.js';
import type { PERMIT_DTO_ACTIONS } from './permits.schemas.js';

type DtoAction = (typeof PERMIT_DTO_ACTIONS)[number];

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

const DTO_ACTION: Record<DtoAction, PermitAction> = {
  confirm_measures: 'confirm_measure',
  record_gas: 'record_gas',
  brief: 'brief',
  approve: 'approve',
  start: 'start',
  interrupt: 'interrupt',
  resume: 'resume',
  extend: 'extend',
  complete: 'complete',
  accept: 'accept',
  cancel: 'cancel',
};

/** What the permit waits for in each state. */
function awaitedAction(p: PermitRow, f: Facts): PermitAction | null {
  const waits: Record<PermitState, PermitAction | null> = {
    applied: 'confirm_measure',
    measures_confirmed:
      gasRequired(p.type, p.details) && !f.samples.at(-1)?.passed ? 'record_gas' : 'brief',
    briefed: 'approve',
    approved: 'start',
    in_progress: 'complete',
    interrupted: 'resume',
    completed: 'accept',
    accepted: null,
    cancelled: null,
  };
  return waits[p.state];
}

export interface Context {
  caller: Caller;
  open: OpenPermit[];
  now: Date;
}

export function summaryDto(p: PermitRow, f: Facts, ctx: Context) {
  const next = nextApproval(p, f);
  const actions = (Object.keys(DTO_ACTION) as DtoAction[]).filter((a) => {
    const action = DTO_ACTION[a];
    if (!MOVES[p.state].includes(action) || !mayAct(ctx.caller, p, action)) return false;
    if (action === 'approve' && (!next || !maySign(ctx.caller, p, next))) return false;
    return blockers(action, p, f, ctx.open, ctx.now).length === 0;
  });
  const awaited = awaitedAction(p, f);
  return {
    id: p.id,
    number: p.number,
    type: p.type,
    typeLabel: PERMIT_TYPE_LABELS[p.type],
    level: p.level,
    levelLabel: p.level ? PERMIT_LEVEL_LABELS[p.level] : null,
    state: p.state,
    stateLabel: PERMIT_STATE_LABELS[p.state],
    content: p.content,
    location: p.location,
    workUnit: p.work_unit,
    contractor: p.contractor,
    workLeader: { id: p.work_leader_id, name: p.work_leader_name },
    guard: { id: p.guard_id, name: p.guard_name },
    validFrom: iso(p.valid_from)!,
    validTo: iso(p.valid_to)!,
    validityExpired: validityExpired(p, ctx.now),
    awaiting: awaited
      ? {
          action: awaited,
          actionLabel: PERMIT_ACTION_LABELS[awaited],
          who: whoActs(p, awaited, next),
          blockers: blockers(awaited, p, f, ctx.open, ctx.now),
        }
      : null,
    actions,
  };
}

export interface Detail {
  measures: {
    seq: number;
    text: string;
    involved: boolean | null;
    confirmed_by: string | null;
    confirmed_by_name: string | null;
    confirmed_at: Date | null;
  }[];
  samples: SampleRow[];
  steps: StepRow[];
  majorHazards: { id: string; code: string; name: string }[];
}

const signed = (s: StepRow | undefined) =>
  s ? { by: { id: s.actor_id, name: s.actor_name }, at: iso(s.at)! } : null;

export function detailDto(p: PermitRow, d: Detail, ctx: Context) {
  const approvals = d.steps.filter((s) => s.action === 'approve');
  const facts: Facts = { samples: d.samples, approvals: approvals.length };
  const briefing = d.steps.find((s) => s.action === 'brief');
  const start = d.steps.find((s) => s.action === 'start');
  const accept = d.steps.find((s) => s.action === 'accept');
  return {
    ...summaryDto(p, facts, ctx),
    applicant: { id: p.applicant_id, name: p.applicant_name },
    applicantUnit: p.applicant_unit,
    appliedAt: iso(p.applied_at)!,
    riskUnit: p.risk_unit_id ? { id: p.risk_unit_id, name: p.risk_unit_name ?? '' } : null,
    majorHazards: d.majorHazards,
    guardCertificate: p.guard_certificate,
    workers: p.workers.map((w) => ({
      name: w.name,
      certificate: w.certificate,
      userId: (w as { userId?: string }).userId ?? null,
    })),
    relatedNumbers: p.related_numbers,
    hazardIdentification: p.hazard_identification,
    details: p.details,
    detailLines: detailLines(p),
    measures: d.measures.map((m) => ({
      seq: m.seq,
      text: m.text,
      involved: m.involved,
      confirmed:
        m.confirmed_by && m.confirmed_at
          ? {
              by: { id: m.confirmed_by, name: m.confirmed_by_name ?? '' },
              at: iso(m.confirmed_at)!,
            }
          : null,
    })),
    gasRequired: gasRequired(p.type, p.details),
    continuousMonitoring:
      p.type === 'confined_space' || (p.type === 'hot_work' && p.level === 'hot_special'),
    gasSamples: d.samples.map((s) => ({
      id: s.id,
      analysedAt: iso(s.analysed_at)!,
      point: s.point,
      analyst: { id: s.analyst_id, name: s.analyst_name },
      passed: s.passed,
      readings: s.readings,
    })),
    gasAnalysisDue: gasAnalysisDue(p, facts, ctx.now),
    briefing: briefing
      ? {
          ...signed(briefing)!,
          recipients: (briefing.payload.recipients ?? []) as string[],
          topics: (briefing.payload.topics ?? null) as string | null,
        }
      : null,
    signatures: p.approval_chain.map((entry, i) => {
      const s = approvals[i];
      return {
        role: entry.role,
        label: entry.label,
        signed: s ? { ...signed(s)!, comment: s.comment } : null,
      };
    }),
    ticketCheck: p.type === 'hot_work' ? signed(start) : null,
    startedAt: iso(p.started_at),
    completedAt: iso(p.completed_at),
    acceptance: accept ? { ...signed(accept)!, comment: accept.comment } : null,
    cancelReason: p.cancel_reason,
    steps: d.steps.map((s) => ({
      seq: s.seq,
      action: s.action,
      actionLabel: PERMIT_ACTION_LABELS[s.action],
      role: s.role,
      by: { id: s.actor_id, name: s.actor_name },
      at: iso(s.at)!,
      comment: s.comment,
      payload: s.payload,
      hash: s.hash,
    })),
    stepsVerified: verifySteps(d.steps),
  };
}
