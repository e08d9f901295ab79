import { sql, type Kysely } from 'kysely';

// The jurisdiction dashboard reads a province of millions of hazards, so it never counts hazard
// rows per request: triggers keep three small roll-ups keyed by the enterprise's jurisdiction,
// and a province sums a few thousand of their rows.
//   dashboard_open_hazards   open hazards by (jurisdiction, state, major, deadline day) — open,
//                            major open, and overdue (every day before today; today's own
//                            deadlines are counted exactly, through dashboard_hazard_deadline);
//   dashboard_closed_hazards closed hazards by (jurisdiction, day closed) — any period's closures;
//   dashboard_enterprises    active enterprises by (jurisdiction, industry, risk level,
//                            standardization level, credit status).
// Days are China days (UTC+8, no daylight saving). Absent values are keyed by sentinels
// ('' for a text, 'infinity' for a deadline) so that every key can be a primary key.
// `refreshDashboardRollups` (api/src/modules/dashboard) recomputes all three from scratch.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function up(db: AnyDb): Promise<void> {
  await sql`create function dashboard_day(t timestamptz) returns date language sql immutable
    as $$ select ((t at time zone 'UTC') + interval '8 hours')::date $$`.execute(db);

  await sql`create table dashboard_closed_hazards (
    jurisdiction_code text not null,
    closed_day date not null,
    hazards integer not null,
    primary key (jurisdiction_code, closed_day))`.execute(db);
  await createOpenAndEnterpriseRollups(db);

  // Today's deadlines are counted exactly (deadline < now), across the subtree's enterprises.
  await sql`create index dashboard_hazard_deadline on hazard (deadline)
    where state in ('reported', 'rectifying', 'awaiting_acceptance')`.execute(db);
  // Dual-report compliance reads the reports due in a period and the drafts already past due.
  await sql`create index dashboard_report_due on report (due_at)`.execute(db);
  await sql`create index dashboard_report_draft_due on report (due_at) where state = 'draft'`.execute(
    db,
  );
}

/**
 * The open-hazard and enterprise roll-ups with their triggers, empty. Also used by
 * 2026_11_23_2330's down, which returns to these shapes.
 */
export async function createOpenAndEnterpriseRollups(db: AnyDb): Promise<void> {
  await sql`create table dashboard_open_hazards (
    jurisdiction_code text not null,
    state text not null,
    major boolean not null,
    deadline_day date not null,
    hazards integer not null,
    primary key (jurisdiction_code, state, major, deadline_day))`.execute(db);
  await sql`create table dashboard_enterprises (
    jurisdiction_code text not null,
    industry text not null,
    risk_level text not null,
    standardization_level text not null,
    credit_status text not null,
    enterprises integer not null,
    primary key (jurisdiction_code, industry, risk_level, standardization_level, credit_status))`.execute(
    db,
  );

  // Deltas are summed per key and applied in key order, so two transactions moving hazards in
  // opposite directions lock the same rows in the same order and cannot deadlock.
  await sql`create function dashboard_hazard_rollup() returns trigger language plpgsql as $$
    declare
      code text;
    begin
      if tg_op = 'UPDATE' and old.state is not distinct from new.state
        and old.grade is not distinct from new.grade
        and old.deadline is not distinct from new.deadline
        and old.closed_at is not distinct from new.closed_at then
        return null;
      end if;
      select jurisdiction_code into code from enterprise where id = new.enterprise_id;
      insert into dashboard_open_hazards as r (jurisdiction_code, state, major, deadline_day, hazards)
        select code, v.state, v.major, v.day, sum(v.n) from (values
          (old.state, coalesce(old.grade = '重大', false),
           coalesce(dashboard_day(old.deadline), 'infinity'::date), -1),
          (new.state, coalesce(new.grade = '重大', false),
           coalesce(dashboard_day(new.deadline), 'infinity'::date), 1)
        ) v(state, major, day, n)
        where v.state in ('reported', 'rectifying', 'awaiting_acceptance')
        group by v.state, v.major, v.day having sum(v.n) <> 0
        order by v.state, v.major, v.day
        on conflict (jurisdiction_code, state, major, deadline_day)
        do update set hazards = r.hazards + excluded.hazards;
      insert into dashboard_closed_hazards as r (jurisdiction_code, closed_day, hazards)
        select code, v.day, sum(v.n) from (values
          (dashboard_day(old.closed_at), -1), (dashboard_day(new.closed_at), 1)
        ) v(day, n)
        where v.day is not null
        group by v.day having sum(v.n) <> 0
        order by v.day
        on conflict (jurisdiction_code, closed_day)
        do update set hazards = r.hazards + excluded.hazards;
      return null;
    end $$`.execute(db);
  await sql`create trigger dashboard_hazard_rollup after insert or update on hazard
    for each row execute function dashboard_hazard_rollup()`.execute(db);

  // An enterprise counts while active; moving it to another jurisdiction moves its hazards'
  // counts with it (rare, and one enterprise's hazards, read by its index).
  await sql`create function dashboard_enterprise_rollup() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.jurisdiction_code = new.jurisdiction_code
        and old.industry = new.industry
        and old.risk_level is not distinct from new.risk_level
        and old.standardization_level is not distinct from new.standardization_level
        and old.credit_status = new.credit_status and old.active = new.active then
        return null;
      end if;
      insert into dashboard_enterprises as r (jurisdiction_code, industry, risk_level,
          standardization_level, credit_status, enterprises)
        select v.code, v.industry, v.risk, v.std, v.credit, sum(v.n) from (values
          (old.jurisdiction_code, old.industry, coalesce(old.risk_level, ''),
           coalesce(old.standardization_level, ''), old.credit_status,
           case when old.active then -1 else 0 end),
          (new.jurisdiction_code, new.industry, coalesce(new.risk_level, ''),
           coalesce(new.standardization_level, ''), new.credit_status,
           case when new.active then 1 else 0 end)
        ) v(code, industry, risk, std, credit, n)
        where v.code is not null
        group by v.code, v.industry, v.risk, v.std, v.credit having sum(v.n) <> 0
        order by v.code, v.industry, v.risk, v.std, v.credit
        on conflict (jurisdiction_code, industry, risk_level, standardization_level, credit_status)
        do update set enterprises = r.enterprises + excluded.enterprises;
      if tg_op = 'UPDATE' and old.jurisdiction_code <> new.jurisdiction_code then
        insert into dashboard_open_hazards as r (jurisdiction_code, state, major, deadline_day, hazards)
          select v.code, h.state, coalesce(h.grade = '重大', false),
                 coalesce(dashboard_day(h.deadline), 'infinity'::date), sum(v.n)
          from hazard h
          cross join (values (old.jurisdiction_code, -1), (new.jurisdiction_code, 1)) v(code, n)
          where h.enterprise_id = new.id
            and h.state in ('reported', 'rectifying', 'awaiting_acceptance')
          group by 1, 2, 3, 4 order by 1, 2, 3, 4
          on conflict (jurisdiction_code, state, major, deadline_day)
          do update set hazards = r.hazards + excluded.hazards;
        insert into dashboard_closed_hazards as r (jurisdiction_code, closed_day, hazards)
          select v.code, dashboard_day(h.closed_at), sum(v.n)
          from hazard h
          cross join (values (old.jurisdiction_code, -1), (new.jurisdiction_code, 1)) v(code, n)
          where h.enterprise_id = new.id and h.closed_at is not null
          group by 1, 2 order by 1, 2
          on conflict (jurisdiction_code, closed_day)
          do update set hazards = r.hazards + excluded.hazards;
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger dashboard_enterprise_rollup after insert or update or delete
    on enterprise for each row execute function dashboard_enterprise_rollup()`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index dashboard_report_draft_due`.execute(db);
  await sql`drop index dashboard_report_due`.execute(db);
  await sql`drop index dashboard_hazard_deadline`.execute(db);
  await sql`drop trigger dashboard_enterprise_rollup on enterprise`.execute(db);
  await sql`drop function dashboard_enterprise_rollup()`.execute(db);
  await sql`drop trigger dashboard_hazard_rollup on hazard`.execute(db);
  await sql`drop function dashboard_hazard_rollup()`.execute(db);
  await sql`drop table dashboard_enterprises`.execute(db);
  await sql`drop table dashboard_closed_hazards`.execute(db);
  await sql`drop table dashboard_open_hazards`.execute(db);
  await sql`drop function dashboard_day(timestamptz)`.execute(db);
}
