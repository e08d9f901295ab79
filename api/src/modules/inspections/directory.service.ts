import type { Db } from '@shuangfang/db';
import type { ActingMembership, Who } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import type { z } from '@hono/zod-openapi';
import { libraryItem } from '../check-items/check-item-adoption.service.js';
import type { AdoptInput } from '../check-items/check-items.schemas.js';
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

function inspectorsOf(db: Db, agencyId: string) {
  return db
    .selectFrom('inspector as i')
    .leftJoin('app_user as u', 'u.id', 'i.user_id')
    .select([
      'i.id',
      'i.name',
      'i.badge_number',
      'i.user_id',
      'u.display_name as user_name',
      'i.active',
    ])
    .where('i.agency_id', '=', agencyId);
}

export async function listInspectors(db: Db, who: Who) {
  const rows = await inspectorsOf(db, agencyOf(who)).orderBy('i.badge_number').execute();
  return { items: rows.map(inspectorDto) };
}

/** The account must be an active 执法人员 (inspector role) of the same agency. */
async function requireInspectorAccount(db: Db, agencyId: string, userId: string) {
  const row = await db
    .selectFrom('membership')
    .select('id')
    .where('user_id', '=', userId)
    .where('agency_id', '=', agencyId)
    .where('role', '=', 'inspector')
    .where('active', '=', true)
    .executeTakeFirst();
  if (!row) throw invalid('userId', '关联账号须是本部门在用的执法人员账号');
}

async function requireBadgeFree(db: Db, badge: string, exceptId?: string) {
  let q = db.selectFrom('inspector').select('id').where('badge_number', '=', badge);
  if (exceptId) q = q.where('id', '<>', exceptId);
  if (await q.executeTakeFirst()) throw conflict(`执法证号 ${badge} 已登记`);
}

async function requireAccountFree(db: Db, agencyId: string, userId: string, exceptId?: string) {
  let q = db
    .selectFrom('inspector')
    .select('name')
    .where('agency_id', '=', agencyId)
    .where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '<>', exceptId);
  const other = await q.executeTakeFirst();
  if (other) throw conflict(`该账号已关联执法人员「${other.name}」`);
}

export async function createInspector(db: Db, who: Who, body: z.infer<typeof InspectorBody>) {
  const agencyId = agencyOf(who);
  await requireBadgeFree(db, body.badgeNumber);
  if (body.userId) {
    await requireInspectorAccount(db, agencyId, body.userId);
    await requireAccountFree(db, agencyId, body.userId);
  }
  const { id } = await db
    .insertInto('inspector')
    .values({
      agency_id: agencyId,
      name: body.name,
      badge_number: body.badgeNumber,
      user_id: body.userId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inspectorDto(
    (await inspectorsOf(db, agencyId).where('i.id', '=', id).executeTakeFirst())!,
  );
}

export async function requireInspector(db: Db, agencyId: string, id: string) {
  const row = await inspectorsOf(db, agencyId).where('i.id', '=', id).executeTakeFirst();
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
  await db
    .updateTable('inspector')
    .set({
      ...(body.name !== undefined && { name: body.name }),
      ...(body.active !== undefined && { active: body.active }),
      ...(body.userId !== undefined && { user_id: body.userId }),
    })
    .where('id', '=', id)
    .where('agency_id', '=', agencyId)
    .execute();
  return inspectorDto(await requireInspector(db, agencyId, id));
}

function conflictsOf(db: Db, agencyId: string) {
  return db
    .selectFrom('inspector_conflict as c')
    .innerJoin('inspector as i', 'i.id', 'c.inspector_id')
    .innerJoin('enterprise as e', 'e.id', 'c.enterprise_id')
    .select([
      'c.id',
      'c.inspector_id',
      'i.name as inspector_name',
      'i.badge_number',
      'c.enterprise_id',
      'e.name as enterprise_name',
      'e.credit_code',
      'c.reason',
      'c.declared_at',
    ])
    .where('i.agency_id', '=', agencyId);
}
type ConflictRow = Awaited<ReturnType<ReturnType<typeof conflictsOf>['executeTakeFirstOrThrow']>>;
const conflictDto = (r: ConflictRow) => ({
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
  const rows = await conflictsOf(db, agencyOf(who)).orderBy('c.declared_at', 'desc').execute();
  return { items: rows.map(conflictDto) };
}

export async function declareConflict(db: Db, who: Who, body: z.infer<typeof ConflictBody>) {
  const agencyId = agencyOf(who);
  await requireInspector(db, agencyId, body.inspectorId);
  await requireEnterpriseInScope(db, who, body.enterpriseId);
  const existing = await db
    .selectFrom('inspector_conflict')
    .select('id')
    .where('inspector_id', '=', body.inspectorId)
    .where('enterprise_id', '=', body.enterpriseId)
    .executeTakeFirst();
  if (existing) throw conflict('该执法人员与该企业的回避关系已登记');
  const { id } = await db
    .insertInto('inspector_conflict')
    .values({
      inspector_id: body.inspectorId,
      enterprise_id: body.enterpriseId,
      reason: body.reason,
      declared_by: who.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return conflictDto(
    await conflictsOf(db, agencyId).where('c.id', '=', id).executeTakeFirstOrThrow(),
  );
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
  const rows = await db
    .selectFrom('inspection_item')
    .selectAll()
    .where('agency_id', '=', agencyOf(who))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return { items: rows.map(itemDto) };
}

export async function createItem(db: Db, who: Who, body: z.infer<typeof ItemBody>) {
  const row = await db
    .insertInto('inspection_item')
    .values({
      agency_id: agencyOf(who),
      name: body.name,
      legal_basis: body.legalBasis,
      method: body.method,
      check_item_id: null,
      criteria_item_id: null,
      criteria_item_version: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return itemDto(row);
}

/**
 * A 抽查事项 taken from the check-item library (a check item or a 判定 item), remembering where
 * it came from; each library item once per agency.
 */
export async function adoptItem(db: Db, who: Who, body: AdoptInput) {
  const agencyId = agencyOf(who);
  const item = await libraryItem(db, body, null);
  const taken = await db
    .selectFrom('inspection_item')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where((eb) =>
      item.checkItemId
        ? eb('check_item_id', '=', item.checkItemId)
        : eb('criteria_item_id', '=', item.criterion!.itemId),
    )
    .executeTakeFirst();
  if (taken) throw conflict('本部门事项库已有该检查项');
  const row = await db
    .insertInto('inspection_item')
    .values({
      agency_id: agencyId,
      name: item.content,
      legal_basis: item.basis,
      method: item.method,
      check_item_id: item.checkItemId,
      criteria_item_id: item.criterion?.itemId ?? null,
      criteria_item_version: item.criterion?.version ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return itemDto(row);
}
