import { z } from '@hono/zod-openapi';
import { orNull } from '../../lib/schemas.js';
import { RUN_STATES } from '@shuangfang/db';
import { PageQuery } from '../../lib/pagination.js';

export { EnterpriseParam } from '../../lib/schemas.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), { error: '不能包含空字符' });

export const RUN_STATE_ACTIONS = ['set_state', 'record_prestart'] as const;

export const SetRunStateBody = z
  .object({
    unitId: z
      .uuid()
      .optional()
      .openapi({ description: '风险分析单元（装置/设施）；与重大危险源二选一' }),
    majorHazardId: z.uuid().optional().openapi({ description: '重大危险源；与风险分析单元二选一' }),
    state: z.enum(RUN_STATES).openapi({
      description: 'running 运行；stopped 停车；maintenance 检修；trial 试生产',
      example: 'maintenance',
    }),
    reason: text(500).openapi({ description: '原因', example: '年度大修，装置停车检修' }),
    startedAt: z.iso.datetime({ offset: true }).optional().openapi({
      description: '状态开始时间，默认现在；不晚于现在，不早于30天前，也不早于当前状态的开始',
    }),
    plannedEndAt: z.iso.datetime({ offset: true }).optional().openapi({
      description: '计划结束时间（如检修计划完成时间）',
    }),
  })
  .openapi('SetRunStateBody');

export const HistoryQuery = PageQuery.extend({
  unitId: z.uuid().optional().openapi({ description: '只看此风险分析单元' }),
  majorHazardId: z.uuid().optional().openapi({ description: '只看此重大危险源' }),
});

export const RunPeriodSchema = z
  .object({
    id: z.uuid(),
    subject: z.object({
      kind: z.enum(['unit', 'major_hazard']),
      id: z.uuid(),
      name: z.string().openapi({ description: '单元名称，或重大危险源「编码 名称」' }),
    }),
    state: z.enum(RUN_STATES),
    stateLabel: z.string().openapi({ example: '检修' }),
    reason: z.string(),
    startedAt: z.string(),
    plannedEndAt: z.string().nullable(),
    endedAt: z.string().nullable().openapi({ description: '被下一状态取代的时间；当前状态为空' }),
    prestart: z.object({
      required: z
        .boolean()
        .openapi({ description: '由停车或检修恢复运行/试生产，须先通过开车前检查' }),
      passedAt: z.string().nullable(),
      pending: z.boolean().openapi({ description: '开车前检查尚未通过：其周期性排查任务仍暂停' }),
    }),
    setBy: z.object({ id: z.uuid(), name: z.string() }),
  })
  .openapi('RunPeriod');

const Counts = z.object({
  running: z.number().int(),
  stopped: z.number().int(),
  maintenance: z.number().int(),
  trial: z.number().int(),
  awaitingPrestart: z.number().int().openapi({ description: '已恢复运行、开车前检查未通过' }),
  untracked: z.number().int().openapi({ description: '未登记运行状态的单元（不计为装置）' }),
});

export const RunStatesSchema = z
  .object({
    units: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        objectId: z.uuid(),
        objectName: z.string(),
        majorHazards: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string() })),
        current: orNull(RunPeriodSchema).openapi({ description: '当前状态；未登记为空' }),
        actions: z.array(z.enum(RUN_STATE_ACTIONS)).openapi({
          description: 'set_state 可变更运行状态；record_prestart 可记录开车前检查',
        }),
      }),
    ),
    majorHazards: z.array(
      z.object({
        id: z.uuid(),
        code: z.string(),
        name: z.string(),
        current: orNull(RunPeriodSchema),
        actions: z.array(z.enum(RUN_STATE_ACTIONS)),
      }),
    ),
    unitCounts: Counts.openapi({ description: '装置（已登记运行状态的单元）按当前状态计数' }),
  })
  .openapi('RunStates');

export const RunPeriodPageSchema = z
  .object({ items: z.array(RunPeriodSchema), nextCursor: z.string().nullable() })
  .openapi('RunPeriodPage');
