import type { Db, NewEnterprise } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { AppError, invalid, type ErrorIssue } from '../../lib/errors.js';
import { readSheet } from '../../lib/xlsx.js';
import { listAgenciesUnder } from '../agencies/agencies.repository.js';
import { listJurisdictions } from '../jurisdictions/jurisdictions.repository.js';
import * as repo from './enterprises.repository.js';
import { CreateEnterpriseBody } from './enterprises.schemas.js';
import { placementProblem } from './enterprises.service.js';

// Bulk import of the registry (检查对象名录库) from the template sheet: read, check every row
// against the create body's rules and the importer's subtree, then insert all or nothing.

/** The import columns, in template order; `required` ones must be filled on every row. */
export const IMPORT_COLUMNS = [
  { header: '统一社会信用代码', field: 'creditCode', required: true },
  { header: '企业名称', field: 'name', required: true },
  { header: '行业', field: 'industry', required: true },
  { header: '规模', field: 'scale', required: true },
  { header: '地址', field: 'address', required: true },
  { header: '行政区划代码', field: 'jurisdictionCode', required: true },
  { header: '监管机构', field: 'agencyName', required: false },
] as const;

const MAX_IMPORT_ROWS = 20_000;

/**
 * All or nothing: every row is checked first and every problem reported with its row and column;
 * only a sheet without a single problem is written, in one transaction.
 */
export async function importSheet(db: Db, m: ActingMembership, data: ArrayBuffer) {
  const { headers, records } = await readSheet(data);
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !headers.includes(c.header));
  if (missing.length > 0) {
    const message = `缺少列：${missing.map((c) => c.header).join('、')}（请使用导入模板）`;
    throw new AppError(422, 'VALIDATION', `file: ${message}`, [{ path: 'file', message }]);
  }
  if (records.length === 0) throw invalid('file', '表格中没有数据行');
  if (records.length > MAX_IMPORT_ROWS) throw invalid('file', `每次最多导入 ${MAX_IMPORT_ROWS} 行`);

  const agencies = await listAgenciesUnder(db, m.jurisdictionPath);
  const jurisdictionPaths = new Map(
    (await listJurisdictions(db, m.jurisdictionPath)).map((j) => [j.code, j.path]),
  );
  const agencyByName = new Map(agencies.map((a) => [a.name, a]));
  const headerOf = new Map(IMPORT_COLUMNS.map((c) => [c.field as string, c.header as string]));
  const issues: ErrorIssue[] = [];
  const rows: (NewEnterprise & { row: number })[] = [];
  const seen = new Map<string, number>();

  for (const { row, values } of records) {
    const { agencyName, ...raw } = Object.fromEntries(
      IMPORT_COLUMNS.map((c) => [c.field, values[c.header] ?? '']),
    );
    // The agency is named in the sheet and resolved below; the rest is the create body's schema.
    const parsed = CreateEnterpriseBody.omit({ supervisingAgencyId: true }).safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        issues.push({ row, path: headerOf.get(field) ?? field, message: issue.message });
      }
      continue;
    }
    const agency = agencyName
      ? agencyByName.get(agencyName)
      : agencies.find((a) => a.id === m.agencyId);
    if (!agency) {
      issues.push({ row, path: '监管机构', message: `监管机构“${agencyName}”不在本机构辖区内` });
      continue;
    }
    const { jurisdictionCode } = parsed.data;
    const problem = placementProblem(
      m,
      jurisdictionCode,
      jurisdictionPaths.get(jurisdictionCode),
      agency,
    );
    if (problem) {
      issues.push({
        row,
        path: problem.path === 'jurisdictionCode' ? '行政区划代码' : '监管机构',
        message: problem.message,
      });
      continue;
    }
    const firstRow = seen.get(parsed.data.creditCode);
    if (firstRow) {
      issues.push({ row, path: '统一社会信用代码', message: `与第 ${firstRow} 行重复` });
      continue;
    }
    seen.set(parsed.data.creditCode, row);
    const { creditCode, jurisdictionCode: _code, ...rest } = parsed.data;
    rows.push({
      ...rest,
      row,
      credit_code: creditCode,
      jurisdiction_code: jurisdictionCode,
      supervising_agency_id: agency.id,
      risk_level: null,
      standardization_level: null,
    });
  }

  for (const existing of await repo.findByCreditCode(db, [...seen.keys()])) {
    issues.push({
      row: seen.get(existing.credit_code)!,
      path: '统一社会信用代码',
      message: `${existing.credit_code} 已登记`,
    });
  }
  if (issues.length > 0) {
    issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    throw new AppError(
      422,
      'IMPORT_INVALID',
      `共 ${issues.length} 处错误，未导入任何企业；请修改后重新导入`,
      issues,
    );
  }
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) {
      await repo.insertEnterprises(
        trx,
        rows.slice(i, i + 500).map(({ row: _row, ...r }) => r),
      );
    }
  });
  return { imported: rows.length };
}
