import { ROLES } from '@shuangfang/db';
import { z } from '@hono/zod-openapi';
import { PageQuery } from '../../lib/pagination.js';

const Phone = z
  .string()
  .trim()
  .regex(/^1[3-9][0-9]{9}$/, { error: '手机号应为11位中国大陆手机号' })
  .openapi({ example: '13800000001' });

const UserMembershipSchema = z.object({
  id: z.uuid(),
  role: z.enum(ROLES),
  enterpriseId: z.uuid().nullable(),
  enterpriseName: z.string().nullable(),
  agencyId: z.uuid().nullable(),
  agencyName: z.string().nullable(),
  active: z.boolean(),
});

export const UserSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    active: z.boolean().openapi({ description: '在本单位的身份是否有效' }),
    mustChangePassword: z.boolean(),
    memberships: z.array(UserMembershipSchema).openapi({ description: '由调用者管理的身份' }),
  })
  .openapi('User');

export const CreateUserBody = z
  .object({
    displayName: z.string().trim().min(1).max(50).openapi({ example: '张三' }),
    phone: Phone.nullable().default(null),
    email: z
      .email({ error: '电子邮箱格式不正确' })
      .max(254)
      .transform((e) => e.toLowerCase())
      .nullable()
      .default(null),
    role: z.enum(ROLES).openapi({ description: '新账号的角色（须为调用者可创建的下级角色）' }),
    enterpriseId: z.uuid().nullable().default(null),
    agencyId: z.uuid().nullable().default(null),
  })
  .openapi('CreateUserBody');

export const CreatedUserSchema = z
  .object({
    user: UserSchema,
    initialPassword: z
      .string()
      .openapi({ description: '一次性初始密码，仅显示一次，首次登录须修改' }),
  })
  .openapi('CreatedUser');

export const UserListQuery = PageQuery.extend({
  q: z.string().trim().max(50).optional().openapi({ description: '按姓名、手机号或邮箱搜索' }),
  enterpriseId: z.uuid().optional(),
  agencyId: z.uuid().optional(),
});
