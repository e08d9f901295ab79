import {
  INDUSTRIES,
  RISK_COLOURS,
  STANDARDIZATION_LEVELS,
  type Db,
  type HazardState,
} from '@shuangfang/db';
import { sql } from 'kysely';
import { makeEnterprise, makeJurisdiction } from './factories.js';

// Data for the dashboard's tests, generated from a seeded PRNG (enterprises of every kind,
// hazards in every state, closures in and out of a period, reports, certificates, supervisions),
// and the figures recomputed straight from the tables in JS: what the API must answer.

const DAY = 86_400_000;
const MINUTE = 60_000;
const CHINA = 8 * 3_600_000;

/** The town under the home county of makeWorld: its rows roll up into the county's figures. */
export const makeTown = (db: Db) =>
  makeJurisdiction(db, { code: '360735101', name: '琴江镇', level: 'town', parentCode: '360735' });

/** mulberry32: small, seeded, good enough to vary test data reproducibly. */
export function prng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
export type Prng = ReturnType<typeof prng>;

export const chinaDay = (at: Date) => new Date(at.getTime() + CHINA).toISOString().slice(0, 10);
/** The first instant of a China day. */
export const chinaDayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - CHINA);

/** A time `minutes` away from now, never within 5 minutes of it (the server's now differs). */
const awayFromNow = (r: Prng, maxDays: number) => {
  const minutes = r.int(5, maxDays * 24 * 60) * (r.chance(0.5) ? 1 : -1);
  return new Date(Date.now() + minutes * MINUTE);
};

export interface Cast {
  agencyId: string;
  userId: string;
}

/** Enterprises of `jurisdictionCode`, each with its hazards, reports, certificate, supervision. */
export async function generateEnterprises(
  db: Db,
  r: Prng,
  jurisdictionCode: string,
  count: number,
  cast: Cast,
) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await makeEnterprise(db, {
      jurisdictionCode,
      agencyId: cast.agencyId,
      industry: r.pick(INDUSTRIES),
      active: r.chance(0.85),
    });
    await db
      .updateTable('enterprise')
      .set({
        risk_level: r.chance(0.2) ? null : r.pick(RISK_COLOURS),
        standardization_level: r.chance(0.4) ? null : r.pick(STANDARDIZATION_LEVELS),
        credit_status: r.chance(0.2) ? 'blacklisted' : 'normal',
      })
      .where('id', '=', id)
      .execute();
    await generateHazards(db, r, id, cast, r.int(3, 12));
    await generateCertificates(db, r, id, cast);
    ids.push(id);
  }
  return ids;
}

const STATES: HazardState[] = [
  'reported',
  'rejected',
  'rectifying',
  'awaiting_acceptance',
  'closed',
];

async function generateHazards(db: Db, r: Prng, enterpriseId: string, cast: Cast, n: number) {
  for (let i = 0; i < n; i++) {
    const state = r.pick(STATES);
    const confirmed = state !== 'reported' && state !== 'rejected';
    const grade = r.chance(0.3) ? '重大' : '一般';
    const { id } = await db
      .insertInto('hazard')
      .values({
        enterprise_id: enterpriseId,
        source: '日常排查',
        kind: '设备',
        category: '物的不安全状态',
        description: `驾驶舱测试隐患${i}`,
        location: null,
        risk_object_id: null,
        risk_unit_id: null,
        control_measure_id: null,
        grade: confirmed ? grade : null,
        manage_type: confirmed ? '限期整改' : null,
        state,
        deadline: confirmed ? awayFromNow(r, 30) : null,
        plan: null,
        responsible_user_id: null,
        rectifier_id: null,
        reporter_id: cast.userId,
        found_by_agency_id: null,
        closed_at:
          state === 'closed' ? new Date(Date.now() - r.int(5, 120 * 24 * 60) * MINUTE) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const open = state === 'rectifying' || state === 'awaiting_acceptance';
    if (open && grade === '重大' && r.chance(0.6)) {
      const listed = r.chance(0.7);
      await db
        .insertInto('hazard_supervision')
        .values({
          enterprise_id: enterpriseId,
          hazard_id: id,
          agency_id: cast.agencyId,
          number: `督办-${id}`,
          deadline: new Date(Date.now() + 30 * DAY),
          requirements: '限期整改',
          state: listed ? 'listed' : 'unlisted',
          listed_by: cast.userId,
          unlisted_by: listed ? null : cast.userId,
          unlisted_at: listed ? null : new Date(),
        })
        .execute();
    }
    if (r.chance(0.5)) await generateReport(db, r, enterpriseId, id, cast);
  }
}

async function generateReport(db: Db, r: Prng, enterpriseId: string, hazardId: string, cast: Cast) {
  const dueAt = awayFromNow(r, 60);
  const submitted = r.chance(0.6);
  const submittedAt = submitted ? new Date(dueAt.getTime() + r.int(-3, 3) * DAY + MINUTE) : null;
  const { id } = await db
    .insertInto('report')
    .values({
      enterprise_id: enterpriseId,
      kind: 'major_progress',
      hazard_id: hazardId,
      period: null,
      state: submitted ? 'submitted' : 'draft',
      content: {},
      content_hash: submitted ? 'b'.repeat(64) : null,
      agency_id: cast.agencyId,
      due_at: dueAt,
      drafted_by: cast.userId,
      drafted_at: new Date(dueAt.getTime() - 2 * DAY),
      submitted_by: submitted ? cast.userId : null,
      submitted_at: submittedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (!submitted) return;
  for (const recipient of ['agency', 'congress'] as const) {
    if (!r.chance(0.5)) continue;
    await db
      .insertInto('report_acknowledgement')
      .values({
        enterprise_id: enterpriseId,
        report_id: id,
        recipient,
        acknowledged_by: cast.userId,
        acknowledged_by_name: '签收人',
        agency_id: recipient === 'agency' ? cast.agencyId : null,
        acknowledged_at: new Date(),
      })
      .execute();
  }
}

async function generateCertificates(db: Db, r: Prng, enterpriseId: string, cast: Cast) {
  const day = (offset: number) => chinaDay(new Date(Date.now() + offset * DAY));
  const certificate = (state: 'active' | 'revoked', validTo: number) => ({
    enterprise_id: enterpriseId,
    number: `证书-${enterpriseId}-${state}`,
    level: r.pick(STANDARDIZATION_LEVELS),
    valid_from: day(validTo - 3 * 365),
    valid_to: day(validTo),
    agency_id: cast.agencyId,
    state,
    ended_at: state === 'active' ? null : new Date(),
  });
  if (r.chance(0.3))
    await db
      .insertInto('standardization_certificate')
      .values(certificate('revoked', r.int(0, 80)))
      .execute();
  if (r.chance(0.6))
    await db
      .insertInto('standardization_certificate')
      .values(certificate('active', r.int(-5, 200)))
      .execute();
}

export interface Period {
  from: string;
  to: string;
}

/** The figures of the jurisdictions under `path` at `now`, counted in JS over every row of the tables. */
export async function expectedFigures(db: Db, path: string, period: Period, now = new Date()) {
  const today = chinaDay(now);
  const in90 = chinaDay(new Date(now.getTime() + 90 * DAY));
  const enterprises = (
    await db
      .selectFrom('enterprise as e')
      .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
      .select([
        'e.id',
        'e.industry',
        'e.risk_level',
        'e.standardization_level',
        'e.credit_status',
        'e.active',
        'j.path',
      ])
      .execute()
  ).filter((e) => e.path.startsWith(path));
  const ids = new Set(enterprises.map((e) => e.id));
  const active = enterprises.filter((e) => e.active);
  const mine = <T extends { enterprise_id: string }>(rows: T[]) =>
    rows.filter((x) => ids.has(x.enterprise_id));
  const hazards = mine(await db.selectFrom('hazard').selectAll().execute());
  const reports = mine(await db.selectFrom('report').selectAll().execute());
  const acks = await db.selectFrom('report_acknowledgement').selectAll().execute();
  const supervisions = mine(await db.selectFrom('hazard_supervision').selectAll().execute());
  const certificates = mine(
    (
      await sql<{ enterprise_id: string; state: string; valid_to: string }>`
        select enterprise_id, state, valid_to::text as valid_to from standardization_certificate`.execute(
        db,
      )
    ).rows,
  );

  const isOpen = (h: { state: string }) =>
    ['reported', 'rectifying', 'awaiting_acceptance'].includes(h.state);
  const open = hazards.filter(isOpen);
  const closed = hazards.filter(
    (h) =>
      h.closed_at && chinaDay(h.closed_at) >= period.from && chinaDay(h.closed_at) <= period.to,
  ).length;
  const periodStart = Date.parse(`${period.from}T00:00:00+08:00`);
  const periodEnd = Date.parse(`${period.to}T00:00:00+08:00`) + DAY;
  const due = reports.filter(
    (x) =>
      (x.due_at.getTime() >= periodStart && x.due_at.getTime() < periodEnd) ||
      (x.state === 'draft' && x.due_at < now),
  );
  const count = <T>(xs: T[], f: (x: T) => boolean) => xs.filter(f).length;
  return {
    enterprises: {
      total: active.length,
      byIndustry: INDUSTRIES.map((industry) => ({
        industry,
        count: count(active, (e) => e.industry === industry),
      })),
      byRiskColour: {
        red: count(active, (e) => e.risk_level === 'red'),
        orange: count(active, (e) => e.risk_level === 'orange'),
        yellow: count(active, (e) => e.risk_level === 'yellow'),
        blue: count(active, (e) => e.risk_level === 'blue'),
        unassessed: count(active, (e) => e.risk_level === null),
      },
    },
    hazards: {
      open: open.length,
      overdue: count(open, (h) => h.deadline !== null && h.deadline < now),
      majorOpen: count(open, (h) => h.grade === '重大'),
      closedInPeriod: closed,
      rectificationRate:
        closed + open.length === 0
          ? null
          : Math.round((closed / (closed + open.length)) * 10_000) / 10_000,
    },
    supervisedMajorHazards: count(supervisions, (s) => s.state === 'listed'),
    reports: {
      due: due.length,
      late: count(due, (x) => (x.submitted_at ?? now) > x.due_at),
      unacknowledged: count(
        due,
        (x) =>
          x.state === 'submitted' &&
          !acks.some((k) => k.report_id === x.id && k.recipient === 'agency'),
      ),
    },
    standardization: {
      byLevel: [...STANDARDIZATION_LEVELS, null].map((level) => ({
        level,
        count: count(active, (e) => e.standardization_level === level),
      })),
      expiringWithin90Days: count(
        certificates,
        (c) => c.state === 'active' && c.valid_to >= today && c.valid_to <= in90,
      ),
    },
    blacklisted: count(active, (e) => e.credit_status === 'blacklisted'),
    // The generated data has no inspections; tests/api/inspections.test.ts checks this figure.
    inspections: { overduePublications: 0 },
  };
}

/** The roll-up tables' rows with a non-zero count, in a stable order. */
export async function rollupRows(db: Db) {
  const rows = async (table: string, count: string) =>
    (
      await sql<Record<string, unknown>>`select * from ${sql.table(table)}
        where ${sql.ref(count)} <> 0`.execute(db)
    ).rows.map((row) => JSON.stringify(row));
  return {
    open: (await rows('dashboard_open_hazards', 'hazards')).sort(),
    closed: (await rows('dashboard_closed_hazards', 'hazards')).sort(),
    enterprises: (await rows('dashboard_enterprises', 'enterprises')).sort(),
    reports: (await rows('dashboard_reports', 'reports')).sort(),
    quarters: (await rows('dashboard_enterprise_quarters', 'enterprises')).sort(),
    statistics: (await rows('dashboard_statistics_reports', 'reports')).sort(),
    hazardDays: (
      await sql<Record<string, unknown>>`select * from dashboard_hazard_days
        where opened <> 0 or overdue_began <> 0 or overdue_ended <> 0`.execute(db)
    ).rows
      .map((row) => JSON.stringify(row))
      .sort(),
  };
}
