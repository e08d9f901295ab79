import type { Db, Executor } from '@shuangfang/db';
import type { ActingMembership, Who } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import type { z } from '@hono/zod-openapi';
import { libraryItem } from '../check-items/check-item-adoption.service.js';
import type { AdoptInput } from '../check-items/check-items.schemas.js';
import * as repo from './directory.repository.js';
import type {
  ConflictBody,
  InspectorBody,
  InspectorPatch,
  ItemBody,
} from './inspections.schemas.js';

// The agency's directory of 执法人员, their declared conflicts of interest, and its catalogue of
// 抽查事项. Everything is the caller's own agency's: another agency's row answers 404.

export const agencyOf = (who: ActingMembership) => who.agencyId!;

const inspectorDto = (r: {
  id: string;
  name: string;
  badge_number: string;
  user_id: string | null;
  user_name: string | null;
  active: boolean;
}) => ({
  id: r.id,
  name: r.name,
  badgeNumber: r.badge_number,
  userId: r.user_id,
  userName: r.user_name,
  active: r.active,
});

export async function listInspectors(db: Db, who: Who) {
  return { items: (await repo.listInspectors(db, agencyOf(who))).map(inspectorDto) };
}

/** The account must be an active 执法人员 (inspector role) of the same agency. */
async function requireInspectorAccount(db: Db, agencyId: string, userId: string) {
  if (!(await repo.findInspectorMembership(db, agencyId, userId))) {
    throw invalid('userId', '关联账号须是本部门在用的执法人员账号');
  }
}

async function requireBadgeFree(db: Db, badge: string, exceptId?: string) {
  if (await repo.findByBadge(db, badge, exceptId)) throw conflict(`执法证号 ${badge} 已登记`);
}

async function requireAccountFree(db: Db, agencyId: string, userId: string, exceptId?: string) {
  const other = await repo.findByAccount(db, agencyId, userId, exceptId);
  if (other) throw conflict(`该账号已关联执法人员「${other.name}」`);
}

export async function createInspector(db: Db, who: Who, body: z.infer<typeof InspectorBody>) {
  const agencyId = agencyOf(who);
  await requireBadgeFree(db, body.badgeNumber);
  if (body.userId) {
    await requireInspectorAccount(db, agencyId, body.userId);
    await requireAccountFree(db, agencyId, body.userId);
  }
  const id = await repo.insertInspector(db, {
    agency_id: agencyId,
    name: body.name,
    badge_number: body.badgeNumber,
    user_id: body.userId ?? null,
  });
  return inspectorDto((await repo.findInspector(db, agencyId, id))!);
}

async function requireInspector(db: Db, agencyId: string, id: string) {
  const row = await repo.findInspector(db, agencyId, id);
  if (!row) throw notFound('执法人员');
  return row;
}

export async function updateInspector(
  db: Db,
  who: Who,
  id: string,
  body: z.infer<typeof InspectorPatch>,
) {
  const agencyId = agencyOf(who);
  await requireInspector(db, agencyId, id);
  if (body.userId) {
    await requireInspectorAccount(db, agencyId, body.userId);
    await requireAccountFree(db, agencyId, body.userId, id);
  }
  await repo.updateInspector(db, agencyId, id, {
    ...(body.name !== undefined && { name: body.name }),
    ...(body.active !== undefined && { active: body.active }),
    ...(body.userId !== undefined && { user_id: body.userId }),
  });
  return inspectorDto(await requireInspector(db, agencyId, id));
}

const conflictDto = (r: repo.ConflictRow) => ({
  id: r.id,
  inspectorId: r.inspector_id,
  inspectorName: r.inspector_name,
  badgeNumber: r.badge_number,
  enterpriseId: r.enterprise_id,
  enterpriseName: r.enterprise_name,
  creditCode: r.credit_code,
  reason: r.reason,
  declaredAt: new Date(r.declared_at).toISOString(),
});

export async function listConflicts(db: Db, who: Who) {
  return { items: (await repo.listConflicts(db, agencyOf(who))).map(conflictDto) };
}

export async function declareConflict(db: Db, who: Who, body: z.infer<typeof ConflictBody>) {
  const agencyId = agencyOf(who);
  await requireInspector(db, agencyId, body.inspectorId);
  await requireEnterpriseInScope(db, who, body.enterpriseId);
  if (await repo.findConflict(db, body.inspectorId, body.enterpriseId)) {
    throw conflict('该执法人员与该企业的回避关系已登记');
  }
  const id = await repo.insertConflict(db, {
    inspector_id: body.inspectorId,
    enterprise_id: body.enterpriseId,
    reason: body.reason,
    declared_by: who.userId,
  });
  return conflictDto(await repo.findConflictView(db, agencyId, id));
}

const itemDto = (r: {
  id: string;
  name: string;
  legal_basis: string;
  method: string;
  criteria_item_id: string | null;
}) => ({
  id: r.id,
  name: r.name,
  legalBasis: r.legal_basis,
  method: r.method,
  criterionItemId: r.criteria_item_id,
});

export async function listItems(db: Db, who: Who) {
  return { items: (await repo.itemsOf(db, agencyOf(who))).map(itemDto) };
}

export async function createItem(db: Db, who: Who, body: z.infer<typeof ItemBody>) {
  const row = await repo.insertItem(db, {
    agency_id: agencyOf(who),
    name: body.name,
    legal_basis: body.legalBasis,
    method: body.method,
  });
  return itemDto(row);
}

/**
 * The agency's 抽查事项 for a library item (a check item or a 判定 item): the one taken from it
 * before, or a new one remembering where it came from — each library item once per agency.
 */
export async function catalogueItemFor(db: Executor, agencyId: string, input: AdoptInput) {
  const item = await libraryItem(db, input, null);
  const source = item.checkItemId
    ? { check_item_id: item.checkItemId }
    : { criteria_item_id: item.criterion!.itemId };
  const existing = await repo.findAdoptedItem(db, agencyId, source);
  if (existing) return { id: existing.id, row: null };
  const row = await repo.insertItem(db, {
    agency_id: agencyId,
    name: item.content,
    legal_basis: item.basis,
    method: item.method,
    check_item_id: item.checkItemId,
    criteria_item_id: item.criterion?.itemId ?? null,
    criteria_item_version: item.criterion?.version ?? null,
  });
  return { id: row.id, row };
}

/** A 抽查事项 taken from the check-item library into the catalogue (refused if already there). */
export async function adoptItem(db: Db, who: Who, body: AdoptInput) {
  const taken = await catalogueItemFor(db, agencyOf(who), body);
  if (!taken.row) throw conflict('本部门事项库已有该检查项');
  return itemDto(taken.row);
}
