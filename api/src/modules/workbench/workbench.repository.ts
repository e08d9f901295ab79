import type { Executor, RiskColour } from '@shuangfang/db';
import { sql } from 'kysely';

/** A to-do list, not an archive: at most this many of one kind. */
const PER_KIND = 50;

/** Hazards reported and not yet confirmed or rejected: the managers' triage. */
export function hazardsToTriage(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('hazard as h')
    .select(['h.id', 'h.enterprise_id', 'h.description', 'h.created_at'])
    .where('h.enterprise_id', '=', enterpriseId)
    .where('h.state', '=', 'reported')
    .orderBy('h.created_at', 'desc')
    .limit(PER_KIND)
    .execute();
}

/** Current positions with no live public link: their 告知卡 is not published. */
export function unpublishedPositions(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('position as p')
    .select(['p.id', 'p.name'])
    .where('p.enterprise_id', '=', enterpriseId)
    .where('p.archived_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('board_link as l')
            .select('l.position_id')
            .whereRef('l.enterprise_id', '=', 'p.enterprise_id')
            .whereRef('l.position_id', '=', 'p.id')
            .where('l.revoked_at', 'is', null),
        ),
      ),
    )
    .orderBy('p.sort_order')
    .orderBy('p.created_at')
    .limit(PER_KIND)
    .execute();
}

/**
 * Hazards counted per China-time week (Monday first) since `since`, keyed by the Monday's date.
 * `column` is when a hazard was opened (created_at) or closed (closed_at).
 */
export async function weeklyCounts(
  db: Executor,
  enterpriseId: string,
  column: 'created_at' | 'closed_at',
  since: Date,
) {
  const week = sql<string>`to_char(date_trunc('week', ${sql.ref(`h.${column}`)} at time zone 'Asia/Shanghai'), 'YYYY-MM-DD')`;
  const rows = await db
    .selectFrom('hazard as h')
    .select([week.as('week'), (eb) => eb.fn.countAll<string>().as('n')])
    .where('h.enterprise_id', '=', enterpriseId)
    .where(`h.${column}`, '>=', since)
    .groupBy(week)
    .execute();
  return new Map(rows.map((r) => [r.week, Number(r.n)]));
}

/** Current risk events per grade (ungraded ones are not counted). */
export async function riskByGrade(db: Executor, enterpriseId: string) {
  const rows = await db
    .selectFrom('risk_event as e')
    .select(['e.grade', (eb) => eb.fn.countAll<string>().as('n')])
    .where('e.enterprise_id', '=', enterpriseId)
    .where('e.archived_at', 'is', null)
    .where('e.grade', 'is not', null)
    .groupBy('e.grade')
    .execute();
  const counts: Record<RiskColour, number> = { red: 0, orange: 0, yellow: 0, blue: 0 };
  for (const r of rows) counts[r.grade!] = Number(r.n);
  return counts;
}

/** Open hazards past their deadline (the rule of hazards.repository.ts `overdue`). */
export async function overdueCount(db: Executor, enterpriseId: string) {
  const row = await db
    .selectFrom('hazard as h')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('h.enterprise_id', '=', enterpriseId)
    .where('h.deadline', '<', sql<Date>`now()`)
    .where('h.state', 'not in', ['closed', 'rejected'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
