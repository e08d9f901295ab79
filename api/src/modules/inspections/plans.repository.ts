import type { Database, Executor } from '@shuangfang/db';
import { sql, type Insertable } from 'kysely';

// The SQL of 双随机 plans and their draws. A draw row is final (a trigger refuses UPDATE and
// DELETE); a redo voids the earlier draw's inspections and adds a new draw.

/** The agency's plans, with their period as calendar days and how many draws each has. */
function plansOf(db: Executor, agencyId: string) {
  return db
    .selectFrom('inspection_plan as p')
    .selectAll('p')
    .select((eb) => [
      sql<string>`p.period_start::text`.as('start'),
      sql<string>`p.period_end::text`.as('end'),
      eb
        .selectFrom('inspection_draw as d')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('d.plan_id', '=', 'p.id')
        .as('draw_count'),
    ])
    .where('p.agency_id', '=', agencyId);
}

/** Newest first. */
export function listPlans(db: Executor, agencyId: string) {
  return plansOf(db, agencyId).orderBy('p.created_at', 'desc').execute();
}

export function findPlan(db: Executor, agencyId: string, id: string) {
  return plansOf(db, agencyId).where('p.id', '=', id).executeTakeFirst();
}

export async function insertPlan(db: Executor, row: Insertable<Database['inspection_plan']>) {
  const { id } = await db
    .insertInto('inspection_plan')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The plan's row, locked until the transaction ends: draws of one plan happen one at a time. */
export function lockPlan(db: Executor, planId: string) {
  return db
    .selectFrom('inspection_plan')
    .selectAll()
    .where('id', '=', planId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/** The plan's draws, the latest (current) first, with the name of who drew. */
export function listDraws(db: Executor, planId: string) {
  return db
    .selectFrom('inspection_draw as d')
    .innerJoin('app_user as u', 'u.id', 'd.drawn_by')
    .selectAll('d')
    .select('u.display_name')
    .where('d.plan_id', '=', planId)
    .orderBy('d.seq', 'desc')
    .execute();
}

/** The plan's latest draw, failed or not: the next one is a redo. */
export function lastDraw(db: Executor, planId: string) {
  return db
    .selectFrom('inspection_draw')
    .select(['id', 'seq'])
    .where('plan_id', '=', planId)
    .orderBy('seq', 'desc')
    .executeTakeFirst();
}

/** The plan's latest draw that was made: its inspections are the current ones. */
export function currentDraw(db: Executor, planId: string) {
  return db
    .selectFrom('inspection_draw')
    .select(['id', 'seq'])
    .where('plan_id', '=', planId)
    .where('failed', '=', false)
    .orderBy('seq', 'desc')
    .executeTakeFirst();
}

/** Whether a team has already recorded an inspection of the draw. */
export async function drawHasRecords(db: Executor, drawId: string) {
  const row = await db
    .selectFrom('inspection')
    .select('id')
    .where('draw_id', '=', drawId)
    .where('state', '<>', 'assigned')
    .executeTakeFirst();
  return row !== undefined;
}

export async function jurisdictionPaths(db: Executor, codes: string[]) {
  const rows = await db
    .selectFrom('jurisdiction')
    .select('path')
    .where('code', 'in', codes)
    .execute();
  return rows.map((j) => j.path);
}

/** The draw's inspections no longer count: a redo replaced it. */
export async function voidInspectionsOf(db: Executor, drawId: string) {
  await db.updateTable('inspection').set({ void: true }).where('draw_id', '=', drawId).execute();
}

export async function insertDraw(db: Executor, row: Insertable<Database['inspection_draw']>) {
  const { id } = await db
    .insertInto('inspection_draw')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertInspections(db: Executor, rows: Insertable<Database['inspection']>[]) {
  if (rows.length) await db.insertInto('inspection').values(rows).execute();
}

/** What was published with a draw; with `agencyId`, only a draw of that agency. */
export async function findPublished(db: Executor, drawId: string, agencyId?: string) {
  let q = db.selectFrom('inspection_draw').select('published').where('id', '=', drawId);
  if (agencyId) q = q.where('agency_id', '=', agencyId);
  return (await q.executeTakeFirst())?.published;
}

/** The agency's draws for its public page, newest first. */
export function agencyDraws(db: Executor, agencyId: string) {
  return db
    .selectFrom('inspection_draw as d')
    .innerJoin('inspection_plan as p', 'p.id', 'd.plan_id')
    .select(['d.id', 'p.name', 'd.seq', 'd.drawn_at', 'd.redo_reason', 'd.failed', 'd.published'])
    .where('d.agency_id', '=', agencyId)
    .orderBy('d.drawn_at', 'desc')
    .limit(200)
    .execute();
}
