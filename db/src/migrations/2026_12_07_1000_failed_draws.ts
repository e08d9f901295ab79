import { sql, type Kysely } from 'kysely';

// A 双随机 draw that cannot be made (too few enterprises, or too few inspectors without a conflict
// for a drawn enterprise) is kept like any draw, with its inputs and what failed in `published`,
// so that retrying until a different enterprise comes out is visible: the next draw of the plan
// is a redo with a reason. `failed` marks those rows; they have no inspections.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function up(db: AnyDb): Promise<void> {
  // Adding a column rewrites no row, so the trigger that keeps draws final is not involved.
  await sql`alter table inspection_draw add column failed boolean not null default false`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`alter table inspection_draw drop column failed`.execute(db);
}
