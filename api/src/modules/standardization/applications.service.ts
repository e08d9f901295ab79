import type { Db, Executor } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import { effectiveSettings } from '../jurisdictions/jurisdictions.service.js';
import { requireUploads } from '../uploads/uploads.service.js';
import { applicationRefusals } from './application-gates.js';
import { nextState } from './application-states.js';
import { authorityFor } from './standardization.access.js';
import { chinaDate, lastDayAfterYears } from './certificate-dates.js';
import { applicationDto } from './standardization.dto.js';
import * as repo from './standardization.repository.js';
import type { ApplicationMoveInput, ApplyInput } from './standardization.schemas.js';

// 安全生产标准化 applications (docs/domain.md section 4): the enterprise applies; the grading
// authority reviews, puts it on 公示, and after the 公示 grants the certificate. Every function
// takes the time it acts at, so tests and the demo history can supply it.

const DAY = 86_400_000;

async function settingsOf(db: Executor, enterpriseJurisdiction: string) {
  const j = await db
    .selectFrom('jurisdiction')
    .select('path')
    .where('code', '=', enterpriseJurisdiction)
    .executeTakeFirstOrThrow();
  return { path: j.path, settings: (await effectiveSettings(db as Db, j.path, '')).effective };
}

async function detail(db: Executor, who: Who, enterpriseId: string, id: string) {
  const row = await repo.findApplication(db, enterpriseId, id);
  if (!row) throw notFound('标准化申请');
  return applicationDto(row, who);
}

/**
 * Applies for a level. Refused with 422 and every reason when the self-assessment is below the
 * level's floor or the enterprise fails a gate; 409 while another application is open.
 */
export async function apply(db: Db, who: Who, enterpriseId: string, body: ApplyInput, now: Date) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const { path, settings } = await settingsOf(db, enterprise.jurisdiction_code);
  const authority = await authorityFor(db, path, body.level);
  const floor = settings.standardizationScoreFloors[body.level];
  if (body.selfScore < floor) {
    throw invalid('selfScore', `${body.level}的自评得分不能低于 ${floor} 分`);
  }
  await requireUploads(db, enterprise.id, body.materials, 'materials');
  const open = await repo.findOpenApplication(db, enterprise.id);
  if (open) throw conflict(`已有一份${open.level}申请正在办理，办结后才能再次申请`);
  const refusals = await applicationRefusals(db, who, enterprise);
  if (refusals.length) {
    throw new AppError(
      422,
      'STANDARDIZATION_REFUSED',
      `不予受理：${refusals.map((r) => r.message).join('；')}`,
      refusals,
    );
  }
  const id = await db.transaction().execute(async (trx) => {
    // The enterprise row serialises its applications; the unique index backs this up.
    await trx
      .selectFrom('enterprise')
      .select('id')
      .where('id', '=', enterprise.id)
      .forUpdate()
      .execute();
    if (await repo.findOpenApplication(trx, enterprise.id)) {
      throw conflict('已有一份申请正在办理，办结后才能再次申请');
    }
    return repo.insertApplication(trx, {
      enterprise_id: enterprise.id,
      level: body.level,
      self_score: body.selfScore,
      materials: body.materials,
      authority_agency_id: authority.id,
      state: 'submitted',
      submitted_by: who.userId,
      submitted_at: now,
    });
  });
  return detail(db, who, enterprise.id, id);
}

/** The authority's moves: publicize, reject, grant (after the 公示 period only). */
export async function move(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: ApplicationMoveInput,
  now: Date,
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  await db.transaction().execute(async (trx) => {
    const a = await repo.lockApplication(trx, enterprise.id, id);
    if (!a) throw notFound('标准化申请');
    if (who.agencyId !== a.authority_agency_id) {
      const { name } = await trx
        .selectFrom('agency')
        .select('name')
        .where('id', '=', a.authority_agency_id)
        .executeTakeFirstOrThrow();
      throw forbidden(`只有评定机关（${name}）可以审核、公示和评定该申请`);
    }
    const to = nextState(a.state, body.action);
    if (body.action === 'reject') {
      await repo.updateApplication(trx, a.enterprise_id, a.id, {
        state: to,
        reviewed_by: who.userId,
        reviewed_at: now,
        review_note: body.reason,
        decided_at: now,
      });
    } else if (body.action === 'publicize') {
      const { settings } = await settingsOf(trx, enterprise.jurisdiction_code);
      await repo.updateApplication(trx, a.enterprise_id, a.id, {
        state: to,
        reviewed_by: who.userId,
        reviewed_at: now,
        review_note: body.note ?? null,
        publicity_until: new Date(now.getTime() + settings.standardizationPublicityDays * DAY),
      });
    } else {
      await grant(trx, who, a, body, now);
    }
  });
  return detail(db, who, enterprise.id, id);
}

async function grant(
  trx: Executor,
  who: Who,
  a: Awaited<ReturnType<typeof repo.lockApplication>> & object,
  body: Extract<ApplicationMoveInput, { action: 'grant' }>,
  now: Date,
) {
  if (a.publicity_until && now < new Date(a.publicity_until)) {
    throw conflict(
      `公示期至 ${new Date(a.publicity_until).toISOString()} 结束，公示期满后才能评定发证`,
    );
  }
  if (await repo.certificateNumberTaken(trx, body.number)) {
    throw conflict(`证书编号「${body.number}」已被使用`);
  }
  const enterprise = await trx
    .selectFrom('enterprise')
    .select('jurisdiction_code')
    .where('id', '=', a.enterprise_id)
    .executeTakeFirstOrThrow();
  const { settings } = await settingsOf(trx, enterprise.jurisdiction_code);
  const validFrom = body.validFrom ?? chinaDate(now);
  const validTo =
    body.validTo ?? lastDayAfterYears(validFrom, settings.standardizationValidityYears);
  if (validTo <= validFrom) throw invalid('validTo', '有效期至须晚于有效期起');
  // A renewal or a new level replaces the certificate held so far.
  const held = await repo.lockActiveCertificate(trx, a.enterprise_id);
  if (held) {
    await repo.endCertificate(trx, a.enterprise_id, held.id, {
      state: 'expired',
      at: now,
      by: who.userId,
      reason: '换发新证',
    });
  }
  await repo.insertCertificate(trx, {
    enterprise_id: a.enterprise_id,
    application_id: a.id,
    number: body.number,
    level: a.level,
    valid_from: validFrom,
    valid_to: validTo,
    agency_id: a.authority_agency_id,
    granted_by: who.userId,
    granted_at: now,
    state: 'active',
    replaces_id: held?.id ?? null,
  });
  await repo.updateApplication(trx, a.enterprise_id, a.id, { state: 'granted', decided_at: now });
  await repo.setEnterpriseLevel(trx, a.enterprise_id, a.level, now);
}
