import { z } from '@hono/zod-openapi';
import { ENTERPRISE_DUTIES, ROLES } from '@shuangfang/db';

export { EnterpriseParam } from '../../lib/schemas.js';

export const DutyParams = z.object({
  enterpriseId: z.uuid().openapi({ param: { name: 'enterpriseId', in: 'path' } }),
  duty: z.enum(ENTERPRISE_DUTIES).openapi({
    param: { name: 'duty', in: 'path' },
    description:
      'commitment_deputy 值班负责人；unit_head 所在基层单位；safety_dept 安全管理部门；specialty_dept 专业部门；plant_leader 主管领导；power_supplier 配送电单位；co_signer 会签部门；shift_leader 岗位当班班长',
  }),
});

export const AssignDutyBody = z
  .object({
    userIds: z
      .array(z.uuid())
      .max(50)
      .openapi({ description: '担任此职责的本企业账号（整体替换）' }),
  })
  .openapi('AssignDutyBody');

export const DutiesSchema = z
  .object({
    duties: z.array(
      z.object({
        duty: z.enum(ENTERPRISE_DUTIES),
        label: z.string().openapi({ example: '安全管理部门' }),
        signs: z.string().openapi({ description: '此职责签署或办理的事项' }),
        holders: z.array(z.object({ userId: z.uuid(), name: z.string() })),
      }),
    ),
    members: z
      .array(
        z.object({
          userId: z.uuid(),
          name: z.string(),
          role: z.enum(ROLES),
          duties: z.array(z.enum(ENTERPRISE_DUTIES)),
        }),
      )
      .openapi({ description: '本企业可担任职责、可被指定为作业负责人或监护人的账号' }),
    actions: z
      .array(z.enum(['assign']))
      .openapi({ description: 'assign 可调整职责（仅主要负责人）' }),
  })
  .openapi('EnterpriseDuties');
