import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonContent } from '../../lib/schemas.js';
import { channelAdmins } from '../notification-channels/channels.access.js';
import * as s from './deliveries.schemas.js';

const tags = ['通知渠道'];

export const list = createRoute({
  method: 'get',
  path: '/notification-deliveries',
  tags,
  summary: '本单位的提醒发送记录（最新在前；按状态、方式、事项筛选）',
  middleware: [channelAdmins] as const,
  request: { query: s.DeliveryQuery },
  responses: {
    200: jsonContent(s.DeliveryPageSchema, '一页发送记录'),
    ...errorResponses(401, 403, 422),
  },
});

export const getOne = createRoute({
  method: 'get',
  path: '/notification-deliveries/{id}',
  tags,
  summary: '一条发送记录：内容和每次尝试的时间、结果、状态码、错误',
  middleware: [channelAdmins] as const,
  request: { params: s.DeliveryParams },
  responses: {
    200: jsonContent(s.DeliveryDetailSchema, '发送记录'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const resend = createRoute({
  method: 'post',
  path: '/notification-deliveries/{id}/resend',
  tags,
  summary: '重新发送（已送达或失败的记录）：新建一条待发送记录，由发送任务立即发出',
  middleware: [channelAdmins] as const,
  request: { params: s.DeliveryParams },
  responses: {
    201: jsonContent(s.DeliveryDetailSchema, '新的发送记录'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});
