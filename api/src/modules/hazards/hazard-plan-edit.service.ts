import type { Who } from '../../auth/actor.js';
import type { z } from '@hono/zod-openapi';
import type { Db } from '@shuangfang/db';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { AppError, forbidden, invalid, notFound } from '../../lib/errors.js';
import { hazardAssigned } from '../notifications/notification-events.js';
import { emit } from '../notifications/outbox.js';
import { appendEvent } from './hazard-events.repository.js';
import { isManager, mayRead } from './hazards.access.js';
import { confirmationProblems } from './hazard-plan.js';
import { STATE_NAMES } from './hazard-states.js';
import * as repo from './hazards.repository.js';
import type { PlanEditBody } from './hazards.schemas.js';
import { detail } from './hazards.service.js';

// A plan changes while the work goes on: other measures, another responsible person, more money,
// a new deadline. Only while the hazard is rectifying, only by the enterprise's managers, and
// always as an event that records the plan before and after, so the log shows what was promised
// when. A regulator's deadline is the regulator's: it moves only through an extension request.

type Input = z.infer<typeof PlanEditBody>;

export async function editPlan(db: Db, who: Who, enterpriseId: string, id: string, input: Input) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  await db.transaction().execute(async (trx) => {
    const h = await repo.lockHazard(trx, enterprise.id, id);
    if (!h || !mayRead(who, h)) throw notFound('隐患');
    if (!isManager(who)) throw forbidden('只有企业主要负责人或安全管理员可以修改治理方案');
    if (h.state !== 'rectifying' || !h.grade || !h.manage_type) {
      throw new AppError(
        409,
        'ILLEGAL_TRANSITION',
        `当前状态为「${STATE_NAMES[h.state]}」，只有整改中的隐患可以修改治理方案`,
      );
    }
    const { reason, plan } = input;
    const before = h.deadline ? new Date(h.deadline).toISOString() : null;
    const deadline = plan.deadline ? new Date(plan.deadline).toISOString() : before;
    const deadlineChanged = deadline !== before;
    if (deadlineChanged && h.found_by_agency_id) {
      throw invalid('plan.deadline', '监管部门确定的整改期限只能通过延期申请变更');
    }
    // The plan must stay complete; the deadline must lie ahead only when it is being changed.
    const issues = confirmationProblems(
      h.grade,
      h.manage_type,
      { ...plan, deadline: deadline ?? undefined },
      deadlineChanged ? new Date() : new Date(0),
    );
    if (issues.length > 0) {
      const message = issues.map((i) => `${i.path}: ${i.message}`).join('；');
      throw new AppError(422, 'VALIDATION', message, issues);
    }
    const responsibleUserId = plan.responsibleUserId ?? null;
    if (responsibleUserId && !(await repo.memberRole(trx, h.enterprise_id, responsibleUserId))) {
      throw invalid('plan.responsibleUserId', '整改责任人须是本企业在职人员');
    }
    const { deadline: _d, responsibleUserId: _r, ...stored } = plan;
    await repo.updateHazard(trx, h.enterprise_id, h.id, {
      plan: stored,
      deadline: deadline ? new Date(deadline) : null,
      responsible_user_id: responsibleUserId,
    });
    const at = await appendEvent(trx, {
      enterpriseId: h.enterprise_id,
      hazardId: h.id,
      actorId: who.userId,
      actorName: who.displayName,
      action: 'edit_plan',
      fromState: h.state,
      toState: h.state,
      comment: reason,
      attachments: [],
      payload: {
        before: { ...(h.plan ?? {}), deadline: before, responsibleUserId: h.responsible_user_id },
        after: { ...stored, deadline, responsibleUserId },
      },
    });
    // A newly named responsible person is told, in this transaction (notifications/outbox.ts).
    if (responsibleUserId && responsibleUserId !== h.responsible_user_id) {
      const assigned = {
        ...h,
        responsible_user_id: responsibleUserId,
        deadline: deadline ? new Date(deadline) : null,
      };
      await emit(trx, hazardAssigned(assigned, '治理方案变更，您被指定为整改责任人', at));
    }
  });
  return detail(db, who, enterprise.id, id);
}
