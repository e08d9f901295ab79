import { createRoute, z } from '@hono/zod-openapi';
import {
  HAZARD_CATEGORIES,
  HAZARD_GRADES,
  HAZARD_KINDS,
  HAZARD_SOURCES,
  HAZARD_STATES,
} from '@shuangfang/db';
import { EnterpriseParam, errorResponses, jsonContent } from '../../lib/schemas.js';
import { XLSX_TYPE } from '../../lib/xlsx.js';
import { allow } from '../../middlewares/access.js';
import { subtreeReaders } from '../hazards/hazards.access.js';
import { ListQuery, SearchQuery } from '../hazards/hazards.schemas.js';

const tags = ['隐患排查治理'];
/** The enterprise's managers, and regulators in scope; workers and congress reps have their views. */
const ledgerReaders = allow('enterprise_admin', 'safety_manager', 'agency_admin', 'inspector');

const LedgerRowSchema = z
  .object({
    id: z.uuid(),
    enterpriseId: z.uuid(),
    enterpriseName: z.string(),
    description: z.string(),
    location: z.string(),
    source: z.enum(HAZARD_SOURCES),
    kind: z.enum(HAZARD_KINDS),
    category: z.enum(HAZARD_CATEGORIES),
    grade: z.enum(HAZARD_GRADES).nullable(),
    foundAt: z.string(),
    reporterName: z.string().nullable().openapi({ description: '发现人；仅企业自己的台账' }),
    measures: z.string().nullable(),
    responsiblePerson: z.string().nullable(),
    funds: z.number().nullable(),
    deadline: z.string().nullable(),
    state: z.enum(HAZARD_STATES),
    stateName: z.string(),
    acceptorName: z.string().nullable(),
    closedAt: z.string().nullable(),
    overdue: z.boolean(),
    overdueDays: z.number().int().openapi({ description: '逾期天数（不足一天按一天）' }),
  })
  .openapi('HazardLedgerRow');
const LedgerPageSchema = z
  .object({ items: z.array(LedgerRowSchema), nextCursor: z.string().nullable() })
  .openapi('HazardLedgerPage');
const XlsxFile = {
  content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
  description: '隐患排查治理台账',
};
const ERRORS = errorResponses(401, 403, 404, 422);
const FileQuery = ListQuery.omit({ limit: true, cursor: true });
const SubtreeFileQuery = SearchQuery.omit({ limit: true, cursor: true });

export const enterpriseLedger = createRoute({
  method: 'get',
  path: '/enterprises/{enterpriseId}/hazard-ledger',
  tags,
  summary: '企业隐患排查治理台账（最新在前，与隐患列表同样的筛选）',
  middleware: [ledgerReaders] as const,
  request: { params: EnterpriseParam, query: ListQuery },
  responses: { 200: jsonContent(LedgerPageSchema, '一页台账'), ...ERRORS },
});

export const enterpriseLedgerFile = createRoute({
  method: 'get',
  path: '/enterprises/{enterpriseId}/hazard-ledger.xlsx',
  tags,
  summary: '企业隐患排查治理台账 .xlsx',
  middleware: [ledgerReaders] as const,
  request: { params: EnterpriseParam, query: FileQuery },
  responses: { 200: XlsxFile, ...ERRORS },
});

export const subtreeLedger = createRoute({
  method: 'get',
  path: '/hazard-ledger',
  tags,
  summary: '监管部门辖区隐患台账（按等级、状态、逾期、来源、行业、辖区、企业筛选）',
  middleware: [subtreeReaders] as const,
  request: { query: SearchQuery },
  responses: { 200: jsonContent(LedgerPageSchema, '一页台账'), ...ERRORS },
});

export const subtreeLedgerFile = createRoute({
  method: 'get',
  path: '/hazard-ledger.xlsx',
  tags,
  summary: '监管部门辖区隐患台账 .xlsx',
  middleware: [subtreeReaders] as const,
  request: { query: SubtreeFileQuery },
  responses: { 200: XlsxFile, ...ERRORS },
});
