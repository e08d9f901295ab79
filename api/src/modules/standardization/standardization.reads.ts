import type { Db } from '@shuangfang/db';
import { sql } from 'kysely';
import type { ActingMembership } from '../../auth/actor.js';
import {
  enterpriseUnder,
  jurisdictionFilterPath,
  likePrefix,
  requireEnterpriseInScope,
} from '../../auth/scope.js';
import { invalid } from '../../lib/errors.js';
import { decodeCursor, decodeTimeCursor, toPage } from '../../lib/pagination.js';
import { applicationRefusals } from './application-gates.js';
import { chinaDate } from './certificate-dates.js';
import { applicationDto, certificateDto } from './standardization.dto.js';
import * as repo from './standardization.repository.js';
import type { ApplicationListInput, CertificateListInput } from './standardization.schemas.js';

// What is read of 安全生产标准化: an enterprise's certificates and applications, a regulator's
// lists over its subtree, and the public query. Reads judge expiry by date (a certificate past
// its last day reads as expired before the sweep has ended it).

const DAY = 86_400_000;

export async function enterpriseView(db: Db, m: ActingMembership, enterpriseId: string, now: Date) {
  const enterprise = await requireEnterpriseInScope(db, m, enterpriseId);
  // The gates an application would meet, told before the form is filled in rather than after.
  const [certificates, applications, refusals] = await Promise.all([
    repo.enterpriseCertificates(db, enterpriseId),
    repo.enterpriseApplications(db, enterpriseId),
    applicationRefusals(db, m, enterprise),
  ]);
  const dtos = certificates.map((c) => certificateDto(c, now, m));
  const current = dtos.find((c) => c.state === 'active') ?? null;
  return {
    level: current?.level ?? null,
    current,
    certificates: dtos,
    applications: applications.map((a) => applicationDto(a, m)),
    applyRefusals: refusals.map((r) => ({
      path: r.path as 'registerCompleteness' | 'creditStatus' | 'majorHazards',
      message: r.message,
    })),
  };
}

/** The applications of the subtree, newest first; `mine`: those the caller's agency grades. */
export async function listApplications(db: Db, m: ActingMembership, q: ApplicationListInput) {
  const after = decodeTimeCursor(q.cursor);
  let query = repo
    .applicationsQuery(db)
    .where(repo.inSubtree(m))
    .orderBy('a.submitted_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(q.limit + 1);
  if (q.state) query = query.where('a.state', '=', q.state);
  if (q.mine === 'true') query = query.where('a.authority_agency_id', '=', m.agencyId);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('a.submitted_at', '<', after[0]),
        eb.and([eb('a.submitted_at', '=', after[0]), eb('a.id', '<', after[1])]),
      ]),
    );
  }
  const page = toPage(await query.execute(), q.limit, (a) => [
    new Date(a.submitted_at).toISOString(),
    a.id,
  ]);
  return { items: page.items.map((a) => applicationDto(a, m)), nextCursor: page.nextCursor };
}

/** The certificates of the subtree by expiry date, soonest first; states as read at `now`. */
export async function listCertificates(
  db: Db,
  m: ActingMembership,
  q: CertificateListInput,
  now: Date,
) {
  const after = decodeCursor(q.cursor);
  if (after && !/^\d{4}-\d{2}-\d{2}$/.test(after[0])) throw invalid('cursor', '分页游标无效');
  const today = chinaDate(now);
  const validTo = 'c.valid_to' as const;
  let query = repo
    .certificatesQuery(db)
    .where(repo.inSubtree(m))
    .orderBy('c.valid_to')
    .orderBy('c.id')
    .limit(q.limit + 1);
  if (q.state === 'active')
    query = query.where('c.state', '=', 'active').where(validTo, '>=', today);
  else if (q.state === 'expired') {
    query = query.where((eb) =>
      eb.or([
        eb('c.state', '=', 'expired'),
        eb.and([eb('c.state', '=', 'active'), eb(validTo, '<', today)]),
      ]),
    );
  } else if (q.state) query = query.where('c.state', '=', q.state);
  const underPath = await jurisdictionFilterPath(db, m, q.jurisdictionCode);
  if (underPath) query = query.where(enterpriseUnder(underPath));
  if (q.revocationPending === 'true') query = query.where('r.id', 'is not', null);
  if (q.revocationPending === 'false') query = query.where('r.id', 'is', null);
  if (q.expiringWithinDays !== undefined) {
    const last = chinaDate(new Date(now.getTime() + q.expiringWithinDays * DAY));
    query = query
      .where('c.state', '=', 'active')
      .where(validTo, '>=', today)
      .where(validTo, '<=', last);
  }
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb(validTo, '>', after[0]),
        eb.and([eb(validTo, '=', after[0]), eb('c.id', '>', after[1])]),
      ]),
    );
  }
  const page = toPage(await query.execute(), q.limit, (c) => [c.valid_to, c.id]);
  return {
    items: page.items.map((c) => certificateDto(c, now, m)),
    nextCursor: page.nextCursor,
  };
}

const PUBLIC_LIMIT = 20;
const PUBLICITY_LIMIT = 200;

/** The certificate's holder has a listing in force (the public blacklist's rule). */
const listedInForce = (now: Date) =>
  sql<boolean>`exists (select 1 from blacklist_entry b where b.enterprise_id = c.enterprise_id
    and b.state = 'listed' and b.listed_until > ${now})`;

/**
 * The public query by name (part of it) or credit code: current certificates only — active and
 * not past their last day — with nothing else about the enterprise.
 */
/** 公示: the applications now in publicity, for anyone to see and object to before the grant
 *  (docs/domain.md section 4). Only what a 公示 names; nothing else about the enterprise. */
export async function publicPublicity(db: Db) {
  const rows = await repo
    .applicationsQuery(db)
    .select('e.credit_code')
    .where('a.state', '=', 'publicity')
    .where('e.active', '=', true)
    .orderBy('a.publicity_until')
    .orderBy('e.name')
    .limit(PUBLICITY_LIMIT)
    .execute();
  return {
    items: rows.map((r) => ({
      enterpriseName: r.enterprise_name,
      creditCode: r.credit_code,
      level: r.level,
      selfScore: Number(r.self_score),
      authorityName: r.authority_name,
      publicityUntil: r.publicity_until ? new Date(r.publicity_until).toISOString() : null,
    })),
  };
}

export async function publicSearch(db: Db, q: string, now: Date) {
  const code = q.toUpperCase();
  const rows = await repo
    .certificatesQuery(db)
    .select(['e.credit_code', listedInForce(now).as('holder_listed')])
    .where('c.state', '=', 'active')
    .where('c.valid_to', '>=', chinaDate(now))
    .where('e.active', '=', true)
    .where((eb) =>
      eb.or([eb('e.credit_code', '=', code), eb('e.name', 'like', `%${likePrefix(q)}`)]),
    )
    .orderBy('e.name')
    .limit(PUBLIC_LIMIT)
    .execute();
  return {
    items: rows.map((r) => ({
      enterpriseName: r.enterprise_name,
      creditCode: r.credit_code,
      level: r.level,
      number: r.number,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      agencyName: r.agency_name,
      holderListed: r.holder_listed,
      revocationPending: r.review_id !== null,
    })),
  };
}
