import { createRoute } from '@hono/zod-openapi';
import { ROLES } from '@shuangfang/db';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import { allow } from '../../middlewares/access.js';
import * as s from './preferences.schemas.js';

const tags = ['通知设置'];

export const get = createRoute({
  method: 'get',
  path: '/me/notification-preferences',
  tags,
  summary: '本人的提醒设置：提醒事项、方式（邮件、企业微信/钉钉群 @我）、免打扰时段、每日汇总',
  middleware: [allow(...ROLES)] as const,
  responses: {
    200: jsonContent(s.PreferencesSchema, '提醒设置'),
    ...errorResponses(401, 403),
  },
});

export const save = createRoute({
  method: 'put',
  path: '/me/notification-preferences',
  tags,
  summary: '保存本人的提醒设置',
  middleware: [allow(...ROLES)] as const,
  request: { body: jsonBody(s.PreferencesBody, '提醒设置') },
  responses: {
    200: jsonContent(s.PreferencesSchema, '保存后的提醒设置'),
    ...errorResponses(401, 403, 422),
  },
});
