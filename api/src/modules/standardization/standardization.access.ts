import type {
  Executor,
  StandardizationApplicationState,
  StandardizationLevel,
} from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { codesAlong, pathCovers } from '../../auth/scope.js';
import { invalid } from '../../lib/errors.js';
import { allow } from '../../middlewares/access.js';
import { allowedMoves, type ApplicationMove } from './application-states.js';

// Who may call each standardization route at all (403 otherwise); which enterprise is decided by
// scope (404), and which agency may grade by the authority rules in the service (403).

/** The 主要负责人 applies for the enterprise. */
export const applicants = allow('enterprise_admin');
/** The enterprise's own people read its certificate and applications; regulators in scope too. */
export const standardizationReaders = allow(
  'enterprise_admin',
  'safety_manager',
  'worker',
  'congress_rep',
  'agency_admin',
  'inspector',
);
/** Regulators read the applications and certificates of their subtree. */
export const regulatorReaders = allow('agency_admin', 'inspector');
/** Grading (review, 公示, grant, revoke, downgrade) is an agency admin's act. */
export const graders = allow('agency_admin');

/** What this caller may do with an application: its state's moves, if its agency grades it. */
export function applicationActions(
  m: ActingMembership,
  a: { state: StandardizationApplicationState; authority_agency_id: string },
): ApplicationMove[] {
  return graders.roles.includes(m.role) && m.agencyId === a.authority_agency_id
    ? allowedMoves(a.state)
    : [];
}

export const CERTIFICATE_ACTIONS = ['revoke', 'downgrade', 'keep'] as const;
export type CertificateAction = (typeof CERTIFICATE_ACTIONS)[number];

/**
 * What this caller may do with a certificate as read (`state` judged at the time of reading): an
 * agency admin at or above the issuing agency revokes a valid one, or downgrades it while a lower
 * level exists (三级 is the lowest), and decides to keep one whose revocation is pending.
 */
export function certificateActions(
  m: ActingMembership,
  c: { level: StandardizationLevel; agency_path: string; review_id: string | null },
  state: string,
): CertificateAction[] {
  const covers = m.jurisdictionPath !== null && pathCovers(m.jurisdictionPath, c.agency_path);
  if (!graders.roles.includes(m.role) || !covers || state !== 'active') return [];
  return [
    'revoke',
    ...(c.level !== '三级' ? (['downgrade'] as const) : []),
    ...(c.review_id ? (['keep'] as const) : []),
  ];
}

// The grading authority of a level is the agency of that level's tier over the enterprise:
// 二级 the province's, 三级 the city's. 一级 is graded by the national ministry (应急管理部),
// which has no agency in this tree, so the product refuses 一级 applications rather than let a
// province pretend to be the ministry; an enterprise seeking 一级 applies to the ministry.

const TIER: Record<
  Exclude<StandardizationLevel, '一级'>,
  { level: 'province' | 'city'; name: string }
> = {
  二级: { level: 'province', name: '省级' },
  三级: { level: 'city', name: '设区的市级' },
};

const NATIONAL_LEVEL_REFUSAL = '一级由国家应急管理部评定，本系统不受理';

/** The agency grading `level` for an enterprise at `jurisdictionPath`; 422 on `level` if none. */
export async function authorityFor(
  db: Executor,
  jurisdictionPath: string,
  level: StandardizationLevel,
): Promise<{ id: string; name: string }> {
  if (level === '一级') throw invalid('level', NATIONAL_LEVEL_REFUSAL);
  const tier = TIER[level];
  const codes = codesAlong(jurisdictionPath);
  // Several agencies may sit at one jurisdiction; the oldest active one (the 应急管理部门 set up
  // first) grades, the same one every time.
  const agency = await db
    .selectFrom('agency as a')
    .innerJoin('jurisdiction as j', 'j.code', 'a.jurisdiction_code')
    .select(['a.id', 'a.name'])
    .where('j.code', 'in', codes)
    .where('j.level', '=', tier.level)
    .where('a.active', '=', true)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .executeTakeFirst();
  if (!agency) {
    throw invalid('level', `企业所在地没有${tier.name}应急管理部门，无法受理${level}申请`);
  }
  return agency;
}
