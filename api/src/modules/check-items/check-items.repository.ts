import type { CheckItemRow, Executor, Industry } from '@shuangfang/db';

export type { CheckItemRow };
import { sql } from 'kysely';
import { likeContains } from '../../auth/scope.js';
import { jsonArray } from '../criteria/criteria.repository.js';

// The SQL of the check-item library and of what measures adopted from it.

export function checkItems(
  db: Executor,
  f: { words: string[]; industry?: Industry; includeArchived: boolean },
) {
  return db
    .selectFrom('check_item as c')
    .$if(!f.includeArchived, (q) => q.where('c.archived_at', 'is', null))
    .$if(!!f.industry, (q) =>
      q.where((eb) =>
        eb.or([
          eb('c.industries', '=', sql<Industry[]>`'[]'::jsonb`),
          eb('c.industries', '@>', jsonArray(f.industry!)),
        ]),
      ),
    )
    .$if(f.words.length > 0, (q) =>
      q.where((eb) =>
        eb.and(
          f.words.map((w) =>
            eb.or([
              eb('c.content', 'ilike', likeContains(w)),
              eb('c.basis', 'ilike', likeContains(w)),
            ]),
          ),
        ),
      ),
    );
}

export const findCheckItem = (db: Executor, id: string) =>
  db.selectFrom('check_item').selectAll().where('id', '=', id).executeTakeFirst();

export function adoptedBy(db: Executor, enterpriseId: string, measureId: string) {
  return db
    .selectFrom('measure_check_item as a')
    .innerJoin('app_user as u', 'u.id', 'a.adopted_by')
    .selectAll('a')
    .select('u.display_name as adopted_by_name')
    .where('a.enterprise_id', '=', enterpriseId)
    .where('a.measure_id', '=', measureId)
    .orderBy('a.adopted_at')
    .orderBy('a.id')
    .execute();
}
export type AdoptedRow = Awaited<ReturnType<typeof adoptedBy>>[number];

/** The measure, locked: adoptions of one measure append to its check content one at a time. */
export function lockMeasure(db: Executor, enterpriseId: string, measureId: string) {
  return db
    .selectFrom('control_measure')
    .select(['id', 'check_content', 'archived_at'])
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', measureId)
    .forUpdate()
    .executeTakeFirst();
}

export const findMeasure = (db: Executor, enterpriseId: string, measureId: string) =>
  db
    .selectFrom('control_measure')
    .select(['id', 'check_content', 'archived_at'])
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', measureId)
    .executeTakeFirst();
