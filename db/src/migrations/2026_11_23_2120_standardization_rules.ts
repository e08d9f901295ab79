import { sql, type Kysely } from 'kysely';

// 安全生产标准化: an enterprise has at most one open application (submitted or on 公示). The
// service answers 409 when one is open; this index makes it hold when two applications arrive at
// once, too.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function up(db: AnyDb): Promise<void> {
  await sql`create unique index standardization_application_one_open
    on standardization_application (enterprise_id) where state in ('submitted', 'publicity')`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index standardization_application_one_open`.execute(db);
}
