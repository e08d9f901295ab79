import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import { channelAdmins } from './channels.access.js';
import * as s from './channels.schemas.js';

const tags = ['通知渠道'];
const WRITE_ERRORS = errorResponses(401, 403, 404, 409, 422);

export const list = createRoute({
  method: 'get',
  path: '/notification-channels',
  tags,
  summary: '本单位的通知渠道（企业：主要负责人；监管部门：机构管理员）：群机器人和 Webhook',
  middleware: [channelAdmins] as const,
  responses: {
    200: jsonContent(s.ChannelListSchema, '通知渠道'),
    ...errorResponses(401, 403),
  },
});

export const create = createRoute({
  method: 'post',
  path: '/notification-channels',
  tags,
  summary: '新增通知渠道（地址和密钥加密保存，之后不再返回）',
  description:
    '企业微信、钉钉群机器人各一个：选择「群机器人 @我」的人员按其提醒设置在群里被 @。Webhook 收到本单位人员相关的每条提醒，正文为 JSON，签名见 docs/architecture.md。',
  middleware: [channelAdmins] as const,
  request: { body: jsonBody(s.ChannelBody, '通知渠道') },
  responses: { 201: jsonContent(s.ChannelSchema, '新增的渠道'), ...WRITE_ERRORS },
});

export const update = createRoute({
  method: 'patch',
  path: '/notification-channels/{id}',
  tags,
  summary: '修改通知渠道（名称、地址、密钥、推送事项、启用）',
  middleware: [channelAdmins] as const,
  request: { params: s.ChannelParams, body: jsonBody(s.ChannelPatch, '修改') },
  responses: { 200: jsonContent(s.ChannelSchema, '修改后的渠道'), ...WRITE_ERRORS },
});

export const archive = createRoute({
  method: 'post',
  path: '/notification-channels/{id}/archive',
  tags,
  summary: '删除通知渠道（停止使用；发送记录保留）',
  middleware: [channelAdmins] as const,
  request: { params: s.ChannelParams },
  responses: {
    200: jsonContent(s.ChannelSchema, '已删除的渠道'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const test = createRoute({
  method: 'post',
  path: '/notification-channels/{id}/test',
  tags,
  summary: '发送测试消息（立即发送并返回结果，用于核对地址和密钥；群机器人会 @ 当前用户）',
  middleware: [channelAdmins] as const,
  request: { params: s.ChannelParams },
  responses: {
    200: jsonContent(s.ChannelTestSchema, '发送结果'),
    ...errorResponses(401, 403, 404, 422),
  },
});
