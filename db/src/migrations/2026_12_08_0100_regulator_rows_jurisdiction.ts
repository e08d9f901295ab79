import { sql, type Kysely } from 'kysely';

// The dashboard counts, per jurisdiction of a subtree, the 挂牌督办 still listed and the active
// 标准化 certificates expiring within 90 days. Reached through the enterprise, each counted row cost
// a lookup of its enterprise (~3 ms and ~2 ms at province scale, P2 in docs/performance.md). The
// rows now carry their enterprise's jurisdiction, as hazards do (2026_12_07_1300), so the counts
// come from an index alone. Triggers keep it equal to the enterprise's: filled on insert, followed
// when the enterprise moves.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TABLES = ['hazard_supervision', 'standardization_certificate'] as const;

export async function up(db: AnyDb): Promise<void> {
  // Whatever the insert says, the row lies where its enterprise does.
  await sql`create function enterprise_jurisdiction_fill() returns trigger language plpgsql as $$
    begin
      select jurisdiction_code into new.jurisdiction_code from enterprise
        where id = new.enterprise_id;
      return new;
    end $$`.execute(db);
  for (const table of TABLES) {
    const t = sql.table(table);
    await sql`alter table ${t} add column jurisdiction_code text`.execute(db);
    await sql`update ${t} r set jurisdiction_code = e.jurisdiction_code
      from enterprise e where e.id = r.enterprise_id`.execute(db);
    await sql`alter table ${t} alter column jurisdiction_code set not null`.execute(db);
    await sql`create trigger ${sql.id(`${table}_jurisdiction`)} before insert
      or update of enterprise_id, jurisdiction_code on ${t}
      for each row execute function enterprise_jurisdiction_fill()`.execute(db);
  }
  await sql`create function enterprise_regulator_rows_follow() returns trigger
    language plpgsql as $$
    begin
      update hazard_supervision set jurisdiction_code = new.jurisdiction_code
        where enterprise_id = new.id and jurisdiction_code <> new.jurisdiction_code;
      update standardization_certificate set jurisdiction_code = new.jurisdiction_code
        where enterprise_id = new.id and jurisdiction_code <> new.jurisdiction_code;
      return null;
    end $$`.execute(db);
  await sql`create trigger enterprise_regulator_rows_follow after update of jurisdiction_code
    on enterprise for each row when (old.jurisdiction_code is distinct from new.jurisdiction_code)
    execute function enterprise_regulator_rows_follow()`.execute(db);

  await sql`create index hazard_supervision_listed_jurisdiction on hazard_supervision
    (jurisdiction_code) where state = 'listed'`.execute(db);
  // The expiry index serves the reminders too; the jurisdiction rides along for the dashboard.
  await sql`drop index standardization_certificate_expiry`.execute(db);
  await sql`create index standardization_certificate_expiry on standardization_certificate
    (valid_to) include (jurisdiction_code) where state = 'active'`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index standardization_certificate_expiry`.execute(db);
  await sql`create index standardization_certificate_expiry on standardization_certificate
    (valid_to) where state = 'active'`.execute(db);
  await sql`drop index hazard_supervision_listed_jurisdiction`.execute(db);
  await sql`drop trigger enterprise_regulator_rows_follow on enterprise`.execute(db);
  await sql`drop function enterprise_regulator_rows_follow()`.execute(db);
  for (const table of TABLES) {
    await sql`drop trigger ${sql.id(`${table}_jurisdiction`)} on ${sql.table(table)}`.execute(db);
    await sql`alter table ${sql.table(table)} drop column jurisdiction_code`.execute(db);
  }
  await sql`drop function enterprise_jurisdiction_fill()`.execute(db);
}
