import type { Executor } from '@shuangfang/db';
import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '@shuangfang/db';
import { notFound } from '../lib/errors.js';
import type { ActingMembership } from './actor.js';

// What a membership may see. An enterprise role sees its own enterprise; an agency role sees the
// enterprises whose jurisdiction lies in its agency's subtree; anything else is out of scope and
// answers 404, so a caller cannot even learn that a record exists.

export function isAgencyRole(m: ActingMembership): boolean {
  return m.agencyId !== null;
}

/** Subtree test on the materialised path: `/360000/360700/` covers `/360000/360700/360735/`. */
export function pathCovers(ancestorPath: string, path: string): boolean {
  return path.startsWith(ancestorPath);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');
export const likePrefix = (path: string) => `${escapeLike(path)}%`;
/** A LIKE/ILIKE pattern matching `text` anywhere, its wildcards taken literally. */
export const likeContains = (text: string) => `%${escapeLike(text)}%`;

/** The jurisdiction codes of a materialised path, root first: `/36/3607/360735/` → 36, 3607, 360735. */
export const codesAlong = (path: string) => path.split('/').filter(Boolean);

/**
 * The one jurisdiction-subtree filter: `column` (a jurisdiction's materialised path, e.g. `j.path`)
 * lies under `path`. A prefix match served by the `text_pattern_ops` index on `jurisdiction.path`.
 */
export const pathUnder = (column: string, path: string) =>
  sql<boolean>`${sql.ref(column)} like ${likePrefix(path)}`;

/**
 * `column` lies under the path held by `ancestorColumn`, another row's column. LIKE needs a
 * constant pattern to use the `text_pattern_ops` index, so the prefix is spelled as the byte range
 * it covers: paths under `/36/3607/` are those from `/36/3607/` up to, not including, `/36/36070`
 * ('0' is the byte after '/'), which is exactly the strings beginning with `/36/3607/`.
 */
export const pathUnderColumn = (column: string, ancestorColumn: string) =>
  sql<boolean>`(${sql.ref(column)} ~>=~ ${sql.ref(ancestorColumn)}
    and ${sql.ref(column)} ~<~ (left(${sql.ref(ancestorColumn)}, -1) || '0'))`;

/**
 * A subtree of at most this many jurisdictions is small: the session reads its codes with the
 * membership (`ActingMembership.subtreeCodes`), and the hazard search reads such a subtree with
 * one index scan per jurisdiction (docs/performance.md, P1).
 */
export const SMALL_SUBTREE = 40;

/** A filter on `enterprise` (aliased `e`) keeping the rows the membership may see. */
export function enterpriseVisibleTo(m: ActingMembership) {
  return (eb: EnterpriseExpressions) => {
    if (m.enterpriseId) return eb('e.id', '=', m.enterpriseId);
    if (m.agencyId && m.jurisdictionPath) return enterpriseUnder(m.jurisdictionPath)(eb);
    return eb.lit(false);
  };
}

type EnterpriseExpressions = ExpressionBuilder<Database & { e: Database['enterprise'] }, 'e'>;

/** Enterprises (aliased `e`) of the jurisdiction at `path` and below. */
export function enterpriseUnder(path: string) {
  return (eb: EnterpriseExpressions) =>
    eb(
      'e.jurisdiction_code',
      'in',
      eb.selectFrom('jurisdiction').select('code').where(pathUnder('path', path)),
    );
}

/** The subtree path of a list's `jurisdictionCode` filter, checked in scope (404 otherwise). */
export async function jurisdictionFilterPath(
  db: Executor,
  m: ActingMembership,
  code: string | undefined,
): Promise<string | undefined> {
  return code ? (await requireJurisdictionInScope(db, m, code)).path : undefined;
}

/** Throws 404 unless the jurisdiction exists and lies in the agency's subtree. */
export async function requireJurisdictionInScope(
  db: Executor,
  m: ActingMembership,
  code: string,
): Promise<{ code: string; path: string; level: string; name: string }> {
  const row = await db
    .selectFrom('jurisdiction')
    .select(['code', 'path', 'level', 'name'])
    .where('code', '=', code)
    .executeTakeFirst();
  const visible =
    row &&
    (m.role === 'platform_admin' ||
      (m.jurisdictionPath && pathCovers(m.jurisdictionPath, row.path)));
  if (!row || !visible) throw notFound('行政区划');
  return row;
}

/** Throws 404 unless the enterprise exists and the membership may see it. */
export async function requireEnterpriseInScope(db: Executor, m: ActingMembership, id: string) {
  const row = await db
    .selectFrom('enterprise as e')
    .selectAll('e')
    .where('e.id', '=', id)
    .where(enterpriseVisibleTo(m))
    .executeTakeFirst();
  if (!row) throw notFound('企业');
  return row;
}
