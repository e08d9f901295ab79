import type {
  ControlMeasureTable,
  Database,
  EmergencyMeasureTable,
  Executor,
  NewRiskAssessment,
  RiskColour,
  RiskEventTable,
  RiskObjectTable,
  RiskUnitTable,
} from '@shuangfang/db';
import type { Insertable, Selectable, Updateable } from 'kysely';
import { sql } from 'kysely';

/** The largest sort order (PostgreSQL integer); also the API's limit for a client's value. */
export const MAX_SORT_ORDER = 2_147_483_647;

export type RegisterTable =
  'risk_object' | 'risk_unit' | 'risk_event' | 'control_measure' | 'emergency_measure';

/** Which table is under which, and by which column: the chain's shape in one place. */
export const PARENT: Partial<Record<RegisterTable, { table: RegisterTable; column: string }>> = {
  risk_unit: { table: 'risk_object', column: 'object_id' },
  risk_event: { table: 'risk_unit', column: 'unit_id' },
  control_measure: { table: 'risk_event', column: 'event_id' },
  emergency_measure: { table: 'risk_event', column: 'event_id' },
};

// The register tables share (enterprise_id, id, archived_at, updated_at); the row helpers below
// use only those, so naming one table for the type checker is exact for all of them.
const shared = (table: RegisterTable) => table as 'risk_object';

/**
 * A row of the enterprise, and whether it is archived or hangs under an archived ancestor;
 * undefined when the enterprise has no such row.
 */
export async function findInChain(
  db: Executor,
  table: RegisterTable,
  enterpriseId: string,
  id: string,
): Promise<{ id: string; archived: boolean } | undefined> {
  const parent = PARENT[table];
  const row = await db
    .selectFrom(shared(table))
    .select(['id', 'archived_at'])
    .select(sql<string | null>`${sql.ref(parent?.column ?? 'id')}`.as('parent_id'))
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  if (!parent || row.archived_at || !row.parent_id) {
    return { id: row.id, archived: row.archived_at !== null };
  }
  const above = await findInChain(db, parent.table, enterpriseId, row.parent_id);
  return { id: row.id, archived: above?.archived ?? false };
}

export async function archiveRow(
  db: Executor,
  table: RegisterTable,
  enterpriseId: string,
  id: string,
) {
  await db
    .updateTable(shared(table))
    .set({ archived_at: sql`now()`, updated_at: sql`now()` })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .execute();
}

type Insert = {
  risk_object: Insertable<RiskObjectTable>;
  risk_unit: Insertable<RiskUnitTable>;
  risk_event: Insertable<RiskEventTable>;
  control_measure: Insertable<ControlMeasureTable>;
  emergency_measure: Insertable<EmergencyMeasureTable>;
};

/** Inserts a row; without a sort order it goes to the end of its parent's list. */
export async function insertRow<T extends RegisterTable>(
  db: Executor,
  table: T,
  values: Insert[T],
) {
  const row = values as Insert['risk_object'] & Record<string, unknown>;
  const parent = PARENT[table];
  const sortOrder =
    row.sort_order ??
    sql<number>`(select least(coalesce(max(sort_order) + 1, 0), ${MAX_SORT_ORDER}) from ${sql.table(table)}
      where enterprise_id = ${row.enterprise_id}
      ${parent ? sql`and ${sql.ref(parent.column)} = ${row[parent.column]}` : sql``})`;
  const { id } = await db
    .insertInto(shared(table))
    .values({ ...row, sort_order: sortOrder })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateRow<T extends RegisterTable>(
  db: Executor,
  table: T,
  enterpriseId: string,
  id: string,
  values: Updateable<Insert[T]>,
) {
  await db
    .updateTable(shared(table))
    .set({ ...(values as Updateable<RiskObjectTable>), updated_at: sql`now()` })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

/** The current rows of one list (one parent's children), locked until the transaction ends. */
export async function lockList(
  db: Executor,
  table: RegisterTable,
  enterpriseId: string,
  parentId: string | null,
): Promise<string[]> {
  const parent = PARENT[table];
  const rows = await db
    .selectFrom(shared(table))
    .select('id')
    .where('enterprise_id', '=', enterpriseId)
    .where('archived_at', 'is', null)
    .$if(!!parent, (q) => q.where(sql.ref(parent!.column), '=', parentId))
    .forUpdate()
    .execute();
  return rows.map((r) => r.id);
}

/** Numbers the rows 0, 1, 2… in the order given, in one statement. */
export async function setSortOrders(
  db: Executor,
  table: RegisterTable,
  enterpriseId: string,
  ids: string[],
) {
  // The ids travel as one text parameter (::text first, so neither driver re-encodes it as JSON):
  // the same query on postgres.js and PGlite, whatever the list's length.
  await sql`update ${sql.table(table)} as t
    set sort_order = o.ord - 1, updated_at = now()
    from jsonb_array_elements_text(${JSON.stringify(ids)}::text::jsonb) with ordinality as o(id, ord)
    where t.enterprise_id = ${enterpriseId} and t.id = o.id::uuid`.execute(db);
}

export async function insertAssessment(db: Executor, row: NewRiskAssessment) {
  return db.insertInto('risk_assessment').values(row).returning('id').executeTakeFirstOrThrow();
}

export function listAssessments(db: Executor, enterpriseId: string, eventIds: string[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('risk_assessment as a')
    .innerJoin('app_user as u', 'u.id', 'a.assessed_by')
    .select(['a.id', 'a.event_id', 'a.method', 'a.inputs', 'a.score', 'a.grade', 'a.assessed_at'])
    .select('u.display_name as assessed_by')
    .where('a.enterprise_id', '=', enterpriseId)
    .where('a.event_id', 'in', eventIds)
    .orderBy('a.assessed_at', 'desc')
    .orderBy('a.id')
    .execute();
}

/** The register's rows of one enterprise, each list in its users' order. */
export async function loadRegister(db: Executor, enterpriseId: string, includeArchived: boolean) {
  const rows = <T extends RegisterTable>(table: T) =>
    db
      .selectFrom(table as RegisterTable)
      .selectAll()
      .where('enterprise_id', '=', enterpriseId)
      .$if(!includeArchived, (q) => q.where('archived_at', 'is', null))
      .orderBy('sort_order')
      .orderBy('created_at')
      .execute() as Promise<Selectable<Database[T]>[]>;
  const [objects, units, events, measures, emergency] = await Promise.all([
    rows('risk_object'),
    rows('risk_unit'),
    rows('risk_event'),
    rows('control_measure'),
    rows('emergency_measure'),
  ]);
  return { objects, units, events, measures, emergency };
}

/** Grades of the events that are current: not archived, nor under an archived unit or object. */
export async function currentGrades(db: Executor, enterpriseId: string): Promise<RiskColour[]> {
  const rows = await db
    .selectFrom('risk_event as ev')
    .innerJoin('risk_unit as u', (j) =>
      j.onRef('u.enterprise_id', '=', 'ev.enterprise_id').onRef('u.id', '=', 'ev.unit_id'),
    )
    .innerJoin('risk_object as o', (j) =>
      j.onRef('o.enterprise_id', '=', 'u.enterprise_id').onRef('o.id', '=', 'u.object_id'),
    )
    .select('ev.grade')
    .distinct()
    .where('ev.enterprise_id', '=', enterpriseId)
    .where('ev.archived_at', 'is', null)
    .where('u.archived_at', 'is', null)
    .where('o.archived_at', 'is', null)
    .where('ev.grade', 'is not', null)
    .execute();
  return rows.map((r) => r.grade as RiskColour);
}

export async function setEnterpriseRiskLevel(
  db: Executor,
  enterpriseId: string,
  level: RiskColour | null,
) {
  await db
    .updateTable('enterprise')
    .set({ risk_level: level, updated_at: sql`now()` })
    .where('id', '=', enterpriseId)
    .execute();
}

export function loadEvent(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('risk_event')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Holds the enterprise row until the transaction ends (see refreshRiskLevel). */
export async function lockEnterprise(db: Executor, enterpriseId: string) {
  await db
    .selectFrom('enterprise')
    .select('id')
    .where('id', '=', enterpriseId)
    .forUpdate()
    .execute();
}
