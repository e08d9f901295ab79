import { sql, type Kysely } from 'kysely';

// The dashboard counts a quarterly or annual statistics report that is due and was never drafted
// (docs/domain.md section 3): every active enterprise registered before the period ended owes one.
// Counted enterprise by enterprise, that probe cost ~100 ms for a province of 20,000 enterprises
// and grew with them (P2 in docs/performance.md). Two roll-ups bounded by jurisdictions replace it:
//   dashboard_enterprise_quarters  (jurisdiction, China quarter of registration): active
//                                  enterprises. Periods end on a quarter's first day, so "registered
//                                  before the period ended" is "registered in an earlier quarter".
//   dashboard_statistics_reports   (kind, period, jurisdiction): the reports, drafted or sent, of
//                                  active enterprises registered before the period ended (at most
//                                  one per enterprise, kind and period: report_period).
// Never drafted = the first summed over the quarters before the period's end, minus the second.
// Triggers on enterprise and report keep both; dashboard_refresh_statistics() recomputes them.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const STATISTICS = `('quarterly', 'annual')`;

export async function up(db: AnyDb): Promise<void> {
  // China time is UTC+8 without daylight saving (dashboard_day), so no time-zone database is read.
  await sql`create function dashboard_quarter(t timestamptz) returns date language sql immutable
    as $$ select date_trunc('quarter', dashboard_day(t))::date $$`.execute(db);
  // The first instant after a statistics period (`2026Q3`, `2026`), as parsePeriod in
  // api/src/modules/reports/report-calendar.ts; null for anything else.
  await sql`create function dashboard_period_end(kind text, period text) returns timestamptz
    language sql immutable as $$
      select case
        when kind = 'quarterly' and period ~ '^[0-9]{4}Q[1-4]$' then
          make_timestamptz(left(period, 4)::int, 1, 1, 0, 0, 0, 'UTC')
            + make_interval(months => right(period, 1)::int * 3) - interval '8 hours'
        when kind = 'annual' and period ~ '^[0-9]{4}$' then
          make_timestamptz(period::int + 1, 1, 1, 0, 0, 0, 'UTC') - interval '8 hours'
      end $$`.execute(db);

  await sql`create table dashboard_enterprise_quarters (
    jurisdiction_code text not null,
    registered_quarter date not null,
    enterprises integer not null,
    primary key (jurisdiction_code, registered_quarter))`.execute(db);
  await sql`create table dashboard_statistics_reports (
    kind text not null,
    period text not null,
    jurisdiction_code text not null,
    reports integer not null,
    primary key (kind, period, jurisdiction_code))`.execute(db);

  // Deltas are summed per key and applied in key order, as in the other roll-ups, so writers
  // moving rows in opposite directions lock the same rows in the same order.
  await sql
    .raw(
      `create function dashboard_statistics_report_rollup() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.kind = new.kind
        and old.period is not distinct from new.period then
        return null;
      end if;
      insert into dashboard_statistics_reports as r (kind, period, jurisdiction_code, reports)
        select v.kind, v.period, e.jurisdiction_code, sum(v.n) from (values
          (old.enterprise_id, old.kind, old.period, -1),
          (new.enterprise_id, new.kind, new.period, 1)
        ) v(enterprise_id, kind, period, n)
        join enterprise e on e.id = v.enterprise_id
        where v.kind in ${STATISTICS} and e.active
          and e.created_at < dashboard_period_end(v.kind, v.period)
        group by 1, 2, 3 having sum(v.n) <> 0
        order by 1, 2, 3
        on conflict (kind, period, jurisdiction_code)
        do update set reports = r.reports + excluded.reports;
      return null;
    end $$`,
    )
    .execute(db);
  await sql`create trigger dashboard_statistics_report_rollup
    after insert or update or delete on report
    for each row execute function dashboard_statistics_report_rollup()`.execute(db);

  // An enterprise counts while active, in its jurisdiction, from its registration: a change of
  // any of the three moves its own count and its statistics reports' counts.
  await sql
    .raw(
      `create function dashboard_enterprise_statistics_rollup() returns trigger
    language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.jurisdiction_code = new.jurisdiction_code
        and old.active = new.active and old.created_at = new.created_at then
        return null;
      end if;
      insert into dashboard_enterprise_quarters as r
          (jurisdiction_code, registered_quarter, enterprises)
        select v.code, v.quarter, sum(v.n) from (values
          (old.jurisdiction_code, dashboard_quarter(old.created_at),
           case when old.active then -1 else 0 end),
          (new.jurisdiction_code, dashboard_quarter(new.created_at),
           case when new.active then 1 else 0 end)
        ) v(code, quarter, n)
        where v.code is not null
        group by 1, 2 having sum(v.n) <> 0
        order by 1, 2
        on conflict (jurisdiction_code, registered_quarter)
        do update set enterprises = r.enterprises + excluded.enterprises;
      if tg_op <> 'INSERT' then
        insert into dashboard_statistics_reports as r (kind, period, jurisdiction_code, reports)
          select p.kind, p.period, v.code, sum(v.n)
          from report p
          cross join (values
            (old.jurisdiction_code, old.active, old.created_at, -1),
            (new.jurisdiction_code, new.active, new.created_at, 1)
          ) v(code, active, created_at, n)
          where p.enterprise_id = old.id and p.kind in ${STATISTICS} and v.active
            and v.created_at < dashboard_period_end(p.kind, p.period)
          group by 1, 2, 3 having sum(v.n) <> 0
          order by 1, 2, 3
          on conflict (kind, period, jurisdiction_code)
          do update set reports = r.reports + excluded.reports;
      end if;
      return null;
    end $$`,
    )
    .execute(db);
  await sql`create trigger dashboard_enterprise_statistics_rollup
    after insert or update or delete on enterprise
    for each row execute function dashboard_enterprise_statistics_rollup()`.execute(db);

  // The recompute, from the rows themselves (refreshDashboardRollups locks the tables first).
  await sql
    .raw(
      `create function dashboard_refresh_statistics() returns void language plpgsql as $$
    begin
      delete from dashboard_enterprise_quarters;
      delete from dashboard_statistics_reports;
      insert into dashboard_enterprise_quarters (jurisdiction_code, registered_quarter, enterprises)
        select jurisdiction_code, dashboard_quarter(created_at), count(*)
        from enterprise where active
        group by 1, 2;
      insert into dashboard_statistics_reports (kind, period, jurisdiction_code, reports)
        select p.kind, p.period, e.jurisdiction_code, count(*)
        from report p join enterprise e on e.id = p.enterprise_id
        where p.kind in ${STATISTICS} and e.active
          and e.created_at < dashboard_period_end(p.kind, p.period)
        group by 1, 2, 3;
    end $$`,
    )
    .execute(db);
  await sql`select dashboard_refresh_statistics()`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop function dashboard_refresh_statistics()`.execute(db);
  await sql`drop trigger dashboard_enterprise_statistics_rollup on enterprise`.execute(db);
  await sql`drop function dashboard_enterprise_statistics_rollup()`.execute(db);
  await sql`drop trigger dashboard_statistics_report_rollup on report`.execute(db);
  await sql`drop function dashboard_statistics_report_rollup()`.execute(db);
  await sql`drop table dashboard_statistics_reports`.execute(db);
  await sql`drop table dashboard_enterprise_quarters`.execute(db);
  await sql`drop function dashboard_period_end(text, text)`.execute(db);
  await sql`drop function dashboard_quarter(timestamptz)`.execute(db);
}
