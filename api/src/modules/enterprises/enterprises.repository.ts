import type { Executor, NewEnterprise, EnterpriseUpdate } from '@shuangfang/db';
import { sql } from 'kysely';
import type { ActingMembership } from '../../auth/actor.js';
import { enterpriseVisibleTo, pathUnder } from '../../auth/scope.js';
import type { EnterpriseFilter } from './enterprises.schemas.js';

const withNames = (db: Executor) =>
  db
    .selectFrom('enterprise as e')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .innerJoin('agency as a', 'a.id', 'e.supervising_agency_id')
    .selectAll('e')
    .select(['j.name as jurisdiction_name', 'a.name as agency_name']);

export type EnterpriseListRow = Awaited<
  ReturnType<ReturnType<typeof withNames>['execute']>
>[number];

/** The registry query: visible to the membership, then the user's filters. */
function filtered(db: Executor, m: ActingMembership, f: EnterpriseFilter & { underPath?: string }) {
  let query = withNames(db).where(enterpriseVisibleTo(m));
  if (f.underPath) query = query.where(pathUnder('j.path', f.underPath));
  if (f.industry) query = query.where('e.industry', '=', f.industry);
  if (f.active) query = query.where('e.active', '=', f.active === 'true');
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([eb('e.name', 'like', like), eb('e.credit_code', '=', f.q!.toUpperCase())]),
    );
  }
  return query;
}

export function listEnterprises(
  db: Executor,
  m: ActingMembership,
  f: EnterpriseFilter & { underPath?: string; after?: [string, string]; limit: number },
) {
  let query = filtered(db, m, f)
    .orderBy('e.name')
    .orderBy('e.id')
    .limit(f.limit + 1);
  if (f.after) {
    const [name, id] = f.after;
    query = query.where(sql<boolean>`(e.name, e.id) > (${name}, ${id})`);
  }
  return query.execute();
}

export async function countEnterprises(
  db: Executor,
  m: ActingMembership,
  f: EnterpriseFilter & { underPath?: string },
) {
  const row = await filtered(db, m, f)
    .clearSelect()
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The active enterprises the membership sees, counted by the jurisdiction each lies in. */
export function countActiveByJurisdiction(db: Executor, m: ActingMembership) {
  return db
    .selectFrom('enterprise as e')
    .select(['e.jurisdiction_code', (eb) => eb.fn.countAll<string>().as('n')])
    .where(enterpriseVisibleTo(m))
    .where('e.active', '=', true)
    .groupBy('e.jurisdiction_code')
    .execute();
}

export function findEnterprise(db: Executor, m: ActingMembership, id: string) {
  return withNames(db).where('e.id', '=', id).where(enterpriseVisibleTo(m)).executeTakeFirst();
}

export function findByCreditCode(db: Executor, creditCodes: string[]) {
  if (creditCodes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('enterprise')
    .select(['id', 'credit_code'])
    .where('credit_code', 'in', creditCodes)
    .execute();
}

export async function insertEnterprises(db: Executor, rows: NewEnterprise[]) {
  if (rows.length === 0) return [];
  return db.insertInto('enterprise').values(rows).returning('id').execute();
}

export async function updateEnterprise(db: Executor, id: string, update: EnterpriseUpdate) {
  await db
    .updateTable('enterprise')
    .set({ ...update, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}
