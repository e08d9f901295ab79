import { z } from '@hono/zod-openapi';
import { CHECK_CYCLE_UNITS, CHECK_RESULTS } from '@shuangfang/db';
import { PageQuery } from '../../lib/pagination.js';
import { Attachment } from '../hazards/hazards.schemas.js';

export { EnterpriseParam } from '../../lib/schemas.js';

export const TASK_STATUSES = ['due', 'done', 'missed', 'upcoming'] as const;

const isDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' })
  .refine(isDate, { error: '日期无效' })
  .openapi({ example: '2026-12-01' });

export const TasksQuery = z.object({
  date: Day.optional().openapi({ description: '哪一天（中国时间），默认今天' }),
  scope: z.enum(['mine', 'all']).optional().openapi({
    description:
      'mine：分配给本人岗位的；all：全企业（仅主要负责人、安全管理员）。默认岗位员工 mine，管理人员 all',
  }),
});

export const RecordsQuery = PageQuery.extend({
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
  })
  .openapi('CheckRecordBody');

export const CheckRecordSchema = z
  .object({
    id: z.uuid(),
    measureId: z.uuid(),
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

export const CheckTaskSchema = z
  .object({
    measure: z.object({
      id: z.uuid(),
      description: z.string(),
      checkContent: z.string(),
      cycleUnit: z.enum(CHECK_CYCLE_UNITS),
      cycleCount: z.number().int(),
    }),
    event: z.object({ id: z.uuid(), hazardFactor: z.string() }),
    unit: z.object({ id: z.uuid(), name: z.string() }),
    object: z.object({ id: z.uuid(), name: z.string() }),
    windowStart: z.string(),
    windowEnd: z.string(),
    status: z.enum(TASK_STATUSES).openapi({
      description: 'due 待排查（当前周期）；done 已排查；missed 漏检；upcoming 当天稍后的周期',
    }),
    record: CheckRecordSchema.nullable(),
  })
  .openapi('CheckTask');

const Counts = z.object({
  due: z.number().int(),
  done: z.number().int(),
  missed: z.number().int(),
  upcoming: z.number().int(),
});

export const CheckTasksSchema = z
  .object({
    date: z.string(),
    scope: z.enum(['mine', 'all']),
    items: z.array(CheckTaskSchema),
    summary: Counts.openapi({ description: '当天各状态的任务数（按 scope）' }),
  })
  .openapi('CheckTasks');

export const CheckRecordPageSchema = z
  .object({ items: z.array(CheckRecordSchema), nextCursor: z.string().nullable() })
  .openapi('CheckRecordPage');
