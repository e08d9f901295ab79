import { sql, type Kysely } from 'kysely';

// A regulator's hazard list orders a jurisdiction subtree by time. Reached through the enterprise,
// every open hazard of every enterprise of the county was read and sorted before the LIMIT. The
// hazard now carries its enterprise's jurisdiction, so an index on (jurisdiction, state, time)
// yields a page's keys in order (docs/performance.md, P1). Triggers keep it equal to the
// enterprise's: filled on insert, followed when the enterprise moves. A closed or rejected hazard
// stays final in everything else.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FINAL_BEFORE = `create or replace function hazard_refuse_final_change() returns trigger
  language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'hazard rows are never deleted' using errcode = '55000';
      end if;
      if old.state in ('closed', 'rejected') then
        raise exception 'hazard % is %, and final', old.id, old.state using errcode = '55000';
      end if;
      return new;
    end $$`;

export async function up(db: AnyDb): Promise<void> {
  await sql`alter table hazard add column jurisdiction_code text`.execute(db);
  // The backfill rewrites final hazards too: neither trigger has anything to say about it (the
  // roll-up ignores a change that leaves state, grade, deadline and closing time alone).
  await sql`alter table hazard disable trigger hazard_final`.execute(db);
  await sql`alter table hazard disable trigger dashboard_hazard_rollup`.execute(db);
  await sql`update hazard h set jurisdiction_code = e.jurisdiction_code
    from enterprise e where e.id = h.enterprise_id`.execute(db);
  await sql`alter table hazard enable trigger dashboard_hazard_rollup`.execute(db);
  await sql`alter table hazard enable trigger hazard_final`.execute(db);
  await sql`alter table hazard alter column jurisdiction_code set not null`.execute(db);

  // A final hazard may still follow its enterprise to a new jurisdiction, and nothing else.
  await sql`create or replace function hazard_refuse_final_change() returns trigger
    language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'hazard rows are never deleted' using errcode = '55000';
      end if;
      if old.state in ('closed', 'rejected')
        and (to_jsonb(new) - 'jurisdiction_code') is distinct from
          (to_jsonb(old) - 'jurisdiction_code') then
        raise exception 'hazard % is %, and final', old.id, old.state using errcode = '55000';
      end if;
      return new;
    end $$`.execute(db);

  // Whatever the insert says, the hazard lies where its enterprise does.
  await sql`create function hazard_jurisdiction_fill() returns trigger language plpgsql as $$
    begin
      select jurisdiction_code into new.jurisdiction_code from enterprise
        where id = new.enterprise_id;
      return new;
    end $$`.execute(db);
  await sql`create trigger hazard_jurisdiction before insert or update of enterprise_id,
    jurisdiction_code on hazard for each row execute function hazard_jurisdiction_fill()`.execute(
    db,
  );
  await sql`create function enterprise_hazards_follow() returns trigger language plpgsql as $$
    begin
      update hazard set jurisdiction_code = new.jurisdiction_code
        where enterprise_id = new.id and jurisdiction_code <> new.jurisdiction_code;
      return null;
    end $$`.execute(db);
  await sql`create trigger enterprise_hazards_follow after update of jurisdiction_code
    on enterprise for each row when (old.jurisdiction_code is distinct from new.jurisdiction_code)
    execute function enterprise_hazards_follow()`.execute(db);

  // A page's keys in order: with the state filter, and without it. The enterprise rides along
  // so the keys come from the index alone.
  await sql`create index hazard_jurisdiction_state on hazard
    (jurisdiction_code, state, created_at desc, id desc) include (enterprise_id)`.execute(db);
  await sql`create index hazard_jurisdiction_recent on hazard
    (jurisdiction_code, created_at desc, id desc) include (enterprise_id)`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index hazard_jurisdiction_recent`.execute(db);
  await sql`drop index hazard_jurisdiction_state`.execute(db);
  await sql`drop trigger enterprise_hazards_follow on enterprise`.execute(db);
  await sql`drop function enterprise_hazards_follow()`.execute(db);
  await sql`drop trigger hazard_jurisdiction on hazard`.execute(db);
  await sql`drop function hazard_jurisdiction_fill()`.execute(db);
  await sql.raw(FINAL_BEFORE).execute(db);
  await sql`alter table hazard drop column jurisdiction_code`.execute(db);
}
