import {
  STANDARDIZATION_LEVELS,
  type CertificateRevocationReason,
  type Db,
  type Executor,
} from '@shuangfang/db';
import { pathCovers, requireEnterpriseInScope } from '../../auth/scope.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import type { Who } from '../../auth/actor.js';
import { chinaDate, expiredAt } from './certificate-dates.js';
import * as repo from './standardization.repository.js';
import type { CertificateMoveInput } from './standardization.schemas.js';

// Revocation and downgrade of a certificate (docs/domain.md section 4), by the agency that granted it
// or one above it, with a reason of the fixed list; and the sweep that ends certificates past
// their last day. Each keeps enterprise.standardization_level in step in the same transaction.

/** 一级 is the highest: a downgrade goes to a level later in this list. */
const rank = (level: (typeof STANDARDIZATION_LEVELS)[number]) =>
  STANDARDIZATION_LEVELS.indexOf(level);

export async function move(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: CertificateMoveInput,
  now: Date,
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  await db.transaction().execute(async (trx) => {
    const c = await repo.lockCertificate(trx, enterprise.id, id);
    if (!c) throw notFound('标准化证书');
    if (!who.jurisdictionPath || !pathCovers(who.jurisdictionPath, c.agency_path)) {
      throw forbidden(`只有发证机关（${c.agency_name}）或其上级部门可以撤销或降级该证书`);
    }
    if (c.state !== 'active' || expiredAt(c.valid_to, now)) {
      const state = c.state === 'active' ? '已过期' : STATE_NAMES[c.state];
      throw conflict(`证书当前状态为「${state}」，只有有效证书可以撤销或降级`);
    }
    if (body.action === 'keep') {
      if (!(await repo.findPendingReview(trx, enterprise.id, c.id))) {
        throw conflict('该证书没有待决定的撤销事项');
      }
      await repo.decideReviews(trx, enterprise.id, c.id, {
        decision: 'kept',
        at: now,
        by: who.userId,
        note: body.note,
      });
      return;
    }
    const reason = body.note ? `${body.reason}：${body.note}` : body.reason;
    if (body.action === 'revoke') {
      await repo.endCertificate(trx, enterprise.id, c.id, {
        state: 'revoked',
        at: now,
        by: who.userId,
        reason,
      });
      await repo.setEnterpriseLevel(trx, enterprise.id, null, now);
      return;
    }
    if (rank(body.level) <= rank(c.level)) {
      throw invalid('level', `降级后的等级须低于当前的${c.level}`);
    }
    // The new certificate runs from today to the old one's last day, which must be later.
    if (c.valid_to <= chinaDate(now)) {
      throw conflict(`证书于 ${c.valid_to} 到期，不能再降级换证，可以撤销`);
    }
    if (await repo.certificateNumberTaken(trx, body.number)) {
      throw conflict(`证书编号「${body.number}」已被使用`);
    }
    await repo.endCertificate(trx, enterprise.id, c.id, {
      state: 'downgraded',
      at: now,
      by: who.userId,
      reason,
    });
    await repo.insertCertificate(trx, {
      enterprise_id: enterprise.id,
      application_id: null,
      number: body.number,
      level: body.level,
      valid_from: chinaDate(now),
      valid_to: c.valid_to,
      agency_id: who.agencyId!,
      granted_by: who.userId,
      granted_at: now,
      state: 'active',
      replaces_id: c.id,
    });
    await repo.setEnterpriseLevel(trx, enterprise.id, body.level, now);
  });
}

const STATE_NAMES = { active: '有效', expired: '已过期', revoked: '已撤销', downgraded: '已降级' };

/** The reason a listing as 严重失信 gives to revoke (CERTIFICATE_REVOCATION_REASONS). */
const BLACKLISTED: CertificateRevocationReason = '列入严重失信主体名单';

/**
 * Called in the transaction that lists an enterprise as 严重失信 (or restores its listing): its
 * certificate valid at `now`, if any, goes to the certifying agency as a revocation to decide,
 * with the reason filled in. The agency revokes, downgrades or keeps it (`move`).
 */
export async function openRevocationReview(
  trx: Executor,
  enterpriseId: string,
  entryId: string,
  now: Date,
) {
  const held = await repo.lockActiveCertificate(trx, enterpriseId);
  if (!held || expiredAt(held.valid_to, now)) return;
  await repo.openReview(trx, {
    enterpriseId,
    certificateId: held.id,
    entryId,
    reason: BLACKLISTED,
    at: now,
  });
}

/**
 * The sweep: active certificates whose last day is before `now`'s China date become 'expired'
 * and their enterprises lose their level, in one transaction.
 */
export async function sweepStandardization(db: Db, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const lapsed = await trx
      .selectFrom('standardization_certificate')
      .select(['enterprise_id', 'id'])
      .where('state', '=', 'active')
      .where('valid_to', '<', chinaDate(now) as never)
      .forUpdate()
      .execute();
    for (const c of lapsed) {
      await repo.endCertificate(trx, c.enterprise_id, c.id, {
        state: 'expired',
        at: now,
        by: null,
        reason: '有效期届满',
      });
      await repo.setEnterpriseLevel(trx, c.enterprise_id, null, now);
    }
  });
}
