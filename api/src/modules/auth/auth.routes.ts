import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonContent, OkSchema } from '../../lib/schemas.js';
import { authenticated } from '../../middlewares/access.js';
import { ChangePasswordBody, LoginBody, MeSchema, SwitchMembershipBody } from './auth.schemas.js';

const tags = ['认证'];

export const login = createRoute({
  method: 'post',
  path: '/auth/login',
  tags,
  summary: '登录（手机号或邮箱 + 密码）',
  request: { body: jsonBody(LoginBody, '登录信息') },
  responses: {
    200: jsonContent(MeSchema, '登录成功，会话写入 Cookie'),
    ...errorResponses(401, 403, 422, 429),
  },
});

export const logout = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags,
  summary: '退出登录',
  responses: { 200: jsonContent(OkSchema, '已退出'), ...errorResponses(403) },
});

export const me = createRoute({
  method: 'get',
  path: '/auth/me',
  tags,
  summary: '当前用户与身份',
  middleware: [authenticated] as const,
  responses: { 200: jsonContent(MeSchema, '当前用户'), ...errorResponses(401) },
});

export const changePassword = createRoute({
  method: 'post',
  path: '/auth/password',
  tags,
  summary: '修改密码（首次登录必须修改初始密码）',
  middleware: [authenticated] as const,
  request: { body: jsonBody(ChangePasswordBody, '新旧密码') },
  responses: {
    200: jsonContent(MeSchema, '已修改；其他设备上的会话失效'),
    ...errorResponses(401, 403, 422, 429),
  },
});

export const switchMembership = createRoute({
  method: 'post',
  path: '/auth/membership',
  tags,
  summary: '切换当前身份',
  middleware: [authenticated] as const,
  request: { body: jsonBody(SwitchMembershipBody, '身份') },
  responses: {
    200: jsonContent(MeSchema, '已切换'),
    ...errorResponses(401, 403, 404, 422),
  },
});
