import { ROLES } from '@shuangfang/db';
import { z } from '@hono/zod-openapi';

export const LoginBody = z
  .object({
    login: z
      .string()
      .trim()
      .min(1)
      .max(254)
      .openapi({ description: '手机号或电子邮箱', example: '13800000001' }),
    password: z.string().min(1).max(128).openapi({ description: '密码' }),
  })
  .openapi('LoginBody');

export const ChangePasswordBody = z
  .object({
    currentPassword: z.string().min(1).max(128).openapi({ description: '当前密码' }),
    newPassword: z
      .string()
      .min(1)
      .max(128)
      .openapi({ description: '新密码：至少8位，含字母和数字' }),
  })
  .openapi('ChangePasswordBody');

export const SwitchMembershipBody = z
  .object({ membershipId: z.uuid().openapi({ description: '要切换到的身份' }) })
  .openapi('SwitchMembershipBody');

const MembershipSchema = z
  .object({
    id: z.uuid(),
    role: z.enum(ROLES).openapi({ description: '角色' }),
    enterpriseId: z.uuid().nullable(),
    enterpriseName: z.string().nullable(),
    agencyId: z.uuid().nullable(),
    agencyName: z.string().nullable(),
    jurisdictionCode: z.string().nullable().openapi({ description: '所属行政区划代码' }),
  })
  .openapi('Membership');

export const MeSchema = z
  .object({
    user: z.object({
      id: z.uuid(),
      displayName: z.string(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      mustChangePassword: z.boolean().openapi({ description: '首次登录须修改初始密码' }),
    }),
    membership: z
      .union([MembershipSchema, z.null()])
      .openapi({ description: '当前身份；没有可用身份时为 null' }),
    memberships: z.array(MembershipSchema).openapi({ description: '可切换的全部身份' }),
    operations: z.array(z.string()).openapi({
      description:
        '当前身份可以调用的接口（operationId，如 hazards.register）；须先修改初始密码时为空。' +
        '具体某条记录能做什么，见该记录的 actions',
      example: ['hazards.list', 'hazards.register'],
    }),
  })
  .openapi('Me');
export type Me = z.infer<typeof MeSchema>;
