import type { Db } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { generateSecureRandomString } from '../../auth/session-token.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { conflict, notFound } from '../../lib/errors.js';
import type { PublicOrigin } from '../../lib/public-origin.js';
import { findPosition } from '../positions/positions.repository.js';
import { highestGrade } from '../risk/grading.js';
import * as repo from './boards.repository.js';

const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * What a position's board (岗位安全风险告知卡) says, from the register as it is now: the risks of
 * the units the position works in, their accident types and consequences, measures, emergency
 * measures, report phones and responsible people, and the highest grade as the board's colour.
 */
async function boardContent(
  db: Db,
  enterpriseId: string,
  positionId: string,
  names: { position: string; enterprise: string },
) {
  const events = await repo.positionEvents(db, enterpriseId, positionId);
  const ids = events.map((e) => e.id);
  const [measures, emergency, openHazards] = await Promise.all([
    repo.currentMeasures(db, enterpriseId, ids),
    repo.currentEmergencyMeasures(db, enterpriseId, ids),
    repo.openHazardCount(db, enterpriseId, positionId),
  ]);
  const lastCheck = await repo.lastCheckAt(
    db,
    enterpriseId,
    measures.map((m) => m.id),
  );
  return {
    enterpriseName: names.enterprise,
    positionName: names.position,
    lastCheckAt: lastCheck === null ? null : new Date(lastCheck).toISOString(),
    grade: highestGrade(events.map((e) => e.grade)),
    risks: events.map((e) => ({
      place: `${e.object_name} / ${e.unit_name}`,
      hazardFactor: e.hazard_factor,
      accidentType: e.accident_type,
      consequence: e.consequence,
      grade: e.grade,
    })),
    accidentTypes: unique(events.map((e) => e.accident_type)),
    consequences: unique(events.map((e) => e.consequence)),
    measures: measures.map((m) => ({
      category: m.category,
      description: m.description,
      controlLevel: m.control_level,
    })),
    emergencyMeasures: emergency.map((m) => ({
      steps: m.steps,
      equipment: m.equipment,
      phone: m.phone,
    })),
    phones: unique(emergency.map((m) => m.phone)),
    responsiblePersons: unique(events.map((e) => e.responsible_person)),
    openHazards,
  };
}

async function requirePosition(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  positionId: string,
) {
  const enterprise = await requireEnterpriseInScope(db, m, enterpriseId);
  const position = await findPosition(db, enterpriseId, positionId);
  if (!position) throw notFound('岗位');
  return { ...position, enterprise_name: enterprise.name };
}

/** The public page of a link, built on the public origin (never the host a manager typed). */
const linkDto = (link: { token: string; created_at: Date | string }, origin: PublicOrigin) => ({
  token: link.token,
  createdAt: new Date(link.created_at).toISOString(),
  url: `${origin.origin}/b/${link.token}`,
  warning: origin.warning,
});

export async function board(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  positionId: string,
  origin: PublicOrigin,
) {
  const position = await requirePosition(db, m, enterpriseId, positionId);
  const [content, link] = await Promise.all([
    boardContent(db, enterpriseId, positionId, {
      position: position.name,
      enterprise: position.enterprise_name,
    }),
    repo.liveLink(db, enterpriseId, positionId),
  ]);
  return { ...content, link: link ? linkDto(link, origin) : null, publicOrigin: origin };
}

/** Issues a new public link, revoking the old one: a board that was copied can be cut off. */
export async function issueLink(
  db: Db,
  m: ActingMembership,
  userId: string,
  enterpriseId: string,
  positionId: string,
  origin: PublicOrigin,
) {
  const position = await requirePosition(db, m, enterpriseId, positionId);
  if (position.archived_at) throw conflict('岗位已归档，不能发布告知卡');
  const token = generateSecureRandomString();
  await db.transaction().execute(async (trx) => {
    await repo.revokeLinks(trx, enterpriseId, positionId);
    await repo.insertLink(trx, { enterpriseId, positionId, token, userId });
  });
  return linkDto((await repo.liveLink(db, enterpriseId, positionId))!, origin);
}

export async function revokeLink(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  positionId: string,
) {
  await requirePosition(db, m, enterpriseId, positionId);
  await repo.revokeLinks(db, enterpriseId, positionId);
  return { ok: true as const };
}

/**
 * The public page behind the QR code, read live on every request: the board and the enterprise's
 * name, nothing else about the enterprise.
 */
export async function publicBoard(db: Db, token: string) {
  const link = await repo.findByToken(db, token);
  if (!link) throw notFound('告知卡');
  return boardContent(db, link.enterprise_id, link.position_id, {
    position: link.name,
    enterprise: link.enterprise_name,
  });
}
