import { z } from '@hono/zod-openapi';
import { orNull } from '../../lib/schemas.js';

export { EnterpriseParam } from '../../lib/schemas.js';

/** In the order the list shows them: today's checks first, a worker's day starts there. */
export const TODO_KINDS = [
  'check_due',
  'check_missed',
  'hazard_to_triage',
  'hazard_to_rectify',
  'hazard_to_accept',
  'extension_to_decide',
  'report_to_submit',
  'board_unpublished',
] as const;
export type ToDoKind = (typeof TODO_KINDS)[number];

const ToDoSchema = z.object({
  kind: z.enum(TODO_KINDS).openapi({
    description:
      'check_due 今日待排查 / check_missed 今日漏检 / hazard_to_triage 隐患待确认 / ' +
      'hazard_to_rectify 隐患待整改 / hazard_to_accept 隐患待验收 / extension_to_decide 延期申请待审批 / ' +
      'report_to_submit 双报告待报送 / board_unpublished 岗位告知卡未发布',
  }),
  title: z.string().openapi({ description: '待办标题', example: '待整改：配电室灭火器过期' }),
  href: z.string().openapi({ description: '处理它的页面', example: '/checks' }),
  at: orNull(z.string()).openapi({
    description: '相关时间：报告的报送时限、延期申请时间、隐患最近变动时间；无则为空',
  }),
});

const WeekSchema = z.object({
  week: z.string().openapi({ description: '该周周一（北京时间）', example: '2026-11-30' }),
  opened: z.number().int().openapi({ description: '本周登记（上报）的隐患数' }),
  closed: z.number().int().openapi({ description: '本周销号的隐患数' }),
});

export const WorkbenchSchema = z
  .object({
    todos: z.array(ToDoSchema).openapi({ description: '当前用户在本企业的待办；监管人员为空' }),
    checks: orNull(
      z.object({
        date: z.string().openapi({ description: '今日（北京时间）', example: '2026-12-07' }),
        done: z.number().int().openapi({ description: '今日已排查' }),
        total: z.number().int().openapi({ description: '今日应排查（不含暂停）' }),
        due: z.number().int().openapi({ description: '今日待排查' }),
        missed: z.number().int().openapi({ description: '今日漏检' }),
      }),
    ).openapi({ description: '今日排查进度：岗位员工为本人任务，管理人员为全企业；监管人员为空' }),
    weeks: z
      .array(WeekSchema)
      .openapi({ description: '最近 12 周（北京时间，周一起）登记与销号数' }),
    riskByGrade: z
      .object({
        red: z.number().int().openapi({ description: '重大风险（红）' }),
        orange: z.number().int().openapi({ description: '较大风险（橙）' }),
        yellow: z.number().int().openapi({ description: '一般风险（黄）' }),
        blue: z.number().int().openapi({ description: '低风险（蓝）' }),
      })
      .openapi({ description: '在册风险事件按等级计数' }),
    overdue: z.number().int().openapi({ description: '逾期未销号的隐患数（全企业）' }),
  })
  .openapi('Workbench');
