import type { Executor, JurisdictionLevel } from '@shuangfang/db';
import { sql } from 'kysely';
import { codesAlong, pathUnder } from '../../auth/scope.js';

export function listJurisdictions(db: Executor, underPath: string | null) {
  let query = db
    .selectFrom('jurisdiction')
    .select(['code', 'name', 'level', 'parent_code', 'path'])
    .orderBy('path');
  if (underPath) query = query.where(pathUnder('path', underPath));
  return query.execute();
}

export function findJurisdiction(db: Executor, code: string) {
  return db.selectFrom('jurisdiction').selectAll().where('code', '=', code).executeTakeFirst();
}

export function insertJurisdiction(
  db: Executor,
  row: {
    code: string;
    name: string;
    level: JurisdictionLevel;
    parentCode: string | null;
    path: string;
  },
) {
  return db
    .insertInto('jurisdiction')
    .values({
      code: row.code,
      name: row.name,
      level: row.level,
      parent_code: row.parentCode,
      path: row.path,
    })
    .returning(['code', 'name', 'level', 'parent_code', 'path'])
    .executeTakeFirstOrThrow();
}

/** Overrides set on the jurisdiction and its ancestors, root first (deeper ones win). */
export const overridesAlongPath = (db: Executor, path: string) => overridesOf(db, codesAlong(path));

/** The overrides set at any of `codes`, the shallower jurisdictions' first. */
export async function overridesOf(db: Executor, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .selectFrom('jurisdiction_setting as s')
    .innerJoin('jurisdiction as j', 'j.code', 's.jurisdiction_code')
    .select(['s.jurisdiction_code', 's.key', 's.value'])
    .where('s.jurisdiction_code', 'in', codes)
    .orderBy(sql`length(j.path)`)
    .execute();
}

/**
 * A value as jsonb, sent as JSON text: the drivers disagree on a bare string parameter of a jsonb
 * column (postgres.js serialises it as a JSON string, PGlite passes it through as JSON text), so
 * a string-valued setting such as a deadline `10:00` goes in as text either way.
 */
const jsonb = (value: unknown) => sql<unknown>`cast(${JSON.stringify(value)} as text)::jsonb`;

export async function upsertSetting(
  db: Executor,
  code: string,
  key: string,
  value: unknown,
  userId: string,
) {
  await db
    .insertInto('jurisdiction_setting')
    .values({ jurisdiction_code: code, key, value: jsonb(value), updated_by: userId })
    .onConflict((oc) =>
      oc.columns(['jurisdiction_code', 'key']).doUpdateSet({
        value: sql`excluded.value`,
        updated_by: userId,
        updated_at: sql`now()`,
      }),
    )
    .execute();
}

export async function deleteSetting(db: Executor, code: string, key: string) {
  await db
    .deleteFrom('jurisdiction_setting')
    .where('jurisdiction_code', '=', code)
    .where('key', '=', key)
    .execute();
}

/** The jurisdiction's own override of one key, locked so that concurrent changes log in order. */
export async function lockOwnSetting(db: Executor, code: string, key: string) {
  const row = await db
    .selectFrom('jurisdiction_setting')
    .select('value')
    .where('jurisdiction_code', '=', code)
    .where('key', '=', key)
    .forUpdate()
    .executeTakeFirst();
  return row ? row.value : null;
}

export async function insertSettingChange(
  db: Executor,
  row: { code: string; key: string; oldValue: unknown; newValue: unknown; userId: string },
) {
  await db
    .insertInto('jurisdiction_setting_change')
    .values({
      jurisdiction_code: row.code,
      key: row.key,
      old_value: row.oldValue === null ? null : jsonb(row.oldValue),
      new_value: row.newValue === null ? null : jsonb(row.newValue),
      changed_by: row.userId,
    })
    .execute();
}

/** The change log of a jurisdiction, newest first; keyset on (changed_at, id). */
export function listSettingChanges(
  db: Executor,
  code: string,
  limit: number,
  after?: [Date, string],
) {
  return db
    .selectFrom('jurisdiction_setting_change as c')
    .innerJoin('app_user as u', 'u.id', 'c.changed_by')
    .select([
      'c.id',
      'c.key',
      'c.old_value',
      'c.new_value',
      'c.changed_by',
      'c.changed_at',
      'u.display_name as changed_by_name',
    ])
    .where('c.jurisdiction_code', '=', code)
    .$if(!!after, (q) =>
      q.where((eb) => eb(eb.refTuple('c.changed_at', 'c.id'), '<', eb.tuple(after![0], after![1]))),
    )
    .orderBy('c.changed_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit + 1)
    .execute();
}
