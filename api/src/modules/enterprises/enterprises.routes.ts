import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, UuidParam } from '../../lib/schemas.js';
import { allow } from '../../middlewares/access.js';
import { EnterpriseFileSchema } from './enterprise-file.schemas.js';
import {
  CreateEnterpriseBody,
  EnterpriseCounts,
  EnterpriseFilter,
  EnterpriseListQuery,
  EnterprisePage,
  EnterpriseSchema,
  ImportResult,
  UpdateEnterpriseBody,
} from './enterprises.schemas.js';
import { XLSX_TYPE } from './enterprises.xlsx.js';

const tags = ['企业名录'];
const regulators = allow('agency_admin', 'inspector');
const registrar = allow('agency_admin');
const xlsxResponse = (description: string) => ({
  content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
  description,
});

export const list = createRoute({
  method: 'get',
  path: '/enterprises',
  tags,
  summary: '企业名录（本机构辖区，按名称排序，键集分页）',
  middleware: [regulators] as const,
  request: { query: EnterpriseListQuery },
  responses: {
    200: jsonContent(EnterprisePage, '一页企业'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const counts = createRoute({
  method: 'get',
  path: '/enterprises/counts',
  tags,
  summary: '本机构辖区各行政区划的在册企业数（含下级）',
  middleware: [regulators] as const,
  responses: {
    200: jsonContent(EnterpriseCounts, '各行政区划的企业数'),
    ...errorResponses(401, 403),
  },
});

export const exportXlsx = createRoute({
  method: 'get',
  path: '/enterprises/export.xlsx',
  tags,
  summary: '导出企业名录（.xlsx）',
  middleware: [regulators] as const,
  request: { query: EnterpriseFilter },
  responses: {
    200: xlsxResponse('企业名录表格'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const importTemplate = createRoute({
  method: 'get',
  path: '/enterprises/import-template.xlsx',
  tags,
  summary: '下载企业导入模板（.xlsx）',
  middleware: [registrar] as const,
  responses: { 200: xlsxResponse('导入模板'), ...errorResponses(401, 403) },
});

export const importXlsx = createRoute({
  method: 'post',
  path: '/enterprises/import',
  tags,
  summary: '从 .xlsx 导入企业（全部通过才导入；否则逐行报告错误且不导入）',
  middleware: [registrar] as const,
  request: {
    body: {
      content: {
        'multipart/form-data': {
          schema: z.object({
            file: z
              .instanceof(File, { error: '请上传文件' })
              .openapi({ type: 'string', format: 'binary', description: '.xlsx 文件，最大 10 MB' }),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: jsonContent(ImportResult, '全部导入'),
    ...errorResponses(401, 403, 422),
  },
});

export const get = createRoute({
  method: 'get',
  path: '/enterprises/{id}',
  tags,
  summary: '企业详情（监管机构或本企业人员）',
  middleware: [
    allow(
      'agency_admin',
      'inspector',
      'enterprise_admin',
      'safety_manager',
      'worker',
      'congress_rep',
    ),
  ] as const,
  request: { params: UuidParam },
  responses: {
    200: jsonContent(EnterpriseSchema, '企业'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const create = createRoute({
  method: 'post',
  path: '/enterprises',
  tags,
  summary: '登记企业',
  middleware: [registrar] as const,
  request: { body: jsonBody(CreateEnterpriseBody, '企业') },
  responses: {
    201: jsonContent(EnterpriseSchema, '已登记'),
    ...errorResponses(401, 403, 409, 422),
  },
});

export const update = createRoute({
  method: 'patch',
  path: '/enterprises/{id}',
  tags,
  summary: '修改企业信息',
  middleware: [registrar] as const,
  request: { params: UuidParam, body: jsonBody(UpdateEnterpriseBody, '要修改的字段') },
  responses: {
    200: jsonContent(EnterpriseSchema, '已修改'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

const setActive = (action: 'activate' | 'deactivate', summary: string) =>
  createRoute({
    method: 'post',
    path: `/enterprises/{id}/${action}`,
    tags,
    summary,
    middleware: [registrar] as const,
    request: { params: UuidParam },
    responses: {
      200: jsonContent(EnterpriseSchema, '企业'),
      ...errorResponses(401, 403, 404, 422),
    },
  });

export const deactivate = setActive('deactivate', '停用企业（记录保留，企业账号不能再操作）');
export const activate = setActive('activate', '恢复企业');

export const file = createRoute({
  method: 'get',
  path: '/enterprises/{id}/file',
  tags,
  summary:
    '一企一档：企业概况、风险等级与四色图、未销号隐患、挂牌督办、抽查、双报告、标准化、失信、举报',
  description:
    '监管机构查阅本辖区内企业的档案。各列表为最近（隐患为最紧迫：逾期在前）的10条，并给出总数。',
  middleware: [regulators] as const,
  request: { params: UuidParam },
  responses: {
    200: jsonContent(EnterpriseFileSchema, '一企一档'),
    ...errorResponses(401, 403, 404, 422),
  },
});
