import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import { XLSX_TYPE } from '../../lib/xlsx.js';
import { ledgerReaders, permitReaders, permitWriters } from './permits.access.js';
import * as s from './permits.schemas.js';

const tags = ['特殊作业票'];
const base = '/enterprises/{enterpriseId}/work-permits' as const;
const item = `${base}/{id}` as const;
const PERMIT = jsonContent(s.PermitSchema, '作业票（含打印所需的全部栏目与签名步骤）');
const MOVE_ERRORS = errorResponses(401, 403, 404, 409, 422);

export const list = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: '作业票列表（最新申请在前；按状态、类型、日期、本人、超期筛选）',
  middleware: [permitReaders] as const,
  request: { params: s.EnterpriseParam, query: s.ListQuery },
  responses: {
    200: jsonContent(s.PermitPageSchema, '一页作业票'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const tasks = createRoute({
  method: 'get',
  path: '/enterprises/{enterpriseId}/work-permit-tasks',
  tags,
  summary: '本人现在可办理的作业票（确认措施、气体分析、审批、开始、验收等），按作业开始时间',
  middleware: [permitWriters] as const,
  request: { params: s.EnterpriseParam },
  responses: {
    200: jsonContent(z.object({ items: z.array(s.PermitSummarySchema) }), '待办作业票'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const apply = createRoute({
  method: 'post',
  path: base,
  tags,
  summary: '申请特殊作业票（GB 30871-2022）：级别、有效期、审批链和安全措施清单由类型和级别确定',
  middleware: [permitWriters] as const,
  request: { params: s.EnterpriseParam, body: jsonBody(s.ApplyBody, '申请') },
  responses: { 201: PERMIT, ...MOVE_ERRORS },
});

export const detail = createRoute({
  method: 'get',
  path: item,
  tags,
  summary: '一张作业票：打印所需的全部栏目、安全措施确认、气体分析、签字栏与签名步骤',
  middleware: [permitReaders] as const,
  request: { params: s.EnterpriseItemParams },
  responses: { 200: PERMIT, ...errorResponses(401, 403, 404, 422) },
});

const move = <B extends z.ZodType>(path: string, summary: string, body: B, description: string) =>
  createRoute({
    method: 'post',
    path: `${item}/${path}`,
    tags,
    summary,
    middleware: [permitWriters] as const,
    request: { params: s.EnterpriseItemParams, body: jsonBody(body, description) },
    responses: { 200: PERMIT, ...MOVE_ERRORS },
  });

export const confirmMeasures = move(
  'measures',
  '逐项确认安全措施（是否涉及、确认人）；全部确认后进入待交底',
  s.ConfirmMeasuresBody,
  '确认的措施',
);
export const recordGas = move(
  'gas-samples',
  '记录气体分析（取样时间、部位、各气体结果）；按标准判定合格，不合格则不能审批，作业中不合格立即中断',
  s.GasSampleBody,
  '取样分析',
);
export const brief = move('briefing', '安全交底（交底人为本人）', s.BriefBody, '交底');
export const approve = move(
  'approvals',
  '在当前签字栏签署（按审批链顺序，须持有该栏的职责，并确认在现场审批）',
  s.ApproveBody,
  '审批意见',
);
export const start = move(
  'start',
  '开始作业（动火作业由岗位当班班长验票）：须在有效期内、30分钟内有合格气体分析，监护人不得同时监护另一处动火',
  s.NoteBody,
  '说明',
);
export const interrupt = move('interrupt', '中断作业（监护人收回作业票）', s.ReasonBody, '原因');
export const resume = move(
  'resume',
  '恢复作业：中断超过规定时间（或动火跨日）须重新进行气体分析',
  s.NoteBody,
  '说明',
);
export const extend = move(
  'extend',
  '延长有效期：不超过该级别自作业开始起的最长有效期，超过须重新办票',
  s.ExtendBody,
  '延期',
);
export const complete = move('complete', '确认完工', s.NoteBody, '说明');
export const accept = move('accept', '完工验收', s.NoteBody, '验收意见');
export const cancel = move('cancel', '取消作业票（验收前）', s.ReasonBody, '原因');

export const ledger = createRoute({
  method: 'get',
  path: '/enterprises/{enterpriseId}/work-permit-ledger.xlsx',
  tags,
  summary: '特殊作业票台账 .xlsx（按申请日期、类型、状态筛选）',
  middleware: [ledgerReaders] as const,
  request: { params: s.EnterpriseParam, query: s.LedgerQuery },
  responses: {
    200: {
      content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
      description: '特殊作业票台账',
    },
    ...errorResponses(401, 403, 404, 422),
  },
});
