import type { Executor } from '@shuangfang/db';
import { sql } from 'kysely';
import { pathUnder } from '../../auth/scope.js';

// The SQL of the daily 承诺公告, its gate-screen link, and what its counts are derived from.

const COMMITMENT_COLUMNS = [
  'c.enterprise_id',
  'c.id',
  sql<string>`c.day::text`.as('day'),
  'c.due_at',
  'c.content',
  'c.content_hash',
  'c.committed_by',
  'c.committed_by_name',
  'c.committed_as',
  'c.committed_at',
] as const;

export function findByDay(db: Executor, enterpriseId: string, day: string) {
  return db
    .selectFrom('risk_commitment as c')
    .select(COMMITMENT_COLUMNS)
    .where('c.enterprise_id', '=', enterpriseId)
    .where('c.day', '=', day)
    .executeTakeFirst();
}
export type CommitmentRow = NonNullable<Awaited<ReturnType<typeof findByDay>>>;

export function findById(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('risk_commitment as c')
    .select(COMMITMENT_COLUMNS)
    .where('c.enterprise_id', '=', enterpriseId)
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export async function insertCommitment(
  db: Executor,
  row: {
    enterprise_id: string;
    day: string;
    due_at: Date;
    content: Record<string, unknown>;
    content_hash: string;
    committed_by: string;
    committed_by_name: string;
    committed_as: 'principal' | 'deputy';
    committed_at: Date;
  },
) {
  const { id } = await db
    .insertInto('risk_commitment')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export interface HistoryFilter {
  from?: string;
  to?: string;
  late?: boolean;
}

/** Newest day first, keyset-paged on (committed_at, id), in one enterprise or a subtree. */
export function history(
  db: Executor,
  where: { enterpriseId: string } | { path: string; enterpriseId?: string },
  f: HistoryFilter,
  limit: number,
  after?: [Date, string],
) {
  return db
    .selectFrom('risk_commitment as c')
    .innerJoin('enterprise as e', 'e.id', 'c.enterprise_id')
    .select(COMMITMENT_COLUMNS)
    .select(['e.name as enterprise_name'])
    .$if('path' in where, (q) =>
      q.where(
        'e.jurisdiction_code',
        'in',
        db
          .selectFrom('jurisdiction')
          .select('code')
          .where(pathUnder('path', (where as { path: string }).path)),
      ),
    )
    .$if(where.enterpriseId !== undefined, (q) =>
      q.where('c.enterprise_id', '=', where.enterpriseId!),
    )
    .$if(f.from !== undefined, (q) => q.where('c.day', '>=', f.from!))
    .$if(f.to !== undefined, (q) => q.where('c.day', '<=', f.to!))
    .$if(f.late !== undefined, (q) =>
      q.where(
        f.late ? sql<boolean>`c.committed_at > c.due_at` : sql<boolean>`c.committed_at <= c.due_at`,
      ),
    )
    .$if(after !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('c.committed_at', '<', after![0]),
          eb.and([eb('c.committed_at', '=', after![0]), eb('c.id', '<', after![1])]),
        ]),
      ),
    )
    .orderBy('c.committed_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit + 1)
    .execute();
}

/**
 * The enterprises obliged to commit daily under a jurisdiction path: active 危险化学品 enterprises,
 * and any active enterprise that registered a 重大危险源; with the day's commitment if any.
 */
export function obligedUnder(db: Executor, path: string, day: string) {
  return db
    .selectFrom('enterprise as e')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .leftJoin('risk_commitment as c', (join) =>
      join.onRef('c.enterprise_id', '=', 'e.id').on('c.day', '=', day),
    )
    .select([
      'e.id',
      'e.name',
      'e.jurisdiction_code',
      'j.path as jurisdiction_path',
      'c.id as commitment_id',
      'c.committed_at',
      'c.due_at',
      'c.committed_by_name',
    ])
    .where(pathUnder('j.path', path))
    .where('e.active', '=', true)
    .where((eb) =>
      eb.or([
        eb('e.industry', '=', '危险化学品'),
        eb.exists(
          eb
            .selectFrom('major_hazard as h')
            .select(sql.lit(1).as('one'))
            .whereRef('h.enterprise_id', '=', 'e.id')
            .where('h.archived_at', 'is', null),
        ),
      ]),
    )
    .execute();
}

/** Open 重大隐患 of the enterprise with the risk object they lie in. */
export function openMajorHazards(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('hazard')
    .select(['id', 'risk_object_id'])
    .where('enterprise_id', '=', enterpriseId)
    .where('grade', '=', '重大')
    .where('state', 'in', ['rectifying', 'awaiting_acceptance'])
    .execute();
}

export function liveScreenLink(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('gate_screen_link')
    .select(['token', 'created_at'])
    .where('enterprise_id', '=', enterpriseId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export function findScreenLink(db: Executor, token: string) {
  return db
    .selectFrom('gate_screen_link as l')
    .innerJoin('enterprise as e', 'e.id', 'l.enterprise_id')
    .select(['l.enterprise_id', 'e.name', 'e.jurisdiction_code'])
    .where('l.token', '=', token)
    .where('l.revoked_at', 'is', null)
    .where('e.active', '=', true)
    .executeTakeFirst();
}

export function revokeScreenLinks(db: Executor, enterpriseId: string) {
  return db
    .updateTable('gate_screen_link')
    .set({ revoked_at: sql`now()` })
    .where('enterprise_id', '=', enterpriseId)
    .where('revoked_at', 'is', null)
    .execute();
}

export function insertScreenLink(db: Executor, enterpriseId: string, token: string, by: string) {
  return db
    .insertInto('gate_screen_link')
    .values({ enterprise_id: enterpriseId, token, created_by: by, revoked_at: null })
    .execute();
}
