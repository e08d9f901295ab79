import { chinaToday } from '../../lib/china-time.js';
import type { Db } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { AppError } from '../../lib/errors.js';
import {
  countCapped,
  keyedSearch,
  keyPlan,
  type SearchFilters,
  type SearchScope,
} from '../hazards/hazard-search.repository.js';
import {
  agencySearch,
  enterpriseSearch,
  searchPage,
  type ListFilters,
  type SubtreeFilters,
} from '../hazards/hazard-search.service.js';
import { ledgerRow } from './ledger.rows.js';
import { ledgerWorkbook } from './ledger.xlsx.js';

// The ledger is the hazard list with the columns a ledger prints: one enterprise's (for its
// managers, or a regulator in scope) or a regulator's whole subtree. The page reads it a page at
// a time; the spreadsheet takes every matching row, up to a bound a printed ledger never needs.

type Search = { scope: SearchScope; filters: SearchFilters };

const MAX_ROWS = 10_000;

/** Enterprise members see who found each hazard; a regulator's view leaves it out. */
const withReporter = (m: ActingMembership) => m.enterpriseId !== null;

type Paging = { limit: number; cursor?: string };

async function page(db: Db, m: ActingMembership, search: Search, q: Paging) {
  const result = await searchPage(db, search, q.limit, q.cursor);
  return {
    items: result.items.map((h) => ledgerRow(h, withReporter(m))),
    nextCursor: result.nextCursor,
  };
}

async function workbook(
  db: Db,
  m: ActingMembership,
  search: Search,
  fileName: string,
  asciiName: string,
) {
  // Too many is known from the keys alone, before any row is joined; an allowed ledger is then
  // read in one statement, its keys first (docs/performance.md, exports).
  const plan = await keyPlan(db, search.scope, search.filters);
  const tooMany = () =>
    new AppError(
      422,
      'VALIDATION',
      `台账超过 ${MAX_ROWS} 条，请按状态、等级或辖区缩小范围后再导出`,
    );
  if ((await countCapped(db, plan, search.filters, MAX_ROWS)) > MAX_ROWS) throw tooMany();
  const found = await keyedSearch(db, plan, search.filters, MAX_ROWS).execute();
  if (found.length > MAX_ROWS) throw tooMany();
  const rows = found.map((h) => ledgerRow(h, withReporter(m)));
  const body = await ledgerWorkbook(rows, withReporter(m), m.agencyId !== null);
  return { body, fileName, asciiName };
}

export async function enterpriseLedger(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  q: ListFilters & Paging,
) {
  return page(db, m, await enterpriseSearch(db, m, enterpriseId, q), q);
}

export async function enterpriseLedgerFile(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  q: ListFilters,
) {
  const search = await enterpriseSearch(db, m, enterpriseId, q);
  return workbook(
    db,
    m,
    search,
    `隐患排查治理台账-${chinaToday()}.xlsx`,
    `hazard-ledger-${chinaToday()}.xlsx`,
  );
}

export async function subtreeLedger(db: Db, m: ActingMembership, q: SubtreeFilters & Paging) {
  return page(db, m, await agencySearch(db, m, q), q);
}

export async function subtreeLedgerFile(db: Db, m: ActingMembership, q: SubtreeFilters) {
  const search = await agencySearch(db, m, q);
  return workbook(
    db,
    m,
    search,
    `辖区隐患排查治理台账-${chinaToday()}.xlsx`,
    `jurisdiction-hazard-ledger-${chinaToday()}.xlsx`,
  );
}
