import type { Executor, TipoffKind, TipoffTable, UploadContentType } from '@shuangfang/db';
import { sql, type Updateable } from 'kysely';
import type { ActingMembership } from '../../auth/actor.js';
import { enterpriseVisibleTo } from '../../auth/scope.js';

// The money columns are bigint, which the drivers hand back as strings: read as float8, exact for
// every integer below 2^53 fen.
const TIPOFF_COLUMNS = [
  't.enterprise_id',
  't.id',
  't.kind',
  't.description',
  't.location',
  't.reporter_name',
  't.reporter_phone',
  't.state',
  't.filed_at',
  't.reviewed_at',
  't.decided_at',
  't.reject_reason',
  't.hazard_id',
  sql<number | null>`t.fine_fen::float8`.as('fine_fen'),
  sql<number | null>`t.reward_fen::float8`.as('reward_fen'),
  't.reward_recorded_at',
  sql<string | null>`t.reward_paid_on::text`.as('reward_paid_on'),
  'e.name as enterprise_name',
  'h.state as hazard_state',
] as const;

function selectTipoffs(db: Executor) {
  return db
    .selectFrom('tipoff as t')
    .innerJoin('enterprise as e', 'e.id', 't.enterprise_id')
    .leftJoin('hazard as h', (j) =>
      j.onRef('h.enterprise_id', '=', 't.enterprise_id').onRef('h.id', '=', 't.hazard_id'),
    )
    .select(TIPOFF_COLUMNS);
}
export type TipoffView = Awaited<ReturnType<typeof findByReceipt>> & object;

export function findByReceipt(db: Executor, receiptHash: string) {
  return selectTipoffs(db).where('t.receipt_hash', '=', receiptHash).executeTakeFirst();
}

/** A tip-off the membership may triage: its enterprise lies in the agency's subtree. */
export function findVisible(db: Executor, m: ActingMembership, id: string) {
  return selectTipoffs(db).where('t.id', '=', id).where(enterpriseVisibleTo(m)).executeTakeFirst();
}

/** Locks the row for a move, so two triagers cannot both decide it. */
export function lockTipoff(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('tipoff')
    .select(['state', 'receipt_hash', 'reporter_name', 'reporter_phone', 'hazard_id'])
    .select(sql<number | null>`reward_fen::float8`.as('reward_fen'))
    .select(sql<string | null>`reward_paid_on::text`.as('reward_paid_on'))
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export function listVisible(
  db: Executor,
  m: ActingMembership,
  filter: { state?: string; enterpriseId?: string },
  limit: number,
  after?: [Date, string],
) {
  let q = selectTipoffs(db).where(enterpriseVisibleTo(m));
  if (filter.state) q = q.where('t.state', '=', filter.state as TipoffTable['state']);
  if (filter.enterpriseId) q = q.where('t.enterprise_id', '=', filter.enterpriseId);
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('t.filed_at', '<', after[0]),
        eb.and([eb('t.filed_at', '=', after[0]), eb('t.id', '<', after[1])]),
      ]),
    );
  }
  return q
    .orderBy('t.filed_at', 'desc')
    .orderBy('t.id', 'desc')
    .limit(limit + 1)
    .execute();
}

export async function insertTipoff(
  db: Executor,
  row: {
    enterpriseId: string;
    receiptHash: string;
    kind: TipoffKind;
    description: string;
    location: string | null;
    reporterName: string | null;
    reporterPhone: string | null;
  },
) {
  return db
    .insertInto('tipoff')
    .values({
      enterprise_id: row.enterpriseId,
      receipt_hash: row.receiptHash,
      kind: row.kind,
      description: row.description,
      location: row.location,
      reporter_name: row.reporterName,
      reporter_phone: row.reporterPhone,
      state: 'received',
      reviewed_by: null,
      reviewed_at: null,
      decided_by: null,
      decided_at: null,
      reject_reason: null,
      hazard_id: null,
      fine_fen: null,
      reward_fen: null,
      reward_recorded_by: null,
      reward_recorded_at: null,
      reward_paid_on: null,
      reward_paid_by: null,
    })
    .returning(['id', 'filed_at'])
    .executeTakeFirstOrThrow();
}

export async function updateTipoff(
  db: Executor,
  enterpriseId: string,
  id: string,
  set: Updateable<TipoffTable>,
) {
  await db
    .updateTable('tipoff')
    .set(set)
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

export async function insertPhoto(
  db: Executor,
  row: {
    enterpriseId: string;
    tipoffId: string;
    name: string;
    contentType: UploadContentType;
    data: Uint8Array;
  },
) {
  await db
    .insertInto('tipoff_photo')
    .values({
      enterprise_id: row.enterpriseId,
      tipoff_id: row.tipoffId,
      name: row.name,
      content_type: row.contentType,
      byte_size: row.data.byteLength,
      data: row.data,
    })
    .execute();
}

export function listPhotos(db: Executor, enterpriseId: string, tipoffId: string) {
  return db
    .selectFrom('tipoff_photo')
    .select(['id', 'name', 'content_type', 'byte_size'])
    .where('enterprise_id', '=', enterpriseId)
    .where('tipoff_id', '=', tipoffId)
    .orderBy('name')
    .execute();
}

export function findPhoto(db: Executor, enterpriseId: string, tipoffId: string, id: string) {
  return db
    .selectFrom('tipoff_photo')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('tipoff_id', '=', tipoffId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function photosWithData(db: Executor, enterpriseId: string, tipoffId: string) {
  return db
    .selectFrom('tipoff_photo')
    .select(['content_type', 'byte_size', 'data'])
    .where('enterprise_id', '=', enterpriseId)
    .where('tipoff_id', '=', tipoffId)
    .orderBy('name')
    .execute();
}

/** Active enterprises by name or credit code, for the public form: id, name and place only. */
export function searchEnterprises(db: Executor, q: string) {
  const pattern = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
  return db
    .selectFrom('enterprise as e')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .select(['e.id', 'e.name', 'j.name as jurisdiction_name'])
    .where('e.active', '=', true)
    .where((eb) =>
      eb.or([eb('e.name', 'like', pattern), eb('e.credit_code', '=', q.toUpperCase())]),
    )
    .orderBy('e.name')
    .limit(10)
    .execute();
}

export function enterpriseOfBoard(db: Executor, token: string) {
  return db
    .selectFrom('board_link as l')
    .innerJoin('enterprise as e', 'e.id', 'l.enterprise_id')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .select(['e.id', 'e.name', 'j.name as jurisdiction_name'])
    .where('l.token', '=', token)
    .where('l.revoked_at', 'is', null)
    .where('e.active', '=', true)
    .execute();
}

export function findActiveEnterprise(db: Executor, id: string) {
  return db
    .selectFrom('enterprise as e')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .select(['e.id', 'e.name', 'e.jurisdiction_code', 'e.supervising_agency_id', 'j.path'])
    .where('e.id', '=', id)
    .where('e.active', '=', true)
    .executeTakeFirst();
}
