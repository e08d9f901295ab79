import type { z } from '@hono/zod-openapi';
import type { Db, Executor, PermitAction, PermitSignerRole, PermitState } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import { settingsAt } from '../jurisdictions/jurisdictions.service.js';
import { judgeReading, missingReading } from './gas-limits.js';
import { contextOf } from './permit-context.js';
import { blockers, nextApproval, type Facts } from './permit-facts.js';
import { maxValidityHours } from './permit-rules.js';
import { requireMove } from './permit-states.js';
import { appendStep } from './permit-steps.js';
import { mayAct, maySign, PERMIT_FORBIDDEN } from './permits.access.js';
import type { Context } from './permits.dto.js';
import * as repo from './permits.repository.js';
import type {
  ApproveBody,
  BriefBody,
  ConfirmMeasuresBody,
  ExtendBody,
  GasSampleBody,
  NoteBody,
  ReasonBody,
} from './permits.schemas.js';
import { getOne } from './permits.service.js';

// Every step after the application (docs/domain-chemicals.md section 5). One shape for all:
// scope (404), who may take this step on this permit at all (403), then under the permit's lock
// the state (409 ILLEGAL_TRANSITION), the step's preconditions (409 naming them), and the write:
// the permit's row and one signed step in the same transaction.

const HOUR = 3_600_000;
const MINUTE = 60_000;

interface Step {
  role?: PermitSignerRole | null;
  comment?: string | null;
  payload?: Record<string, unknown>;
}

type Apply = (
  trx: Executor,
  p: repo.PermitRow,
  facts: Facts,
  ctx: Context,
  enterprise: { id: string; jurisdiction_code: string },
) => Promise<Step & { state?: PermitState; set?: Parameters<typeof repo.updatePermit>[3] }>;

async function act(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  action: PermitAction,
  now: Date,
  apply: Apply,
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const found = await repo.findPermit(db, enterprise.id, id);
  if (!found) throw notFound('作业票');
  const ctx = await contextOf(db, who, enterprise.id, now);
  if (!mayAct(ctx.caller, found, action)) throw forbidden(PERMIT_FORBIDDEN[action]);
  await db.transaction().execute(async (trx) => {
    await repo.lockPermit(trx, enterprise.id, id);
    const p = (await repo.findPermit(trx, enterprise.id, id))!;
    requireMove(p.state, action);
    const [samples, steps, open] = await Promise.all([
      repo.samplesOf(trx, enterprise.id, id),
      repo.stepsOf(trx, enterprise.id, id),
      repo.permitsInStates(trx, enterprise.id, ['in_progress', 'interrupted']),
    ]);
    const facts: Facts = { samples, approvals: steps.filter((s) => s.action === 'approve').length };
    const blocked = blockers(action, p, facts, open, now);
    if (blocked.length > 0) throw conflict(blocked.join('；'));
    const out = await apply(trx, p, facts, { ...ctx, open }, enterprise);
    if (out.state || out.set) {
      await repo.updatePermit(trx, enterprise.id, id, {
        ...(out.state ? { state: out.state } : {}),
        ...out.set,
      });
    }
    await appendStep(trx, {
      enterpriseId: enterprise.id,
      permitId: id,
      action,
      role: out.role ?? null,
      actorId: who.userId,
      actorName: who.displayName,
      at: now,
      comment: out.comment ?? null,
      payload: out.payload ?? {},
    });
  });
  return getOne(db, who, enterprise.id, id, now);
}

/** 安全措施确认: item by item, each by a named account; all confirmed moves the permit on. */
export function confirmMeasures(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof ConfirmMeasuresBody>,
  now = new Date(),
) {
  return act(db, who, enterpriseId, id, 'confirm_measure', now, async (trx, p) => {
    const measures = await repo.measuresOf(trx, p.enterprise_id, p.id);
    const seen = new Set<number>();
    for (const [i, item] of body.items.entries()) {
      const m = measures.find((x) => x.seq === item.seq);
      if (!m || seen.has(item.seq)) throw invalid(`items.${i}.seq`, '没有这一项安全措施，或重复');
      if (m.confirmed_by) throw conflict(`第${item.seq}项安全措施已由${m.confirmed_by_name}确认`);
      seen.add(item.seq);
      await repo.confirmMeasure(
        trx,
        p.enterprise_id,
        p.id,
        item.seq,
        item.involved,
        who.userId,
        now,
      );
    }
    const left = measures.filter((m) => !m.confirmed_by && !seen.has(m.seq)).length;
    return {
      payload: { items: body.items.map((i) => ({ seq: i.seq, involved: i.involved })) },
      ...(left === 0 ? { state: 'measures_confirmed' as const } : {}),
    };
  });
}

/**
 * 气体分析: judged against the limits when recorded. A sample that fails while the work is in
 * progress stops it at once (5.2.6, 6.5): the permit is interrupted in the same transaction.
 */
export async function recordGas(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof GasSampleBody>,
  now = new Date(),
) {
  const analysedAt = new Date(body.analysedAt);
  if (analysedAt.getTime() > now.getTime() + MINUTE) throw invalid('analysedAt', '不能晚于现在');
  if (analysedAt.getTime() < now.getTime() - 24 * HOUR) {
    throw invalid('analysedAt', '只能补记24小时内的分析');
  }
  const result = await act(db, who, enterpriseId, id, 'record_gas', now, async (trx, p) => {
    const readings = body.readings.map((r, i) => {
      const judged = judgeReading(r, p.type, p.details, `readings.${i}`);
      if ('problem' in judged) throw invalid(judged.problem.path, judged.problem.message);
      return judged.reading;
    });
    const missing = missingReading(readings, p.type, p.details);
    if (missing) throw invalid('readings', missing);
    const passed = readings.every((r) => r.passed);
    await trx
      .insertInto('work_permit_gas')
      .values({
        enterprise_id: p.enterprise_id,
        permit_id: p.id,
        analysed_at: analysedAt,
        point: body.point,
        readings,
        passed,
        analyst_id: who.userId,
      })
      .execute();
    const stops = !passed && p.state === 'in_progress';
    return {
      comment: stops ? '气体分析不合格，作业立即中断' : null,
      payload: { analysedAt: analysedAt.toISOString(), point: body.point, readings, passed },
      ...(stops ? { state: 'interrupted' as const, set: { interrupted_at: now } } : {}),
    };
  });
  return result;
}

/** 安全交底: after the measures (and a passing gas analysis where required). */
export function brief(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof BriefBody>,
  now = new Date(),
) {
  return act(db, who, enterpriseId, id, 'brief', now, async () => ({
    state: 'briefed',
    payload: { recipients: body.recipients, topics: body.topics ?? null },
  }));
}

/** One signature of the chain, in order, by the account holding that line's duty. */
export function approve(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof ApproveBody>,
  now = new Date(),
) {
  return act(db, who, enterpriseId, id, 'approve', now, async (_trx, p, facts, ctx) => {
    const next = nextApproval(p, facts)!;
    if (!maySign(ctx.caller, p, next)) {
      throw conflict(`须先由「${next.label}」签署`);
    }
    const last = facts.approvals + 1 === p.approval_chain.length;
    return {
      role: next.role,
      comment: body.comment ?? null,
      payload: { label: next.label, onSite: true },
      ...(last ? { state: 'approved' as const } : {}),
    };
  });
}

export function start(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof NoteBody>,
  now = new Date(),
) {
  return act(db, who, enterpriseId, id, 'start', now, async (_trx, p) => ({
    comment: body.comment ?? (p.type === 'hot_work' ? '动火前验票' : null),
    state: 'in_progress',
    set: { started_at: now, interrupted_at: null },
  }));
}

export function interrupt(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof ReasonBody>,
  now = new Date(),
) {
  return act(db, who, enterpriseId, id, 'interrupt', now, async () => ({
    comment: body.reason,
    state: 'interrupted',
    set: { interrupted_at: now },
  }));
}

export function resume(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof NoteBody>,
  now = new Date(),
) {
  return act(db, who, enterpriseId, id, 'resume', now, async () => ({
    comment: body.comment ?? null,
    state: 'in_progress',
    set: { interrupted_at: null },
  }));
}

/** Only up to the level's longest validity from its start (4.16: beyond it, a new permit). */
export function extend(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof ExtendBody>,
  now = new Date(),
) {
  return act(db, who, enterpriseId, id, 'extend', now, async (trx, p, _f, _c, enterprise) => {
    const to = new Date(body.validTo);
    if (to <= new Date(p.valid_to)) throw invalid('validTo', '须晚于现有的有效期');
    const settings = await settingsAt(trx, enterprise.jurisdiction_code);
    const max = maxValidityHours(p.type, p.level, settings, true);
    if (max !== null && to.getTime() - new Date(p.valid_from).getTime() > max * HOUR) {
      throw invalid(
        'validTo',
        `不能超过自作业实施时间起 ${max} 小时；超过须重新办理作业票（4.16）`,
      );
    }
    return {
      comment: body.reason,
      payload: { from: new Date(p.valid_to).toISOString(), to: to.toISOString() },
      set: { valid_to: to },
    };
  });
}

export function complete(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof NoteBody>,
  now = new Date(),
) {
  return act(db, who, enterpriseId, id, 'complete', now, async () => ({
    comment: body.comment ?? null,
    state: 'completed',
    set: { completed_at: now },
  }));
}

/** 完工验收 (4.15). */
export function accept(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof NoteBody>,
  now = new Date(),
) {
  return act(db, who, enterpriseId, id, 'accept', now, async () => ({
    comment: body.comment ?? null,
    state: 'accepted',
    set: { closed_at: now },
  }));
}

export function cancel(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof ReasonBody>,
  now = new Date(),
) {
  return act(db, who, enterpriseId, id, 'cancel', now, async () => ({
    comment: body.reason,
    state: 'cancelled',
    set: { cancel_reason: body.reason, closed_at: now },
  }));
}
