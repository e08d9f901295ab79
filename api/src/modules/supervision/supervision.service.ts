import type { z } from '@hono/zod-openapi';
import type { Db, Executor } from '@shuangfang/db';
import type { ActingMembership, Who } from '../../auth/actor.js';
import { jurisdictionFilterPath, requireEnterpriseInScope } from '../../auth/scope.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import { decodeTimeCursor, toPage } from '../../lib/pagination.js';
import { STATE_NAMES } from '../hazards/hazard-states.js';
import { lockHazard } from '../hazards/hazards.repository.js';
import { detail } from '../hazards/hazards.service.js';
import { publicSupervisionDto, supervisionListItemDto } from './supervision.dto.js';
import * as repo from './supervision.repository.js';
import { supervisionListed } from '../notifications/notification-events.js';
import { emit } from '../notifications/outbox.js';
import type { SuperviseBody, SupervisionQuery, UnlistBody } from './supervision.schemas.js';

// 挂牌督办 (docs/domain.md section 2). An agency lists an open 重大隐患 of its subtree: graded 重大 and
// in `rectifying` or `awaiting_acceptance`. A `reported` hazard cannot be listed: it is not graded
// yet, so nobody has said it is major; `closed` and `rejected` are not open. The listing agency
// then decides the hazard's extension requests (hazards.access.ts) and unlists it once the
// hazard is accepted and closed. Each change locks the hazard row first, like the hazard moves,
// so a listing and a move on one hazard happen one after the other.

const SUPERVISABLE_STATES = new Set(['rectifying', 'awaiting_acceptance']);

/** The hazard locked for this transaction, in the caller's scope (else 404). */
async function lockInScope(trx: Executor, who: Who, enterpriseId: string, hazardId: string) {
  const enterprise = await requireEnterpriseInScope(trx, who, enterpriseId);
  const hazard = await lockHazard(trx, enterprise.id, hazardId);
  if (!hazard) throw notFound('隐患');
  return hazard;
}

function requireAgency(who: ActingMembership): string {
  if (!who.agencyId) throw forbidden('只有监管部门可以挂牌督办');
  return who.agencyId;
}

export async function supervise(
  db: Db,
  who: Who,
  enterpriseId: string,
  hazardId: string,
  body: z.infer<typeof SuperviseBody>,
) {
  const agencyId = requireAgency(who);
  const deadline = new Date(body.deadline);
  if (deadline <= new Date()) throw invalid('deadline', '督办期限须晚于当前时间');
  await db.transaction().execute(async (trx) => {
    const h = await lockInScope(trx, who, enterpriseId, hazardId);
    if (!SUPERVISABLE_STATES.has(h.state)) {
      throw new AppError(
        409,
        'ILLEGAL_TRANSITION',
        `当前状态为「${STATE_NAMES[h.state]}」，只有整改中或待验收的重大隐患可以挂牌督办`,
      );
    }
    if (h.grade !== '重大') {
      throw conflict(`该隐患等级为「${h.grade ?? '未定级'}」，只有重大隐患可以挂牌督办`);
    }
    if (await repo.lockListed(trx, h.enterprise_id, h.id)) {
      throw conflict('该隐患已在挂牌督办中');
    }
    if (await repo.findByNumber(trx, agencyId, body.number)) {
      throw conflict(`督办编号「${body.number}」已被本机构使用`);
    }
    const supervisionId = await repo.insertSupervision(trx, {
      enterprise_id: h.enterprise_id,
      hazard_id: h.id,
      agency_id: agencyId,
      number: body.number,
      deadline,
      requirements: body.requirements,
      state: 'listed',
      listed_by: who.userId,
    });
    const listing = {
      id: supervisionId,
      number: body.number,
      deadline,
      requirements: body.requirements,
    };
    await emit(trx, supervisionListed(h, listing));
  });
  return detail(db, who, enterpriseId, hazardId);
}

export async function unlist(
  db: Db,
  who: Who,
  enterpriseId: string,
  hazardId: string,
  body: z.infer<typeof UnlistBody>,
) {
  requireAgency(who);
  await db.transaction().execute(async (trx) => {
    const h = await lockInScope(trx, who, enterpriseId, hazardId);
    const s = await repo.lockListed(trx, h.enterprise_id, h.id);
    if (!s) throw notFound('挂牌督办');
    if (s.agency_id !== who.agencyId) throw forbidden('只有挂牌的监管部门可以摘牌');
    if (h.state !== 'closed') {
      throw new AppError(
        409,
        'ILLEGAL_TRANSITION',
        `隐患当前状态为「${STATE_NAMES[h.state]}」，验收销号（已销号）后才能摘牌`,
      );
    }
    await repo.unlist(trx, h.enterprise_id, s.id, who.userId, body.note ?? null);
  });
  return detail(db, who, enterpriseId, hazardId);
}

/** The supervisions in the agency's subtree (its own and those of the agencies below). */
export async function list(db: Db, m: ActingMembership, q: z.infer<typeof SupervisionQuery>) {
  if (!m.agencyId || !m.jurisdictionPath) throw forbidden();
  const rows = await repo.listInSubtree(
    db,
    (await jurisdictionFilterPath(db, m, q.jurisdictionCode)) ?? m.jurisdictionPath,
    {
      state: q.state,
      overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
      agencyId: q.mine === 'true' ? m.agencyId : undefined,
    },
    q.limit,
    decodeTimeCursor(q.cursor),
  );
  const page = toPage(rows, q.limit, (s) => [new Date(s.listed_at).toISOString(), s.id]);
  return { items: page.items.map(supervisionListItemDto), nextCursor: page.nextCursor };
}

/** The agency's public page: every listing and unlisting, newest first. */
export async function listPublic(db: Db, agencyId: string, q: { limit: number; cursor?: string }) {
  const agency = await repo.findAgency(db, agencyId);
  if (!agency) throw notFound('机构');
  const rows = await repo.listPublic(db, agency.id, q.limit, decodeTimeCursor(q.cursor));
  const page = toPage(rows, q.limit, (s) => [new Date(s.listed_at).toISOString(), s.id]);
  return {
    agency: {
      id: agency.id,
      name: agency.name,
      jurisdictionCode: agency.jurisdiction_code,
      jurisdictionName: agency.jurisdiction_name,
    },
    items: page.items.map(publicSupervisionDto),
    nextCursor: page.nextCursor,
  };
}
