import { sql, type Kysely } from 'kysely';
import { createOpenAndEnterpriseRollups } from './2026_11_23_2100_dashboard_rollups.js';

// The province dashboard must cost about the same whether the province has 2,000 enterprises or
// 20,000 (P2 in docs/performance.md). The roll-ups of 2026_11_23_2100 grew with the data: open hazards were
// keyed by deadline day (43,000 rows at 20,000 enterprises), enterprises by every combination of
// four attributes (6,900 rows), and the dual-report figures read each of the quarter's ~21,000
// reports and probed its receipts. Here every roll-up is bounded by jurisdictions × a few keys:
//   dashboard_open_hazards   (jurisdiction, state, major, past_due): past_due means a deadline
//                            before dashboard_rollover.day. A sweep moves that day forward each
//                            China day; the dashboard counts the hazards whose deadline lies
//                            between that day and now exactly (normally today's), so overdue is
//                            exact at any moment, whether or not the sweep has run.
//   dashboard_enterprises    (jurisdiction, dimension, value): one count per industry, risk level,
//                            standardization level and credit status, the only ways the
//                            dashboard splits enterprises.
//   dashboard_reports        (due day, jurisdiction, state, submitted late, acknowledged by the
//                            agency): a period reads its days; a draft's lateness depends on
//                            the time, so the dashboard adds today's past-due drafts exactly.
//   dashboard_closed_hazards keyed (closed day, jurisdiction) so that a period reads its days.
// dashboard_refresh() recomputes all four (used below, by bulk loads and by the tests).

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const OPEN = `('reported', 'rectifying', 'awaiting_acceptance')`;

export async function up(db: AnyDb): Promise<void> {
  await sql`drop trigger dashboard_hazard_rollup on hazard`.execute(db);
  await sql`drop function dashboard_hazard_rollup()`.execute(db);
  await sql`drop trigger dashboard_enterprise_rollup on enterprise`.execute(db);
  await sql`drop function dashboard_enterprise_rollup()`.execute(db);
  await sql`drop table dashboard_open_hazards`.execute(db);
  await sql`drop table dashboard_enterprises`.execute(db);
  await sql`alter table dashboard_closed_hazards drop constraint dashboard_closed_hazards_pkey,
    add primary key (closed_day, jurisdiction_code)`.execute(db);

  await sql`create table dashboard_rollover (
    singleton boolean primary key default true check (singleton),
    day date not null)`.execute(db);
  await sql`insert into dashboard_rollover (day) values (dashboard_day(now()))`.execute(db);
  await sql`create table dashboard_open_hazards (
    jurisdiction_code text not null,
    state text not null,
    major boolean not null,
    past_due boolean not null,
    hazards integer not null,
    primary key (jurisdiction_code, state, major, past_due))`.execute(db);
  await sql`create table dashboard_enterprises (
    jurisdiction_code text not null,
    dimension text not null
      check (dimension in ('industry', 'risk_level', 'standardization_level', 'credit_status')),
    value text not null,
    enterprises integer not null,
    primary key (jurisdiction_code, dimension, value))`.execute(db);
  await sql`create table dashboard_reports (
    due_day date not null,
    jurisdiction_code text not null,
    state text not null,
    submitted_late boolean not null,
    acknowledged boolean not null,
    reports integer not null,
    primary key (due_day, jurisdiction_code, state, submitted_late, acknowledged))`.execute(db);
  // Drafts past their due day count as due and late in every period.
  await sql`create index dashboard_reports_draft on dashboard_reports (due_day)
    where state = 'draft'`.execute(db);

  // The keys of a report row; `acknowledged` is the agency's receipt (the congress's is not a
  // dashboard figure).
  await sql`create function dashboard_report_acknowledged(enterprise uuid, report uuid)
    returns boolean language sql stable as $$
      select exists (select 1 from report_acknowledgement k where k.enterprise_id = enterprise
        and k.report_id = report and k.recipient = 'agency') $$`.execute(db);

  // Deltas are summed per key and applied in key order, so two transactions moving rows in
  // opposite directions lock the same roll-up rows in the same order and cannot deadlock.
  await sql
    .raw(
      `create function dashboard_hazard_rollup() returns trigger language plpgsql as $$
    declare
      code text;
      rollover date;
    begin
      if tg_op = 'UPDATE' and old.state is not distinct from new.state
        and old.grade is not distinct from new.grade
        and old.deadline is not distinct from new.deadline
        and old.closed_at is not distinct from new.closed_at then
        return null;
      end if;
      select jurisdiction_code into code from enterprise where id = new.enterprise_id;
      select day into rollover from dashboard_rollover;
      insert into dashboard_open_hazards as r (jurisdiction_code, state, major, past_due, hazards)
        select code, v.state, v.major, v.past_due, sum(v.n) from (values
          (old.state, coalesce(old.grade = '重大', false),
           coalesce(dashboard_day(old.deadline) < rollover, false), -1),
          (new.state, coalesce(new.grade = '重大', false),
           coalesce(dashboard_day(new.deadline) < rollover, false), 1)
        ) v(state, major, past_due, n)
        where v.state in ${OPEN}
        group by v.state, v.major, v.past_due having sum(v.n) <> 0
        order by v.state, v.major, v.past_due
        on conflict (jurisdiction_code, state, major, past_due)
        do update set hazards = r.hazards + excluded.hazards;
      insert into dashboard_closed_hazards as r (closed_day, jurisdiction_code, hazards)
        select v.day, code, sum(v.n) from (values
          (dashboard_day(old.closed_at), -1), (dashboard_day(new.closed_at), 1)
        ) v(day, n)
        where v.day is not null
        group by v.day having sum(v.n) <> 0
        order by v.day
        on conflict (closed_day, jurisdiction_code)
        do update set hazards = r.hazards + excluded.hazards;
      return null;
    end $$`,
    )
    .execute(db);
  await sql`create trigger dashboard_hazard_rollup after insert or update on hazard
    for each row execute function dashboard_hazard_rollup()`.execute(db);

  // A submitted report never changes (report_immutable), so a report's keys change only while it
  // is a draft, and its receipt moves it once from unacknowledged to acknowledged.
  await sql`create function dashboard_report_rollup() returns trigger language plpgsql as $$
    declare
      code text;
    begin
      if tg_op = 'UPDATE' and old.state = new.state and old.due_at = new.due_at
        and old.submitted_at is not distinct from new.submitted_at then
        return null;
      end if;
      select jurisdiction_code into code from enterprise
        where id = coalesce(new.enterprise_id, old.enterprise_id);
      insert into dashboard_reports as r
          (due_day, jurisdiction_code, state, submitted_late, acknowledged, reports)
        select v.day, code, v.state, v.late, v.acknowledged, sum(v.n) from (values
          (dashboard_day(old.due_at), old.state, coalesce(old.submitted_at > old.due_at, false),
           dashboard_report_acknowledged(old.enterprise_id, old.id), -1),
          (dashboard_day(new.due_at), new.state, coalesce(new.submitted_at > new.due_at, false),
           dashboard_report_acknowledged(new.enterprise_id, new.id), 1)
        ) v(day, state, late, acknowledged, n)
        where v.day is not null
        group by v.day, v.state, v.late, v.acknowledged having sum(v.n) <> 0
        order by v.day, v.state, v.late, v.acknowledged
        on conflict (due_day, jurisdiction_code, state, submitted_late, acknowledged)
        do update set reports = r.reports + excluded.reports;
      return null;
    end $$`.execute(db);
  await sql`create trigger dashboard_report_rollup after insert or update or delete on report
    for each row execute function dashboard_report_rollup()`.execute(db);
  await sql`create function dashboard_report_ack_rollup() returns trigger language plpgsql as $$
    begin
      insert into dashboard_reports as r
          (due_day, jurisdiction_code, state, submitted_late, acknowledged, reports)
        select dashboard_day(p.due_at), e.jurisdiction_code, p.state,
               coalesce(p.submitted_at > p.due_at, false), v.acknowledged, v.n
        from report p
        join enterprise e on e.id = p.enterprise_id
        cross join (values (false, -1), (true, 1)) v(acknowledged, n)
        where p.enterprise_id = new.enterprise_id and p.id = new.report_id
        order by v.acknowledged
        on conflict (due_day, jurisdiction_code, state, submitted_late, acknowledged)
        do update set reports = r.reports + excluded.reports;
      return null;
    end $$`.execute(db);
  await sql`create trigger dashboard_report_ack_rollup after insert on report_acknowledgement
    for each row when (new.recipient = 'agency')
    execute function dashboard_report_ack_rollup()`.execute(db);

  // An enterprise counts while active; moving it to another jurisdiction moves its hazards' and
  // reports' counts with it (rare, and one enterprise's rows, read by their indexes).
  await sql
    .raw(
      `create function dashboard_enterprise_rollup() returns trigger language plpgsql as $$
    declare
      rollover date;
    begin
      if tg_op = 'UPDATE' and old.jurisdiction_code = new.jurisdiction_code
        and old.industry = new.industry
        and old.risk_level is not distinct from new.risk_level
        and old.standardization_level is not distinct from new.standardization_level
        and old.credit_status = new.credit_status and old.active = new.active then
        return null;
      end if;
      insert into dashboard_enterprises as r (jurisdiction_code, dimension, value, enterprises)
        select v.code, d.dimension, d.value, sum(v.n) from (values
          (old.jurisdiction_code, old.industry, coalesce(old.risk_level, ''),
           coalesce(old.standardization_level, ''), old.credit_status,
           case when old.active then -1 else 0 end),
          (new.jurisdiction_code, new.industry, coalesce(new.risk_level, ''),
           coalesce(new.standardization_level, ''), new.credit_status,
           case when new.active then 1 else 0 end)
        ) v(code, industry, risk, std, credit, n)
        cross join lateral (values ('industry', v.industry), ('risk_level', v.risk),
          ('standardization_level', v.std), ('credit_status', v.credit)) d(dimension, value)
        where v.code is not null
        group by v.code, d.dimension, d.value having sum(v.n) <> 0
        order by v.code, d.dimension, d.value
        on conflict (jurisdiction_code, dimension, value)
        do update set enterprises = r.enterprises + excluded.enterprises;
      if tg_op = 'UPDATE' and old.jurisdiction_code <> new.jurisdiction_code then
        -- Waits for a rollover sweep in progress, which counts hazards by their enterprise's
        -- jurisdiction as it was (the sweep locks hazard, so hazard writers wait for it anyway).
        select day into rollover from dashboard_rollover for share;
        insert into dashboard_open_hazards as r (jurisdiction_code, state, major, past_due, hazards)
          select v.code, h.state, coalesce(h.grade = '重大', false),
                 coalesce(dashboard_day(h.deadline) < rollover, false), sum(v.n)
          from hazard h
          cross join (values (old.jurisdiction_code, -1), (new.jurisdiction_code, 1)) v(code, n)
          where h.enterprise_id = new.id and h.state in ${OPEN}
          group by 1, 2, 3, 4 order by 1, 2, 3, 4
          on conflict (jurisdiction_code, state, major, past_due)
          do update set hazards = r.hazards + excluded.hazards;
        insert into dashboard_closed_hazards as r (closed_day, jurisdiction_code, hazards)
          select dashboard_day(h.closed_at), v.code, sum(v.n)
          from hazard h
          cross join (values (old.jurisdiction_code, -1), (new.jurisdiction_code, 1)) v(code, n)
          where h.enterprise_id = new.id and h.closed_at is not null
          group by 1, 2 order by 1, 2
          on conflict (closed_day, jurisdiction_code)
          do update set hazards = r.hazards + excluded.hazards;
        insert into dashboard_reports as r
            (due_day, jurisdiction_code, state, submitted_late, acknowledged, reports)
          select dashboard_day(p.due_at), v.code, p.state,
                 coalesce(p.submitted_at > p.due_at, false),
                 dashboard_report_acknowledged(p.enterprise_id, p.id), sum(v.n)
          from report p
          cross join (values (old.jurisdiction_code, -1), (new.jurisdiction_code, 1)) v(code, n)
          where p.enterprise_id = new.id
          group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
          on conflict (due_day, jurisdiction_code, state, submitted_late, acknowledged)
          do update set reports = r.reports + excluded.reports;
      end if;
      return null;
    end $$`,
    )
    .execute(db);
  await sql`create trigger dashboard_enterprise_rollup after insert or update or delete
    on enterprise for each row execute function dashboard_enterprise_rollup()`.execute(db);

  // The recompute, from the rows themselves. Callers lock the source tables first.
  await sql
    .raw(
      `create function dashboard_refresh() returns void language plpgsql as $$
    declare
      rollover date;
    begin
      select day into rollover from dashboard_rollover;
      delete from dashboard_open_hazards;
      delete from dashboard_closed_hazards;
      delete from dashboard_enterprises;
      delete from dashboard_reports;
      insert into dashboard_open_hazards (jurisdiction_code, state, major, past_due, hazards)
        select e.jurisdiction_code, h.state, coalesce(h.grade = '重大', false),
               coalesce(dashboard_day(h.deadline) < rollover, false), count(*)
        from hazard h join enterprise e on e.id = h.enterprise_id
        where h.state in ${OPEN}
        group by 1, 2, 3, 4;
      insert into dashboard_closed_hazards (closed_day, jurisdiction_code, hazards)
        select dashboard_day(h.closed_at), e.jurisdiction_code, count(*)
        from hazard h join enterprise e on e.id = h.enterprise_id
        where h.closed_at is not null
        group by 1, 2;
      insert into dashboard_enterprises (jurisdiction_code, dimension, value, enterprises)
        select e.jurisdiction_code, d.dimension, d.value, count(*)
        from enterprise e
        cross join lateral (values ('industry', e.industry),
          ('risk_level', coalesce(e.risk_level, '')),
          ('standardization_level', coalesce(e.standardization_level, '')),
          ('credit_status', e.credit_status)) d(dimension, value)
        where e.active
        group by 1, 2, 3;
      insert into dashboard_reports
          (due_day, jurisdiction_code, state, submitted_late, acknowledged, reports)
        select dashboard_day(p.due_at), e.jurisdiction_code, p.state,
               coalesce(p.submitted_at > p.due_at, false), k.report_id is not null, count(*)
        from report p
        join enterprise e on e.id = p.enterprise_id
        left join report_acknowledgement k on k.enterprise_id = p.enterprise_id
          and k.report_id = p.id and k.recipient = 'agency'
        group by 1, 2, 3, 4, 5;
    end $$`,
    )
    .execute(db);
  await sql`select dashboard_refresh()`.execute(db);
}

// Back to 2026_11_23_2100's shapes, recomputed from the rows.
export async function down(db: AnyDb): Promise<void> {
  await sql`drop function dashboard_refresh()`.execute(db);
  await sql`drop trigger dashboard_enterprise_rollup on enterprise`.execute(db);
  await sql`drop function dashboard_enterprise_rollup()`.execute(db);
  await sql`drop trigger dashboard_report_ack_rollup on report_acknowledgement`.execute(db);
  await sql`drop function dashboard_report_ack_rollup()`.execute(db);
  await sql`drop trigger dashboard_report_rollup on report`.execute(db);
  await sql`drop function dashboard_report_rollup()`.execute(db);
  await sql`drop trigger dashboard_hazard_rollup on hazard`.execute(db);
  await sql`drop function dashboard_hazard_rollup()`.execute(db);
  await sql`drop function dashboard_report_acknowledged(uuid, uuid)`.execute(db);
  await sql`drop table dashboard_reports`.execute(db);
  await sql`drop table dashboard_enterprises`.execute(db);
  await sql`drop table dashboard_open_hazards`.execute(db);
  await sql`drop table dashboard_rollover`.execute(db);
  await sql`alter table dashboard_closed_hazards drop constraint dashboard_closed_hazards_pkey,
    add primary key (jurisdiction_code, closed_day)`.execute(db);
  await createOpenAndEnterpriseRollups(db);
  await sql
    .raw(
      `insert into dashboard_open_hazards
      (jurisdiction_code, state, major, deadline_day, hazards)
    select e.jurisdiction_code, h.state, coalesce(h.grade = '重大', false),
           coalesce(dashboard_day(h.deadline), 'infinity'::date), count(*)
    from hazard h join enterprise e on e.id = h.enterprise_id
    where h.state in ${OPEN}
    group by 1, 2, 3, 4`,
    )
    .execute(db);
  await sql`insert into dashboard_enterprises (jurisdiction_code, industry, risk_level,
      standardization_level, credit_status, enterprises)
    select jurisdiction_code, industry, coalesce(risk_level, ''),
           coalesce(standardization_level, ''), credit_status, count(*)
    from enterprise where active
    group by 1, 2, 3, 4, 5`.execute(db);
}
