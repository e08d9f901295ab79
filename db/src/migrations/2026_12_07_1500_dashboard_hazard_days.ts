import { sql, type Kysely } from 'kysely';

// The dashboard's 12-week hazard trend (opened per week, overdue at each week's end) read the
// subtree's hazards of those weeks and every hazard whose deadline had passed: ~1.4 s for a
// province of 2 M hazards (P5 render in docs/performance.md). One roll-up by China day and
// jurisdiction, kept by a trigger on hazard, answers both:
//   opened         hazards registered that day (every state);
//   overdue_began  hazards that became overdue that day: the later of deadline and registration,
//                  for a hazard not rejected that was not closed by then;
//   overdue_ended  of those, the ones closed that day.
// A hazard is overdue at an instant t when it began before t and had not ended before t, so the
// count at a week's end is the count now, less what began since, plus what ended since
// (api/src/modules/dashboard/dashboard-trend.repository.ts). The hazard carries its
// jurisdiction (2026_12_07_1300), so an enterprise's move reaches this trigger as an update of it.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function up(db: AnyDb): Promise<void> {
  await sql`create table dashboard_hazard_days (
    day date not null,
    jurisdiction_code text not null,
    opened integer not null,
    overdue_began integer not null,
    overdue_ended integer not null,
    primary key (day, jurisdiction_code))`.execute(db);

  // What one hazard adds to the roll-up, by day.
  await sql`create function dashboard_hazard_days_of(state text, created_at timestamptz,
      deadline timestamptz, closed_at timestamptz)
    returns table (day date, opened integer, overdue_began integer, overdue_ended integer)
    language sql immutable as $$
      select v.day, v.opened, v.began, v.ended from (values
        (dashboard_day(created_at), 1, 0, 0),
        (dashboard_day(greatest(deadline, created_at)), 0, 1, 0),
        (dashboard_day(closed_at), 0, 0, 1)
      ) v(day, opened, began, ended)
      where v.day is not null and (v.opened = 1 or (state <> 'rejected' and deadline is not null
        and (closed_at is null or closed_at > greatest(deadline, created_at))))
    $$`.execute(db);

  // Deltas summed per key and applied in key order, as in the other roll-ups.
  await sql`create function dashboard_hazard_days_rollup() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.state = new.state
        and old.created_at = new.created_at
        and old.deadline is not distinct from new.deadline
        and old.closed_at is not distinct from new.closed_at
        and old.jurisdiction_code = new.jurisdiction_code then
        return null;
      end if;
      insert into dashboard_hazard_days as r
          (day, jurisdiction_code, opened, overdue_began, overdue_ended)
        select d.day, v.code, sum(d.opened * v.n), sum(d.overdue_began * v.n),
               sum(d.overdue_ended * v.n)
        from (values
          (old.jurisdiction_code, old.state, old.created_at, old.deadline, old.closed_at, -1),
          (new.jurisdiction_code, new.state, new.created_at, new.deadline, new.closed_at, 1)
        ) v(code, state, created_at, deadline, closed_at, n)
        cross join lateral dashboard_hazard_days_of(v.state, v.created_at, v.deadline,
          v.closed_at) d
        where v.code is not null
        group by 1, 2
        having sum(d.opened * v.n) <> 0 or sum(d.overdue_began * v.n) <> 0
          or sum(d.overdue_ended * v.n) <> 0
        order by 1, 2
        on conflict (day, jurisdiction_code) do update set
          opened = r.opened + excluded.opened,
          overdue_began = r.overdue_began + excluded.overdue_began,
          overdue_ended = r.overdue_ended + excluded.overdue_ended;
      return null;
    end $$`.execute(db);
  await sql`create trigger dashboard_hazard_days_rollup after insert or update on hazard
    for each row execute function dashboard_hazard_days_rollup()`.execute(db);

  await sql`create function dashboard_refresh_hazard_days() returns void language plpgsql as $$
    begin
      delete from dashboard_hazard_days;
      insert into dashboard_hazard_days
          (day, jurisdiction_code, opened, overdue_began, overdue_ended)
        select d.day, h.jurisdiction_code, sum(d.opened), sum(d.overdue_began),
               sum(d.overdue_ended)
        from hazard h
        cross join lateral dashboard_hazard_days_of(h.state, h.created_at, h.deadline,
          h.closed_at) d
        group by 1, 2;
    end $$`.execute(db);
  await sql`select dashboard_refresh_hazard_days()`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop function dashboard_refresh_hazard_days()`.execute(db);
  await sql`drop trigger dashboard_hazard_days_rollup on hazard`.execute(db);
  await sql`drop function dashboard_hazard_days_rollup()`.execute(db);
  await sql`drop function dashboard_hazard_days_of(text, timestamptz, timestamptz, timestamptz)`.execute(
    db,
  );
  await sql`drop table dashboard_hazard_days`.execute(db);
}
