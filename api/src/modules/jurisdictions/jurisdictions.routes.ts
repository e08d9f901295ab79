import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.js';
import { allow } from '../../middlewares/access.js';
import {
  CodeParam,
  CreateJurisdictionBody,
  JurisdictionSchema,
  SettingChangePageSchema,
  SettingsView,
} from './jurisdictions.schemas.js';
import { PageQuery } from '../../lib/pagination.js';
import { SettingsUpdateSchema } from './settings.defaults.js';

const tags = ['行政区划'];
const readers = allow('platform_admin', 'agency_admin', 'inspector');

export const list = createRoute({
  method: 'get',
  path: '/jurisdictions',
  tags,
  summary: '行政区划树（本机构辖区；平台管理员为全部）',
  middleware: [readers] as const,
  responses: {
    200: jsonContent(z.object({ items: z.array(JurisdictionSchema) }), '按路径排序的辖区列表'),
    ...errorResponses(401, 403),
  },
});

export const create = createRoute({
  method: 'post',
  path: '/jurisdictions',
  tags,
  summary: '新增行政区划（平台管理员）',
  middleware: [allow('platform_admin')] as const,
  request: { body: jsonBody(CreateJurisdictionBody, '行政区划') },
  responses: {
    201: jsonContent(JurisdictionSchema, '已创建'),
    ...errorResponses(401, 403, 409, 422),
  },
});

export const getSettings = createRoute({
  method: 'get',
  path: '/jurisdictions/{code}/settings',
  tags,
  summary: '辖区配置（生效值与本级覆盖值）',
  middleware: [readers] as const,
  request: { params: CodeParam },
  responses: {
    200: jsonContent(SettingsView, '配置'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const updateSettings = createRoute({
  method: 'put',
  path: '/jurisdictions/{code}/settings',
  tags,
  summary: '修改辖区配置（下级辖区继承；null 表示恢复继承）',
  middleware: [allow('platform_admin', 'agency_admin')] as const,
  request: { params: CodeParam, body: jsonBody(SettingsUpdateSchema, '要覆盖的配置项') },
  responses: {
    200: jsonContent(SettingsView, '配置'),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const listSettingChanges = createRoute({
  method: 'get',
  path: '/jurisdictions/{code}/settings/changes',
  tags,
  summary: '辖区配置修改记录（谁、何时、哪一项、旧值 → 新值；null 表示继承），最新在前',
  middleware: [readers] as const,
  request: { params: CodeParam, query: PageQuery },
  responses: {
    200: jsonContent(SettingChangePageSchema, '一页修改记录'),
    ...errorResponses(401, 403, 404, 422),
  },
});
