import { createRoute, z } from '@hono/zod-openapi';
import { ROLES } from '@shuangfang/db';
import {
  EnterpriseParam,
  errorResponses,
  jsonBody,
  jsonContent,
  UuidParam,
} from '../../lib/schemas.js';
import { allow } from '../../middlewares/access.js';
import { CreatedUserSchema, CreateUserBody, UserListQuery, UserSchema } from './users.schemas.js';

const tags = ['账号'];
const managers = allow('platform_admin', 'agency_admin', 'enterprise_admin');
/** The enterprise's managers name people on plans and positions. */
const enterpriseManagers = allow('enterprise_admin', 'safety_manager');

export const list = createRoute({
  method: 'get',
  path: '/users',
  tags,
  summary: '本单位管理的账号',
  middleware: [managers] as const,
  request: { query: UserListQuery },
  responses: {
    200: jsonContent(
      z.object({
        items: z.array(UserSchema),
        nextCursor: z.string().nullable(),
        creatableRoles: z.array(z.enum(ROLES)).openapi({
          description: '当前身份可以创建的下级账号角色（创建企业主要负责人时须指明企业）',
        }),
      }),
      '账号列表',
    ),
    ...errorResponses(401, 403, 404, 422),
  },
});

export const create = createRoute({
  method: 'post',
  path: '/users',
  tags,
  summary: '创建下级账号（返回一次性初始密码）',
  middleware: [managers] as const,
  request: { body: jsonBody(CreateUserBody, '账号') },
  responses: {
    201: jsonContent(CreatedUserSchema, '已创建'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

export const resetPassword = createRoute({
  method: 'post',
  path: '/users/{id}/reset-password',
  tags,
  summary: '重置为新的一次性初始密码',
  middleware: [managers] as const,
  request: { params: UuidParam },
  responses: {
    200: jsonContent(z.object({ initialPassword: z.string() }), '新的初始密码'),
    ...errorResponses(401, 403, 404, 422),
  },
});

const setActive = (action: 'activate' | 'deactivate', summary: string) =>
  createRoute({
    method: 'post',
    path: `/users/{id}/${action}`,
    tags,
    summary,
    middleware: [managers] as const,
    request: { params: UuidParam },
    responses: {
      200: jsonContent(UserSchema, '账号'),
      ...errorResponses(401, 403, 404, 422),
    },
  });

export const deactivate = setActive('deactivate', '停用账号在本单位的身份');
export const activate = setActive('activate', '恢复账号在本单位的身份');

export const people = createRoute({
  method: 'get',
  path: '/enterprises/{enterpriseId}/people',
  tags,
  summary: '本企业在用的人员（可指定为整改责任人、岗位员工等；不含职代会代表）',
  middleware: [enterpriseManagers] as const,
  request: { params: EnterpriseParam },
  responses: {
    200: jsonContent(
      z.object({
        items: z.array(z.object({ id: z.uuid(), name: z.string(), role: z.enum(ROLES) })),
      }),
      '人员',
    ),
    ...errorResponses(401, 403, 404, 422),
  },
});
