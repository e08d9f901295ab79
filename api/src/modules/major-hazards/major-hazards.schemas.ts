import { z } from '@hono/zod-openapi';
import { orNull } from '../../lib/schemas.js';
import { CUSTODY_ROLES, MAJOR_HAZARD_LEVELS } from '@shuangfang/db';
import { RunPeriodSchema } from '../run-states/run-states.schemas.js';
import { MAJOR_HAZARD_ACTIONS } from './major-hazards.access.js';

export { EnterpriseParam, EnterpriseItemParams } from '../../lib/schemas.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), { error: '不能包含空字符' });

export const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份格式应为 YYYY-MM' })
  .openapi({ example: '2026-12' });

export const ListQuery = z.object({
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: '包含已归档的重大危险源' }),
});

export const CreateMajorHazardBody = z
  .object({
    code: text(50).openapi({ description: '重大危险源编码', example: 'BJ36073500021' }),
    name: text(100).openapi({ description: '名称', example: '甲醇罐区' }),
    level: z.enum(MAJOR_HAZARD_LEVELS).openapi({ description: '重大危险源级别', example: '二级' }),
    description: z.string().trim().max(1000).default('').openapi({ description: '说明' }),
    riskObjectIds: z
      .array(z.uuid())
      .min(1)
      .max(50)
      .openapi({ description: '覆盖的风险分析对象（连同其全部单元）' }),
  })
  .openapi('CreateMajorHazardBody');

export const UpdateMajorHazardBody = z
  .object({
    code: text(50).optional().openapi({ description: '重大危险源编码' }),
    name: text(100).optional().openapi({ description: '名称' }),
    level: z.enum(MAJOR_HAZARD_LEVELS).optional(),
    description: z.string().trim().max(1000).optional(),
    riskObjectIds: z.array(z.uuid()).min(1).max(50).optional(),
  })
  .openapi('UpdateMajorHazardBody');

export const RoleParams = z.object({
  enterpriseId: z.uuid().openapi({ param: { name: 'enterpriseId', in: 'path' } }),
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  role: z.enum(CUSTODY_ROLES).openapi({
    param: { name: 'role', in: 'path' },
    description: 'principal 主要负责人；technical 技术负责人；operational 操作负责人',
  }),
});

export const AssignCustodianBody = z
  .object({
    userId: z.uuid().openapi({ description: '本企业账号' }),
    title: text(50).openapi({ description: '职务', example: '生产副总经理' }),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+\-() ]{5,20}$/, { error: '电话格式不正确' })
      .optional()
      .openapi({ description: '公示牌上的联系电话；默认账号手机号', example: '13800000142' }),
  })
  .openapi('AssignCustodianBody');

const Custodian = z.object({
  userId: z.uuid(),
  name: z.string(),
  title: z.string(),
  phone: z.string(),
  assignedAt: z.string(),
  endedAt: z.string().nullable(),
});

const Duties = z.object({
  basis: z.string().openapi({ example: '包保办法第五条' }),
  confirmed: z.boolean().openapi({ description: '条文已核实；false 表示条文待核实' }),
  duties: z.array(z.string()),
});

export const CustodyRoleSchema = z.object({
  role: z.enum(CUSTODY_ROLES),
  roleLabel: z.string().openapi({ example: '技术负责人' }),
  custodian: Custodian.nullable().openapi({ description: '当前包保责任人；未指定为空' }),
  cadence: z.string().openapi({
    description: '排查周期',
    example: '每季度1次，另在重大活动、重点时段和节假日前各1次',
  }),
  duties: Duties,
});

export const MajorHazardSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    level: z.enum(MAJOR_HAZARD_LEVELS),
    description: z.string(),
    archivedAt: z.string().nullable(),
    objects: z.array(z.object({ id: z.uuid(), name: z.string() })).openapi({
      description: '覆盖的风险分析对象：四色图图例据此标注包保责任人',
    }),
    custodians: z.array(CustodyRoleSchema),
    runState: orNull(RunPeriodSchema).openapi({ description: '当前运行状态；未登记为空' }),
    actions: z.array(z.enum(MAJOR_HAZARD_ACTIONS)).openapi({
      description:
        'edit 修改；archive 归档；assign_custodians 指定包保责任人（仅主要负责人）；set_run_state 变更运行状态',
    }),
  })
  .openapi('MajorHazard');

export const MajorHazardListSchema = z
  .object({
    items: z.array(MajorHazardSchema),
    actions: z.array(z.enum(['create'])).openapi({ description: 'create 可登记重大危险源' }),
  })
  .openapi('MajorHazardList');

export const MajorHazardDetailSchema = MajorHazardSchema.extend({
  custodianHistory: z.array(
    Custodian.extend({ role: z.enum(CUSTODY_ROLES), roleLabel: z.string() }),
  ),
}).openapi('MajorHazardDetail');

export const MajorHazardBoardSchema = z
  .object({
    enterpriseName: z.string(),
    code: z.string(),
    name: z.string(),
    level: z.enum(MAJOR_HAZARD_LEVELS),
    objects: z.array(z.string()),
    runStateLabel: z.string().nullable(),
    custodians: z.array(
      z.object({
        roleLabel: z.string(),
        name: z.string().nullable(),
        title: z.string().nullable(),
        phone: z.string().nullable(),
        duties: z.array(z.string()),
        basis: z.string(),
      }),
    ),
    generatedAt: z.string(),
  })
  .openapi('MajorHazardBoard');

export const CompletionQuery = z.object({
  month: Month.optional().openapi({ description: '月份（中国时间），默认本月' }),
});

export const CompletionRowSchema = z.object({
  majorHazard: z.object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    level: z.enum(MAJOR_HAZARD_LEVELS),
  }),
  role: z.enum(CUSTODY_ROLES),
  roleLabel: z.string(),
  custodian: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  expected: z
    .number()
    .int()
    .openapi({ description: '本月应完成（已到期且未暂停的任务 + 当前已完成的任务）' }),
  done: z.number().int(),
  missed: z.number().int().openapi({ description: '漏检：已到期未完成且未暂停' }),
  suspended: z.number().int().openapi({ description: '停车或检修中暂停的任务（不计漏检）' }),
  pending: z.number().int().openapi({ description: '当前周期尚未完成、尚未到期' }),
  rate: z
    .number()
    .nullable()
    .openapi({ description: '完成率 = 已完成 ÷ (已完成 + 漏检)；无到期任务时为空' }),
  behind: z.boolean().openapi({ description: '本月有漏检' }),
});

export const CompletionSchema = z
  .object({ month: z.string(), items: z.array(CompletionRowSchema) })
  .openapi('CustodyCompletion');

export const SubtreeCompletionQuery = CompletionQuery.extend({
  jurisdiction: z
    .string()
    .regex(/^[0-9]{6}([0-9]{3})?$/, { error: '行政区划代码应为6位（乡镇街道9位）数字' })
    .optional()
    .openapi({ description: '辖区代码，默认本机构辖区' }),
  behind: z.enum(['true', 'false']).optional().openapi({ description: 'true 只看有漏检的' }),
});

export const SubtreeCompletionSchema = z
  .object({
    month: z.string(),
    jurisdiction: z.string(),
    items: z.array(
      CompletionRowSchema.extend({
        enterprise: z.object({ id: z.uuid(), name: z.string() }),
      }),
    ),
    summary: z.object({
      majorHazards: z.number().int(),
      custodianRoles: z.number().int(),
      behind: z.number().int().openapi({ description: '有漏检的包保责任人（角色）数' }),
    }),
  })
  .openapi('SubtreeCustodyCompletion');
