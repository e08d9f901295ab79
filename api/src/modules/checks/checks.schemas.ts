import { orNull } from '../../lib/schemas.js';
import { z } from '@hono/zod-openapi';
import {
  CHECK_CYCLE_UNITS,
  CHECK_KINDS,
  CHECK_RESULTS,
  CUSTODY_ROLES,
  MAJOR_HAZARD_LEVELS,
  RUN_STATES,
} from '@shuangfang/db';
import { PageQuery } from '../../lib/pagination.js';
import { Attachment } from '../hazards/hazards.schemas.js';

import { Day } from '../../lib/schemas.js';

export { EnterpriseParam } from '../../lib/schemas.js';

export const TASK_STATUSES = ['due', 'done', 'missed', 'upcoming', 'suspended'] as const;
export const TASK_ACTIONS = ['record'] as const;
const TaskActions = z.array(z.enum(TASK_ACTIONS)).openapi({
  description: 'record 本人现在可以记录此任务',
});

export const TasksQuery = z.object({
  date: Day.optional().openapi({ description: '哪一天（中国时间），默认今天' }),
  scope: z.enum(['mine', 'all']).optional().openapi({
    description:
      'mine：分配给本人岗位的；all：全企业（仅主要负责人、安全管理员）。默认岗位员工 mine，管理人员 all',
  }),
});

export const RecordsQuery = PageQuery.extend({
  kind: z.enum(CHECK_KINDS).optional().openapi({
    description: 'measure 管控措施排查；custody 包保责任人排查；pre_start 开车前检查',
  }),
  measureId: z.uuid().optional(),
  result: z.enum(CHECK_RESULTS).optional(),
  from: Day.optional().openapi({ description: '周期起始日期不早于（含）' }),
  to: Day.optional().openapi({ description: '周期起始日期不晚于（含）' }),
});

// PostgreSQL text cannot hold U+0000: refused here as a field error.
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), { error: '不能包含空字符' });

export const RecordBody = z
  .object({
    measureId: z.uuid().openapi({ description: '管控措施' }),
    windowStart: z.iso.datetime({ offset: true }).optional().openapi({
      description:
        '排查周期起点；默认 recordedAt 所在的周期（无 recordedAt 时为当前周期）。只能是当前周期，或最近 7 天内漏检的周期',
    }),
    recordedAt: z.iso.datetime({ offset: true }).optional().openapi({
      description:
        '在设备上完成排查的时间（离线记录同步时填写）：决定记入哪个排查周期；不能晚于服务器当前时间（允许 5 分钟时钟误差），不能早于所记录周期的起点。周期在服务器收到时已结束的，记为迟报（late）',
      example: '2026-12-01T09:30:00+08:00',
    }),
    result: z.enum(CHECK_RESULTS).openapi({ description: 'ok 正常；not_ok 异常（生成隐患）' }),
    note: text(1000).optional().openapi({ description: '说明；异常时说明或照片至少其一' }),
    attachments: z.array(Attachment).max(20).default([]).openapi({ description: '现场照片' }),
    criterionItemId: z.uuid().optional().openapi({
      description:
        '异常时：不符合的判定条目（须是该措施采纳的）。措施只采纳了一个判定条目时可不填；生成的隐患关联该条目',
    }),
  })
  .openapi('CheckRecordBody');

export const CustodyRecordBody = z
  .object({
    majorHazardId: z.uuid().openapi({ description: '重大危险源' }),
    role: z.enum(CUSTODY_ROLES).openapi({
      description: '以哪一类包保责任人的身份排查（须为本人现任的角色）',
    }),
    windowStart: z.iso.datetime({ offset: true }).optional().openapi({
      description: '排查周期起点；默认当前周期。节前排查须同时给出 windowEnd（取自任务）',
    }),
    windowEnd: z.iso.datetime({ offset: true }).optional().openapi({ description: '排查周期终点' }),
    result: z.enum(CHECK_RESULTS).openapi({ description: 'ok 正常；not_ok 发现隐患（生成隐患）' }),
    note: text(1000).optional().openapi({ description: '排查情况；发现隐患时说明或照片至少其一' }),
    riskUnitId: z.uuid().optional().openapi({
      description: '隐患所在的风险分析单元（须属于该重大危险源覆盖的对象）',
    }),
    attachments: z.array(Attachment).max(20).default([]).openapi({ description: '现场照片' }),
  })
  .openapi('CustodyCheckBody');

export const PrestartRecordBody = z
  .object({
    runStateId: z.uuid().openapi({ description: '恢复运行的状态时段（运行状态接口返回的 id）' }),
    result: z.enum(CHECK_RESULTS).openapi({
      description:
        'ok 具备开车条件；not_ok 发现隐患（生成来源为「复产复工前」的隐患，检查仍待通过）',
    }),
    note: text(1000).optional().openapi({ description: '检查情况；不合格时说明或照片至少其一' }),
    attachments: z.array(Attachment).max(20).default([]).openapi({ description: '现场照片' }),
  })
  .openapi('PrestartCheckBody');

export const CheckRecordSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(CHECK_KINDS),
    kindLabel: z.string().openapi({ example: '包保责任人排查' }),
    measureId: z.uuid().nullable().openapi({ description: '管控措施（measure）' }),
    majorHazardId: z
      .uuid()
      .nullable()
      .openapi({ description: '重大危险源（custody，或其开车前检查）' }),
    custodyRole: z.enum(CUSTODY_ROLES).nullable().openapi({ description: '包保角色（custody）' }),
    runStateId: z.uuid().nullable().openapi({ description: '状态时段（pre_start）' }),
    windowStart: z.string(),
    windowEnd: z.string(),
    result: z.enum(CHECK_RESULTS),
    note: z.string().nullable(),
    attachments: z.array(Attachment),
    hazardId: z.uuid().nullable().openapi({ description: '异常时生成的隐患' }),
    recordedBy: z.object({ id: z.uuid(), name: z.string() }),
    recordedAt: z.string().openapi({ description: '服务器收到的时间' }),
    deviceRecordedAt: z
      .string()
      .nullable()
      .openapi({ description: '设备上完成排查的时间（离线同步时由设备提供）' }),
    late: z.boolean().openapi({ description: '服务器收到时该周期已结束（补录或离线迟报）' }),
  })
  .openapi('CheckRecord');

export const MeasureTaskSchema = z
  .object({
    kind: z.literal('measure'),
    measure: z.object({
      id: z.uuid(),
      description: z.string(),
      checkContent: z.string(),
      cycleUnit: z.enum(CHECK_CYCLE_UNITS),
      cycleCount: z.number().int(),
      criteria: z.array(z.object({ itemId: z.uuid(), citation: z.string() })).openapi({
        description: '该措施采纳的判定条目：排查异常时，生成的隐患据此关联（多个时须选择一个）',
      }),
    }),
    event: z.object({ id: z.uuid(), hazardFactor: z.string() }),
    unit: z.object({ id: z.uuid(), name: z.string() }),
    object: z.object({ id: z.uuid(), name: z.string() }),
    windowStart: z.string(),
    windowEnd: z.string(),
    status: z.enum(TASK_STATUSES).openapi({
      description:
        'due 待排查（当前周期）；done 已排查；missed 漏检；upcoming 当天稍后的周期；suspended 装置停车、检修或待开车前检查，暂停（不计漏检）',
    }),
    record: orNull(CheckRecordSchema),
    actions: TaskActions,
  })
  .openapi('MeasureCheckTask');

export const CustodyTaskSchema = z
  .object({
    kind: z.literal('custody'),
    majorHazard: z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      level: z.enum(MAJOR_HAZARD_LEVELS),
    }),
    role: z.enum(CUSTODY_ROLES),
    roleLabel: z.string().openapi({ example: '技术负责人' }),
    custodian: z.object({ id: z.uuid(), name: z.string() }),
    keyPeriod: z.string().nullable().openapi({
      description: '节前排查所为的重大活动、重点时段或节假日；常规周期为空',
      example: '春节',
    }),
    windowStart: z.string(),
    windowEnd: z.string(),
    status: z.enum(TASK_STATUSES),
    record: CheckRecordSchema.nullable(),
    actions: TaskActions,
  })
  .openapi('CustodyCheckTask');

export const PrestartTaskSchema = z
  .object({
    kind: z.literal('pre_start'),
    runStateId: z.uuid(),
    subject: z.object({
      kind: z.enum(['unit', 'major_hazard']),
      id: z.uuid(),
      name: z.string(),
    }),
    state: z.enum(RUN_STATES),
    startedAt: z.string().openapi({ description: '恢复运行（或试生产）的时间' }),
    status: z
      .enum(['due', 'done'])
      .openapi({ description: 'due 待检查（须先于其周期性排查完成）；done 已通过' }),
    records: z
      .array(CheckRecordSchema)
      .openapi({ description: '本次开车前检查的记录（含不合格的）' }),
    actions: TaskActions,
  })
  .openapi('PrestartCheckTask');

const Counts = z.object({
  due: z.number().int(),
  done: z.number().int(),
  missed: z.number().int(),
  upcoming: z.number().int(),
  suspended: z.number().int(),
});

export const CheckTasksSchema = z
  .object({
    date: z.string(),
    scope: z.enum(['mine', 'all']),
    items: z.array(MeasureTaskSchema).openapi({ description: '管控措施的排查任务' }),
    custody: z.array(CustodyTaskSchema).openapi({
      description: '重大危险源包保责任人的排查任务（排查记录标记为包保）',
    }),
    preStart: z.array(PrestartTaskSchema).openapi({
      description: '开车前检查：须先于该装置（重大危险源）的周期性排查完成，页面应排在最前',
    }),
    summary: Counts.openapi({ description: '当天各状态的任务数（按 scope，三类合计）' }),
  })
  .openapi('CheckTasks');

export const CheckRecordPageSchema = z
  .object({ items: z.array(CheckRecordSchema), nextCursor: z.string().nullable() })
  .openapi('CheckRecordPage');
