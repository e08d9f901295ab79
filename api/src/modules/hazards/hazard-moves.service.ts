import type { Who } from '../../auth/actor.js';
import type { Db, Executor, HazardRow, HazardTable } from '@shuangfang/db';
import type { Updateable } from 'kysely';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.js';
import { chinaDateTime } from '../../lib/china-time.js';
import { requireUploads } from '../uploads/uploads.service.js';
import { appendEvent, type EventInput } from './hazard-events.repository.js';
import {
  extensionDecider,
  mayRead,
  requireMayDecideExtension,
  requireMayMove,
  requireMayRequestExtension,
} from './hazards.access.js';
import { draftEventReport } from '../reports/report-drafts.js';
import { emit } from '../notifications/outbox.js';
import {
  extensionDecided,
  extensionRequested,
  hazardAssigned,
} from '../notifications/notification-events.js';
import {
  extendSupervisionDeadline,
  lockListedSupervision,
} from '../supervision/hazard-supervision.js';
import { confirmationProblems } from './hazard-plan.js';
import { confirmedCriterion } from './hazard-criterion.js';
import { isFinal, nextState, STATE_NAMES } from './hazard-states.js';
import * as repo from './hazards.repository.js';
import type { MoveInput } from './hazards.schemas.js';
import { detail } from './hazards.service.js';

// Every change of a hazard runs in one transaction that first locks the hazard row: of two moves
// sent at once, the second waits, then sees the state the first left and is refused (409). The
// event is appended in the same transaction, so a move and its record commit together or not at
// all.

/** Always a transaction here: the hazard row lock lasts until it ends. */
type Trx = Executor;

/** The hazard locked for this transaction; 404 when it is not there for this caller. */
async function lockReadable(trx: Trx, who: Who, enterpriseId: string, hazardId: string) {
  const hazard = await repo.lockHazard(trx, enterpriseId, hazardId);
  if (!hazard || !mayRead(who, hazard)) throw notFound('隐患');
  return hazard;
}

const event = (
  who: Who,
  h: HazardRow,
  rest: Omit<EventInput, 'enterpriseId' | 'hazardId' | 'actorId' | 'actorName'>,
): EventInput => ({
  enterpriseId: h.enterprise_id,
  hazardId: h.id,
  actorId: who.userId,
  actorName: who.displayName,
  ...rest,
});

/** A 限期整改 plan's responsible user must work for the enterprise. */
async function checkResponsibleUser(
  trx: Trx,
  enterpriseId: string,
  userId: string | null | undefined,
) {
  if (!userId) return;
  if (!(await repo.memberRole(trx, enterpriseId, userId))) {
    throw invalid('plan.responsibleUserId', '整改责任人须是本企业在职人员');
  }
}

/** What the move changes on the hazard, and what its event records. */
async function apply(trx: Trx, who: Who, h: HazardRow, input: MoveInput) {
  const to = nextState(h.state, input.action);
  const common = { action: input.action, fromState: h.state, toState: to, attachments: [] };
  switch (input.action) {
    case 'reject':
      return {
        values: { state: to },
        event: { ...common, comment: input.reason, payload: { reason: input.reason } },
      };
    case 'confirm': {
      const issues = confirmationProblems(input.grade, input.manageType, input.plan, new Date());
      if (issues.length > 0) {
        const message = issues.map((i) => `${i.path}: ${i.message}`).join('；');
        throw new AppError(422, 'VALIDATION', message, issues);
      }
      await checkResponsibleUser(trx, h.enterprise_id, input.plan?.responsibleUserId);
      const link = await confirmedCriterion(trx, h, input);
      const { deadline, responsibleUserId, ...plan } = input.plan ?? {};
      const values: Updateable<HazardTable> = {
        state: to,
        grade: input.grade,
        manage_type: input.manageType,
        deadline: deadline ? new Date(deadline) : null,
        plan: input.plan ? plan : null,
        responsible_user_id: responsibleUserId ?? null,
        ...link.values,
      };
      const payload = {
        grade: input.grade,
        manageType: input.manageType,
        deadline: deadline ? new Date(deadline).toISOString() : null,
        plan: input.plan ? { ...plan, responsibleUserId: responsibleUserId ?? null } : null,
        ...link.payload,
      };
      return { values, event: { ...common, comment: input.comment ?? null, payload } };
    }
    case 'submit':
      await requireUploads(trx, h.enterprise_id, input.afterPhotos, 'afterPhotos');
      return {
        values: { state: to, rectifier_id: who.userId },
        event: {
          ...common,
          comment: input.note,
          attachments: input.afterPhotos,
          payload: { note: input.note },
        },
      };
    case 'accept': {
      // A closed hazard needs no more time: a request still pending closes with it.
      const withdrawn = await repo.withdrawPendingExtension(trx, h.enterprise_id, h.id, who.userId);
      return {
        values: { state: to, closed_at: new Date() },
        event: {
          ...common,
          comment: input.comment ?? null,
          payload: withdrawn ? { withdrawnExtensionId: withdrawn } : {},
        },
      };
    }
    case 'reject_acceptance':
      return {
        values: { state: to },
        event: { ...common, comment: input.reason, payload: { reason: input.reason } },
      };
  }
}

export async function move(
  db: Db,
  who: Who,
  enterpriseId: string,
  hazardId: string,
  input: MoveInput,
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  await db.transaction().execute(async (trx) => {
    const h = await lockReadable(trx, who, enterprise.id, hazardId);
    requireMayMove(who, h, input.action);
    const change = await apply(trx, who, h, input);
    await repo.updateHazard(trx, h.enterprise_id, h.id, change.values);
    const at = await appendEvent(trx, event(who, h, change.event));
    // Reminders of the move, in its transaction (notifications/outbox.ts).
    const after = { ...h, ...change.values } as HazardRow;
    if (input.action === 'confirm' && after.responsible_user_id) {
      const why = `已确认为${input.grade}隐患（${input.manageType}），请按治理方案整改`;
      await emit(trx, hazardAssigned(after, why, at));
    }
    if (input.action === 'reject_acceptance') {
      await emit(trx, hazardAssigned(after, `验收不通过：${input.reason}`, at));
    }
    // 双报告: a 重大隐患 confirmed or closed has its report drafted in the same transaction.
    if (input.action === 'confirm' && input.grade === '重大') {
      await draftEventReport(trx, who, h.enterprise_id, h.id, 'major_initial');
    }
    if (input.action === 'accept' && h.grade === '重大') {
      await draftEventReport(trx, who, h.enterprise_id, h.id, 'major_closure');
    }
  });
  return detail(db, who, enterprise.id, hazardId);
}

/** Final hazards are not changed by anyone, extensions included. */
function requireOpen(h: HazardRow) {
  if (isFinal(h.state)) {
    throw new AppError(
      409,
      'ILLEGAL_TRANSITION',
      `当前状态为「${STATE_NAMES[h.state]}」，已办结，不允许任何操作`,
    );
  }
}

export async function requestExtension(
  db: Db,
  who: Who,
  enterpriseId: string,
  hazardId: string,
  input: { requestedDeadline: string; reason: string },
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  await db.transaction().execute(async (trx) => {
    const h = await lockReadable(trx, who, enterprise.id, hazardId);
    requireMayRequestExtension(who, h);
    requireOpen(h);
    if (h.state !== 'rectifying') {
      throw new AppError(
        409,
        'ILLEGAL_TRANSITION',
        `当前状态为「${STATE_NAMES[h.state]}」，只有整改中的隐患可以申请延期`,
      );
    }
    if (!h.deadline) throw conflict('该隐患没有整改期限，无需延期');
    if (await repo.findPendingExtension(trx, h.enterprise_id, h.id)) {
      throw conflict('已有待审批的延期申请，请等待审批结果');
    }
    const previous = new Date(h.deadline);
    const requested = new Date(input.requestedDeadline);
    if (requested <= previous) {
      throw invalid('requestedDeadline', `须晚于当前整改期限（${chinaDateTime(previous)}）`);
    }
    const supervision = await lockListedSupervision(trx, h.enterprise_id, h.id);
    const extensionId = await repo.insertExtension(trx, {
      enterprise_id: h.enterprise_id,
      hazard_id: h.id,
      previous_deadline: previous,
      requested_deadline: requested,
      reason: input.reason,
      requested_by: who.userId,
      requested_at: new Date(),
    });
    await appendEvent(
      trx,
      event(who, h, {
        action: 'request_extension',
        fromState: h.state,
        toState: h.state,
        comment: input.reason,
        attachments: [],
        payload: {
          extensionId,
          previousDeadline: previous.toISOString(),
          requestedDeadline: requested.toISOString(),
        },
      }),
    );
    await emit(
      trx,
      extensionRequested(
        h,
        { id: extensionId, requested_deadline: requested, reason: input.reason },
        extensionDecider(h, supervision?.agency_id ?? null),
      ),
    );
  });
  return detail(db, who, enterprise.id, hazardId);
}

export async function decideExtension(
  db: Db,
  who: Who,
  enterpriseId: string,
  hazardId: string,
  extensionId: string,
  input: { decision: 'approved' } | { decision: 'refused'; reason: string },
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  await db.transaction().execute(async (trx) => {
    const h = await lockReadable(trx, who, enterprise.id, hazardId);
    const x = await repo.lockExtension(trx, h.enterprise_id, h.id, extensionId);
    if (!x) throw notFound('延期申请');
    const supervision = await lockListedSupervision(trx, h.enterprise_id, h.id);
    requireMayDecideExtension(who, h, supervision?.agency_id ?? null);
    requireOpen(h);
    if (x.state !== 'pending') throw conflict('该延期申请已审批');
    const refusal = input.decision === 'refused' ? input.reason : null;
    await repo.decideExtension(trx, h.enterprise_id, x.id, {
      state: input.decision,
      decided_by: who.userId,
      decided_at: new Date(),
      refusal_reason: refusal,
    });
    const deadline = new Date(x.requested_deadline);
    if (input.decision === 'approved') {
      await repo.updateHazard(trx, h.enterprise_id, h.id, { deadline });
      // The supervising agency granted the time itself: its 督办 deadline follows.
      if (supervision) {
        await extendSupervisionDeadline(trx, h.enterprise_id, supervision.id, deadline);
      }
    }
    await appendEvent(
      trx,
      event(who, h, {
        action: input.decision === 'approved' ? 'approve_extension' : 'refuse_extension',
        fromState: h.state,
        toState: h.state,
        comment: refusal,
        attachments: [],
        payload:
          input.decision === 'approved'
            ? {
                extensionId: x.id,
                previousDeadline: h.deadline ? new Date(h.deadline).toISOString() : null,
                deadline: deadline.toISOString(),
              }
            : { extensionId: x.id, reason: refusal },
      }),
    );
    await emit(trx, extensionDecided(h, x, refusal));
  });
  return detail(db, who, enterprise.id, hazardId);
}
