import type {
  CertificateReviewDecision,
  Executor,
  StandardizationApplicationRow,
  StandardizationApplicationTable,
  StandardizationCertificateTable,
} from '@shuangfang/db';
import { sql, type Insertable, type Updateable } from 'kysely';
import type { ActingMembership } from '../../auth/actor.js';
import { enterpriseVisibleTo } from '../../auth/scope.js';

// The SQL of 安全生产标准化. Dates of certificates are read as `YYYY-MM-DD` text, so no driver
// turns them into a midnight in some time zone.

export function applicationsQuery(db: Executor) {
  return db
    .selectFrom('standardization_application as a')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .innerJoin('agency as g', 'g.id', 'a.authority_agency_id')
    .selectAll('a')
    .select(['e.name as enterprise_name', 'g.name as authority_name']);
}
export type ApplicationView = StandardizationApplicationRow & {
  enterprise_name: string;
  authority_name: string;
};

/** Certificates with their enterprise, their granting agency (and its place in the tree) and the
 *  revocation still to decide, if any: at most one, as an enterprise is listed once at a time. */
export function certificatesQuery(db: Executor) {
  return db
    .selectFrom('standardization_certificate as c')
    .innerJoin('enterprise as e', 'e.id', 'c.enterprise_id')
    .innerJoin('agency as g', 'g.id', 'c.agency_id')
    .innerJoin('jurisdiction as gj', 'gj.code', 'g.jurisdiction_code')
    .leftJoin('certificate_review as r', (j) =>
      j
        .onRef('r.enterprise_id', '=', 'c.enterprise_id')
        .onRef('r.certificate_id', '=', 'c.id')
        .on('r.decision', 'is', null),
    )
    .select([
      'c.enterprise_id',
      'c.id',
      'c.number',
      'c.level',
      'c.agency_id',
      'c.granted_at',
      'c.state',
      'c.ended_at',
      'c.end_reason',
      'c.replaces_id',
      'e.name as enterprise_name',
      'g.name as agency_name',
      'gj.path as agency_path',
      'r.id as review_id',
      'r.reason as review_reason',
      'r.blacklist_entry_id as review_entry_id',
      'r.opened_at as review_opened_at',
      sql<string>`c.valid_from::text`.as('valid_from'),
      sql<string>`c.valid_to::text`.as('valid_to'),
    ]);
}
export type CertificateView = Awaited<
  ReturnType<ReturnType<typeof certificatesQuery>['executeTakeFirstOrThrow']>
>;

export function enterpriseApplications(db: Executor, enterpriseId: string) {
  return applicationsQuery(db)
    .where('a.enterprise_id', '=', enterpriseId)
    .orderBy('a.submitted_at', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
}

export function enterpriseCertificates(db: Executor, enterpriseId: string) {
  return certificatesQuery(db)
    .where('c.enterprise_id', '=', enterpriseId)
    .orderBy('c.granted_at', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
}

export function findApplication(db: Executor, enterpriseId: string, id: string) {
  return applicationsQuery(db)
    .where('a.enterprise_id', '=', enterpriseId)
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export function lockApplication(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('standardization_application')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function findOpenApplication(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('standardization_application')
    .select(['id', 'state', 'level'])
    .where('enterprise_id', '=', enterpriseId)
    .where('state', 'in', ['submitted', 'publicity'])
    .executeTakeFirst();
}

export async function insertApplication(
  db: Executor,
  row: Insertable<StandardizationApplicationTable>,
) {
  const { id } = await db
    .insertInto('standardization_application')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function updateApplication(
  db: Executor,
  enterpriseId: string,
  id: string,
  set: Updateable<StandardizationApplicationTable>,
) {
  return db
    .updateTable('standardization_application')
    .set(set)
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

/** The enterprise's active certificate (even one past its date, which a sweep has not ended). */
export function lockActiveCertificate(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('standardization_certificate')
    .select(['id', 'level', 'agency_id', sql<string>`valid_to::text`.as('valid_to')])
    .where('enterprise_id', '=', enterpriseId)
    .where('state', '=', 'active')
    .forUpdate()
    .executeTakeFirst();
}

export function lockCertificate(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('standardization_certificate as c')
    .innerJoin('agency as g', 'g.id', 'c.agency_id')
    .innerJoin('jurisdiction as j', 'j.code', 'g.jurisdiction_code')
    .select([
      'c.id',
      'c.level',
      'c.state',
      'c.agency_id',
      'g.name as agency_name',
      'j.path as agency_path',
      sql<string>`c.valid_to::text`.as('valid_to'),
    ])
    .where('c.enterprise_id', '=', enterpriseId)
    .where('c.id', '=', id)
    .forUpdate('c')
    .executeTakeFirst();
}

export function certificateNumberTaken(db: Executor, number: string) {
  return db
    .selectFrom('standardization_certificate')
    .select('id')
    .where('number', '=', number)
    .executeTakeFirst();
}

export async function insertCertificate(
  db: Executor,
  row: Insertable<StandardizationCertificateTable>,
) {
  const { id } = await db
    .insertInto('standardization_certificate')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const REVIEW_DECISION_OF = {
  revoked: 'revoked',
  downgraded: 'downgraded',
  expired: 'ended',
} as const;

/** Ends a certificate; a revocation still to decide about it is settled by the same act. */
export async function endCertificate(
  db: Executor,
  enterpriseId: string,
  id: string,
  end: {
    state: 'expired' | 'revoked' | 'downgraded';
    at: Date;
    by: string | null;
    reason: string;
  },
) {
  await db
    .updateTable('standardization_certificate')
    .set({ state: end.state, ended_at: end.at, ended_by: end.by, end_reason: end.reason })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
  await decideReviews(db, enterpriseId, id, {
    decision: REVIEW_DECISION_OF[end.state],
    at: end.at,
    by: end.by,
    note: end.reason,
  });
}

/** Puts the certificate to its agency as a revocation to decide (once per listing). */
export async function openReview(
  db: Executor,
  row: {
    enterpriseId: string;
    certificateId: string;
    entryId: string;
    reason: string;
    at: Date;
  },
) {
  await db
    .insertInto('certificate_review')
    .values({
      enterprise_id: row.enterpriseId,
      certificate_id: row.certificateId,
      blacklist_entry_id: row.entryId,
      reason: row.reason,
      opened_at: row.at,
      decision: null,
      decided_by: null,
      decided_at: null,
      note: null,
    })
    .onConflict((oc) =>
      oc.columns(['enterprise_id', 'certificate_id', 'blacklist_entry_id']).doNothing(),
    )
    .execute();
}

export function findPendingReview(db: Executor, enterpriseId: string, certificateId: string) {
  return db
    .selectFrom('certificate_review')
    .select('id')
    .where('enterprise_id', '=', enterpriseId)
    .where('certificate_id', '=', certificateId)
    .where('decision', 'is', null)
    .executeTakeFirst();
}

/** Settles the certificate's pending revocation reviews, if any. */
export async function decideReviews(
  db: Executor,
  enterpriseId: string,
  certificateId: string,
  d: { decision: CertificateReviewDecision; at: Date; by: string | null; note: string | null },
) {
  await db
    .updateTable('certificate_review')
    .set({ decision: d.decision, decided_at: d.at, decided_by: d.by, note: d.note })
    .where('enterprise_id', '=', enterpriseId)
    .where('certificate_id', '=', certificateId)
    .where('decision', 'is', null)
    .execute();
}

/** Keeps the enterprise's one current value in step with its certificate. */
export function setEnterpriseLevel(
  db: Executor,
  enterpriseId: string,
  level: StandardizationCertificateTable['level'] | null,
  at: Date,
) {
  return db
    .updateTable('enterprise')
    .set({ standardization_level: level, updated_at: at })
    .where('id', '=', enterpriseId)
    .execute();
}

/** Lists of a regulator: rows of the enterprises in its subtree. */
export const inSubtree = (m: ActingMembership) => enterpriseVisibleTo(m);
