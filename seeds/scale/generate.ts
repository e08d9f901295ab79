import { hashPassword } from '@shuangfang/api';
import type { Row, Sink } from './copy.js';
import { buildEnterprise } from './enterprises.js';
import { buildHazards } from './hazards.js';
import { personName, phoneOf } from './people.js';
import { Rng } from './prng.js';
import { buildProvince } from './province.js';
import { COLUMNS, TABLE_ORDER, type Table } from './tables.js';

// The province, written in batches of enterprises: each batch carries every table's rows for its
// enterprises (parents first) and is written in one transaction. Every enterprise draws from its
// own stream (seed + index), so the data does not depend on the batch size.

export const ENTERPRISES_AT_1X = 20_000;
export const SCALE_PASSWORD = 'Scale#2026';

export interface ScaleOptions {
  scale: number;
  seed: number;
  /** The end of the three years of history; a fixed date makes two runs equal. */
  until: Date;
  batchSize?: number;
  /** Called after each batch with the enterprises written so far. */
  progress?: (done: number, total: number) => void;
}

export type Counts = Record<Table, number>;

export async function generateScale(sink: Sink, options: ScaleOptions) {
  const { seed, until } = options;
  const total = Math.max(1, Math.round(ENTERPRISES_AT_1X * options.scale));
  const counts = Object.fromEntries(TABLE_ORDER.map((t) => [t, 0])) as Counts;
  const timings: Record<string, number> = {};
  let started = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    timings[phase] = (now - started) / 1000;
    started = now;
  };

  const write = async (rows: Partial<Record<Table, Row[]>>) => {
    const batches = TABLE_ORDER.filter((t) => rows[t]?.length).map((t) => {
      counts[t] += rows[t]!.length;
      return { table: t, columns: COLUMNS[t], rows: rows[t]! };
    });
    await sink.write(batches);
  };

  // One password for every generated account: argon2 once, not per user.
  const passwordHash = await hashPassword(SCALE_PASSWORD);
  const rng = new Rng(`${seed}:province`);
  const { jurisdictions, agencies } = buildProvince(rng);
  const inspectors = new Map<string, string>();
  const users: Row[] = [];
  const memberships: Row[] = [];
  agencies.forEach((a, i) => {
    for (const role of ['agency_admin', 'inspector'] as const) {
      const userId = rng.uuid();
      users.push([
        userId,
        phoneOf('15', i * 2 + (role === 'inspector' ? 1 : 0)),
        personName(rng),
        passwordHash,
      ]);
      memberships.push([rng.uuid(), userId, role, null, a.id]);
      if (role === 'inspector') inspectors.set(a.id, userId);
    }
  });
  await write({
    jurisdiction: jurisdictions.map((j) => [j.code, j.name, j.level, j.parentCode, j.path]),
    agency: agencies.map((a) => [a.id, a.jurisdictionCode, a.name, a.phone]),
    app_user: users,
    membership: memberships,
  });
  lap('province');

  const counties = jurisdictions.filter((j) => j.level === 'county');
  const agencyOf = new Map(agencies.map((a) => [a.jurisdictionCode, a]));
  const batchSize = options.batchSize ?? 250;
  const since = new Date(until.getTime() - 3 * 365 * 86_400_000);
  for (let from = 0; from < total; from += batchSize) {
    const rows: Partial<Record<Table, Row[]>> = {};
    const add = (table: Table, more: Row[]) => (rows[table] ??= []).push(...more);
    for (let i = from; i < Math.min(total, from + batchSize); i++) {
      const er = new Rng(`${seed}:enterprise:${i}`);
      // Counties differ in size: a skewed draw puts more enterprises in some.
      const county = counties[Math.floor(counties.length * er.next() ** 1.6)]!;
      const agency = agencyOf.get(county.code)!;
      const e = buildEnterprise(er, i, county, agency, passwordHash, since);
      for (const [table, more] of Object.entries(e.rows)) add(table as Table, more!);
      const h = buildHazards(er, e, inspectors.get(agency.id)!, until);
      add('hazard', h.hazards);
      add('hazard_event', h.events);
      add('hazard_chain_head', [h.head]);
      add('check_record', h.checks);
      add('report', h.reports);
    }
    await write(rows);
    options.progress?.(Math.min(total, from + batchSize), total);
  }
  lap('enterprises');
  return { counts, timings, enterprises: total };
}
