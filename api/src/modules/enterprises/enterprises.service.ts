import type { Db, Executor, NewEnterprise } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import {
  codesAlong,
  pathCovers,
  requireEnterpriseInScope,
  requireJurisdictionInScope,
} from '../../auth/scope.js';
import { conflict, invalid, notFound, type ErrorIssue } from '../../lib/errors.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { findAgency, listAgenciesUnder } from '../agencies/agencies.repository.js';
import { findJurisdiction, listJurisdictions } from '../jurisdictions/jurisdictions.repository.js';
import { toDto } from './enterprises.dto.js';
import * as repo from './enterprises.repository.js';
import type { EnterpriseFilter } from './enterprises.schemas.js';

async function underPathOf(db: Db, m: ActingMembership, jurisdictionCode?: string) {
  if (!jurisdictionCode) return undefined;
  return (await requireJurisdictionInScope(db, m, jurisdictionCode)).path;
}

export async function list(
  db: Db,
  m: ActingMembership,
  query: EnterpriseFilter & { limit: number; cursor?: string },
) {
  const filter = { ...query, underPath: await underPathOf(db, m, query.jurisdictionCode) };
  const [rows, total] = await Promise.all([
    repo.listEnterprises(db, m, { ...filter, after: decodeCursor(query.cursor) }),
    repo.countEnterprises(db, m, filter),
  ]);
  const page = toPage(rows, query.limit, (e) => [e.name, e.id]);
  return { items: page.items.map(toDto), nextCursor: page.nextCursor, total };
}

/**
 * Each jurisdiction of the agency's subtree with its active enterprises, those of the
 * jurisdictions below it included: the registry's total for the subtree, as `list` counts it.
 */
export async function counts(db: Db, m: ActingMembership) {
  if (!m.jurisdictionPath) return { items: [] };
  const [places, rows] = await Promise.all([
    listJurisdictions(db, m.jurisdictionPath),
    repo.countActiveByJurisdiction(db, m),
  ]);
  const total = new Map(places.map((p) => [p.code, 0]));
  const pathOf = new Map(places.map((p) => [p.code, p.path]));
  for (const row of rows) {
    // Every jurisdiction on the enterprise's path, within the subtree, counts it.
    for (const code of codesAlong(pathOf.get(row.jurisdiction_code) ?? '')) {
      const n = total.get(code);
      if (n !== undefined) total.set(code, n + Number(row.n));
    }
  }
  return { items: places.map((p) => ({ jurisdictionCode: p.code, active: total.get(p.code)! })) };
}

/** Every row of the filter, for the spreadsheet export (capped: a province is ~tens of thousands). */
const MAX_EXPORT_ROWS = 100_000;

/** Every row of the filter, for the spreadsheet export; refused rather than cut short when huge. */
export async function listAll(db: Db, m: ActingMembership, filter: EnterpriseFilter) {
  const underPath = await underPathOf(db, m, filter.jurisdictionCode);
  const rows = await repo.listEnterprises(db, m, { ...filter, underPath, limit: MAX_EXPORT_ROWS });
  if (rows.length > MAX_EXPORT_ROWS) {
    throw invalid(
      'jurisdictionCode',
      `超过 ${MAX_EXPORT_ROWS} 家企业，请按辖区或行业缩小范围后导出`,
    );
  }
  return rows.map(toDto);
}

/** Names of the agencies an importer may name in the sheet: its own and those below it. */
export async function importableAgencyNames(db: Db, m: ActingMembership) {
  return (await listAgenciesUnder(db, m.jurisdictionPath)).map((a) => a.name);
}

export async function get(db: Db, m: ActingMembership, id: string) {
  const row = await repo.findEnterprise(db, m, id);
  if (!row) throw notFound('企业');
  return toDto(row);
}

/** Why an enterprise cannot sit there, or null: its jurisdiction must lie in the agency's subtree,
 *  under its supervising agency (itself in the subtree). Pure, so imports check rows in memory. */
export function placementProblem(
  m: ActingMembership,
  jurisdictionCode: string,
  jurisdictionPath: string | undefined,
  agency: { jurisdiction_path: string } | undefined,
): ErrorIssue | null {
  if (
    !jurisdictionPath ||
    !m.jurisdictionPath ||
    !pathCovers(m.jurisdictionPath, jurisdictionPath)
  ) {
    return {
      path: 'jurisdictionCode',
      message: `行政区划 ${jurisdictionCode} 不存在或不在本机构辖区内`,
    };
  }
  if (!agency || !pathCovers(m.jurisdictionPath, agency.jurisdiction_path)) {
    return { path: 'supervisingAgencyId', message: '监管机构不存在或不在本机构辖区内' };
  }
  if (!pathCovers(agency.jurisdiction_path, jurisdictionPath)) {
    return { path: 'supervisingAgencyId', message: '监管机构须为企业所在辖区或其上级辖区的机构' };
  }
  return null;
}

async function checkPlacement(
  db: Db,
  m: ActingMembership,
  jurisdictionCode: string,
  agencyId: string,
) {
  const [j, agency] = await Promise.all([
    findJurisdiction(db, jurisdictionCode),
    findAgency(db, agencyId),
  ]);
  const problem = placementProblem(m, jurisdictionCode, j?.path, agency);
  if (problem) throw invalid(problem.path, problem.message);
}

async function requireUniqueCreditCode(db: Executor, creditCode: string, exceptId?: string) {
  const [existing] = await repo.findByCreditCode(db, [creditCode]);
  if (existing && existing.id !== exceptId) {
    throw conflict(`统一社会信用代码 ${creditCode} 已登记`);
  }
}

export async function create(
  db: Db,
  m: ActingMembership,
  input: {
    creditCode: string;
    name: string;
    industry: NewEnterprise['industry'];
    scale: NewEnterprise['scale'];
    address: string;
    jurisdictionCode: string;
    supervisingAgencyId?: string;
  },
) {
  const agencyId = input.supervisingAgencyId ?? (m.agencyId as string);
  await checkPlacement(db, m, input.jurisdictionCode, agencyId);
  await requireUniqueCreditCode(db, input.creditCode);
  const [created] = await repo.insertEnterprises(db, [
    {
      credit_code: input.creditCode,
      name: input.name,
      industry: input.industry,
      scale: input.scale,
      address: input.address,
      jurisdiction_code: input.jurisdictionCode,
      supervising_agency_id: agencyId,
      risk_level: null,
      standardization_level: null,
    },
  ]);
  return get(db, m, created!.id);
}

export async function update(
  db: Db,
  m: ActingMembership,
  id: string,
  patch: Partial<Parameters<typeof create>[2]>,
) {
  const current = await requireEnterpriseInScope(db, m, id);
  const jurisdictionCode = patch.jurisdictionCode ?? current.jurisdiction_code;
  const agencyId = patch.supervisingAgencyId ?? current.supervising_agency_id;
  if (patch.jurisdictionCode || patch.supervisingAgencyId) {
    await checkPlacement(db, m, jurisdictionCode, agencyId);
  }
  if (patch.creditCode) await requireUniqueCreditCode(db, patch.creditCode, id);
  await repo.updateEnterprise(db, id, {
    credit_code: patch.creditCode,
    name: patch.name,
    industry: patch.industry,
    scale: patch.scale,
    address: patch.address,
    jurisdiction_code: patch.jurisdictionCode,
    supervising_agency_id: patch.supervisingAgencyId,
  });
  return get(db, m, id);
}

export async function setActive(db: Db, m: ActingMembership, id: string, active: boolean) {
  await requireEnterpriseInScope(db, m, id);
  await repo.updateEnterprise(db, id, { active });
  return get(db, m, id);
}
