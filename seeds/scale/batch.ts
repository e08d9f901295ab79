import type { Row } from './copy.js';
import { buildEnterprise } from './enterprises.js';
import { buildHazards } from './hazards.js';
import { personName, phoneOf } from './people.js';
import { Rng } from './prng.js';
import { buildProvince, type Agency, type Jurisdiction } from './province.js';
import { buildRegulatorRows, type MajorHazard } from './regulator.js';
import type { Table } from './tables.js';

// The pieces the generator writes: the province (jurisdictions, agencies, their people) and the
// rows of a range of enterprises. Both are pure functions of the seed (and of the one password
// hash), so a worker thread can rebuild the province and generate any range on its own.

export type Rows = Partial<Record<Table, Row[]>>;
const HOUR = 3_600_000;

export interface Province {
  rows: Rows;
  counties: Jurisdiction[];
  agencyOf: Map<string, Agency>;
  inspectors: Map<string, { id: string; name: string }>;
}

export function buildProvinceRows(seed: number, passwordHash: string): Province {
  const rng = new Rng(`${seed}:province`);
  const { jurisdictions, agencies } = buildProvince(rng);
  const inspectors = new Map<string, { id: string; name: string }>();
  const users: Row[] = [];
  const memberships: Row[] = [];
  agencies.forEach((a, i) => {
    for (const role of ['agency_admin', 'inspector'] as const) {
      const userId = rng.uuid();
      const name = personName(rng);
      users.push([
        userId,
        phoneOf('15', i * 2 + (role === 'inspector' ? 1 : 0)),
        name,
        passwordHash,
      ]);
      memberships.push([rng.uuid(), userId, role, null, a.id]);
      if (role === 'inspector') inspectors.set(a.id, { id: userId, name });
    }
  });
  return {
    rows: {
      jurisdiction: jurisdictions.map((j) => [j.code, j.name, j.level, j.parentCode, j.path]),
      agency: agencies.map((a) => [a.id, a.jurisdictionCode, a.name, a.phone]),
      app_user: users,
      membership: memberships,
    },
    counties: jurisdictions.filter((j) => j.level === 'county'),
    agencyOf: new Map(agencies.map((a) => [a.jurisdictionCode, a])),
    inspectors,
  };
}

/** Every table's rows for enterprises [from, to): each draws from its own stream (seed + index). */
export function buildEnterpriseRange(
  province: Province,
  seed: number,
  passwordHash: string,
  until: Date,
  from: number,
  to: number,
): Rows {
  const rows: Rows = {};
  const add = (table: Table, more: Row[]) => {
    const list = (rows[table] ??= []);
    for (const r of more) list.push(r);
  };
  const since = new Date(until.getTime() - 3 * 365 * 86_400_000);
  for (let i = from; i < to; i++) {
    const er = new Rng(`${seed}:enterprise:${i}`);
    // Counties differ in size: a skewed draw puts more enterprises in some.
    const county = province.counties[Math.floor(province.counties.length * er.next() ** 1.6)]!;
    const agency = province.agencyOf.get(county.code)!;
    const inspector = province.inspectors.get(agency.id)!;
    const e = buildEnterprise(er, i, county, agency, passwordHash, since);
    const h = buildHazards(er, e, inspector.id, until);
    const majors: MajorHazard[] = h.hazards
      .filter((r) => r[10] === '重大')
      .map((r) => ({
        id: r[1] as string,
        state: r[12] as string,
        deadline: r[13] as Date | null,
        created: r[19] as Date,
        closedAt: r[21] as Date | null,
      }));
    const reg = buildRegulatorRows(er, e, i, inspector.id, majors, until);
    e.rows.enterprise![0]!.push(reg.standardizationLevel, reg.creditStatus);
    for (const [table, more] of Object.entries(e.rows)) add(table as Table, more!);
    add('hazard', h.hazards);
    add('hazard_event', h.events);
    add('hazard_chain_head', [h.head]);
    add('check_record', h.checks);
    add('report', h.reports);
    add('report_acknowledgement', receipts(er, h.reports, inspector, until.getTime()));
    for (const [table, more] of Object.entries(reg.rows)) add(table as Table, more);
  }
  return rows;
}

/** The supervising agency signs (签收) most submitted reports within a few days. */
function receipts(rng: Rng, reports: Row[], inspector: { id: string; name: string }, end: number) {
  const out: Row[] = [];
  for (const r of reports) {
    if (r[5] !== 'submitted' || !rng.chance(0.9)) continue;
    const at = (r[13] as Date).getTime() + rng.int(1, 96) * HOUR;
    if (at > end) continue;
    out.push([r[0]!, r[1]!, 'agency', inspector.id, inspector.name, r[8]!, new Date(at)]);
  }
  return out;
}
