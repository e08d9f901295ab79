import type { Executor } from '@shuangfang/db';
import { pathUnder } from '../../auth/scope.js';

const baseQuery = (db: Executor) =>
  db
    .selectFrom('agency as a')
    .innerJoin('jurisdiction as j', 'j.code', 'a.jurisdiction_code')
    .select([
      'a.id',
      'a.name',
      'a.jurisdiction_code',
      'j.name as jurisdiction_name',
      'j.path as jurisdiction_path',
      'a.phone',
      'a.active',
    ]);

export type AgencyListRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

export function listAgenciesUnder(db: Executor, path: string | null) {
  let query = baseQuery(db).orderBy('j.path').orderBy('a.name');
  if (path) query = query.where(pathUnder('j.path', path));
  return query.execute();
}

export function findAgency(db: Executor, id: string) {
  return baseQuery(db).where('a.id', '=', id).executeTakeFirst();
}

export async function insertAgency(
  db: Executor,
  row: { name: string; jurisdictionCode: string; phone: string | null },
) {
  const { id } = await db
    .insertInto('agency')
    .values({ name: row.name, jurisdiction_code: row.jurisdictionCode, phone: row.phone })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
