import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import { IdempotencyHeader, replayHeaders } from '../idempotency/idempotency.schemas.js';
import { checkDoers, checkHistoryReaders } from './checks.access.js';
import * as s from './checks.schemas.js';

const tags = ['隐患排查任务'];
const base = '/enterprises/{enterpriseId}' as const;

export const tasks = createRoute({
  method: 'get',
  path: `${base}/check-tasks`,
  tags,
  summary: '某一天的排查任务（由管控措施的排查周期推算）：待排查、已排查、漏检，附各状态数',
  middleware: [checkDoers] as const,
  request: { params: s.EnterpriseParam, query: s.TasksQuery },
  responses: {
    200: jsonContent(s.CheckTasksSchema, '排查任务'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const history = createRoute({
  method: 'get',
  path: `${base}/check-records`,
  tags,
  summary: '排查记录（最新在前，按措施、结果、日期筛选）；岗位员工只看到分配给本人的措施',
  middleware: [checkHistoryReaders] as const,
  request: { params: s.EnterpriseParam, query: s.RecordsQuery },
  responses: {
    200: jsonContent(s.CheckRecordPageSchema, '一页排查记录'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const record = createRoute({
  method: 'post',
  path: `${base}/check-records`,
  tags,
  summary: '记录一次排查（每个周期一条）；异常时在同一事务中生成来源为「管控措施失效」的隐患',
  description:
    '离线同步：带 Idempotency-Key 重发返回第一次的结果；recordedAt 为设备上完成的时间，按它确定周期，服务器收到时周期已结束的记为迟报（late）；该周期已被他人记录时返回 409 ALREADY_RECORDED，消息写明由谁、何时（中国时间）记录。',
  middleware: [checkDoers] as const,
  request: {
    params: s.EnterpriseParam,
    headers: IdempotencyHeader,
    body: jsonBody(s.RecordBody, '排查记录'),
  },
  responses: {
    201: { ...jsonContent(s.CheckRecordSchema, '排查记录'), headers: replayHeaders },
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

export const recordCustody = createRoute({
  method: 'post',
  path: `${base}/custody-checks`,
  tags,
  summary:
    '包保责任人记录一次重大危险源排查（本人现任角色、一个周期一条）；发现隐患时在同一事务中生成隐患',
  middleware: [checkDoers] as const,
  request: { params: s.EnterpriseParam, body: jsonBody(s.CustodyRecordBody, '包保排查记录') },
  responses: {
    201: jsonContent(s.CheckRecordSchema, '排查记录'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

export const recordPrestart = createRoute({
  method: 'post',
  path: `${base}/prestart-checks`,
  tags,
  summary:
    '记录开车前检查：由停车或检修恢复运行后，通过之前其周期性排查暂停；不合格时生成来源为「复产复工前」的隐患',
  middleware: [checkDoers] as const,
  request: { params: s.EnterpriseParam, body: jsonBody(s.PrestartRecordBody, '开车前检查记录') },
  responses: {
    201: jsonContent(s.CheckRecordSchema, '检查记录'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});
