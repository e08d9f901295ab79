import { z } from '@hono/zod-openapi';
import {
  BLACKLIST_STATES,
  CERTIFICATE_STATES,
  HAZARD_GRADES,
  HAZARD_STATES,
  INSPECTION_STATES,
  REPORT_KINDS,
  REPORT_STATES,
  STANDARDIZATION_LEVELS,
  SUPERVISION_STATES,
  TIPOFF_KINDS,
  TIPOFF_STATES,
} from '@shuangfang/db';
import { orNull } from '../../lib/schemas.js';
import { EnterpriseSchema } from './enterprises.schemas.js';

// 一企一档: one enterprise's file as a regulator reads it. Each list is the newest (or, for
// hazards, the most pressing) ten; the totals and the linked full lists hold the rest.

const count = z.int().nonnegative();
const time = z.string().openapi({ description: '时间（ISO 8601）' });

export const EnterpriseFileSchema = z
  .object({
    enterprise: EnterpriseSchema,
    risk: z.object({
      byGrade: z
        .object({ red: count, orange: count, yellow: count, blue: count, ungraded: count })
        .openapi({ description: '现有风险事件按等级计数（ungraded：尚未评估）' }),
      objects: count.openapi({ description: '风险分析对象（区域）数' }),
      objectsDrawn: count.openapi({ description: '已在四色图上标绘的对象数' }),
    }),
    hazards: z.object({
      open: count.openapi({ description: '未销号隐患' }),
      overdue: count.openapi({ description: '其中逾期' }),
      major: count.openapi({ description: '其中重大隐患' }),
      items: z
        .array(
          z.object({
            id: z.uuid(),
            description: z.string(),
            grade: orNull(z.enum(HAZARD_GRADES)),
            state: z.enum(HAZARD_STATES),
            deadline: orNull(time),
            createdAt: time,
            overdue: z.boolean(),
          }),
        )
        .openapi({ description: '未销号隐患，逾期的在前，再按整改期限' }),
    }),
    supervisions: z.array(
      z.object({
        id: z.uuid(),
        number: z.string(),
        state: z.enum(SUPERVISION_STATES),
        deadline: time,
        listedAt: time,
        hazardId: z.uuid(),
        hazardDescription: z.string(),
      }),
    ),
    inspections: z.array(
      z.object({
        id: z.uuid(),
        planName: z.string(),
        state: z.enum(INSPECTION_STATES),
        inspectedOn: orNull(z.string().openapi({ description: '检查日期' })),
        publishedAt: orNull(time),
        findings: count.openapi({ description: '发现问题数' }),
      }),
    ),
    reports: z.object({
      total: count,
      late: count.openapi({ description: '逾期：过期限未报送，或报送晚于期限' }),
      items: z.array(
        z.object({
          id: z.uuid(),
          kind: z.enum(REPORT_KINDS),
          period: orNull(z.string()),
          state: z.enum(REPORT_STATES),
          dueAt: time,
          submittedAt: orNull(time),
          late: z.boolean(),
        }),
      ),
    }),
    certificates: z.array(
      z.object({
        id: z.uuid(),
        number: z.string(),
        level: z.enum(STANDARDIZATION_LEVELS),
        state: z.enum(CERTIFICATE_STATES),
        validFrom: z.string(),
        validTo: z.string(),
      }),
    ),
    blacklist: z.array(
      z.object({
        id: z.uuid(),
        state: z.enum(BLACKLIST_STATES),
        reason: z.string(),
        proposedAt: time,
        listedAt: orNull(time),
        listedUntil: orNull(time),
      }),
    ),
    tipoffs: z.object({
      total: count,
      items: z.array(
        z.object({
          id: z.uuid(),
          kind: z.enum(TIPOFF_KINDS),
          state: z.enum(TIPOFF_STATES),
          filedAt: time,
        }),
      ),
    }),
  })
  .openapi('EnterpriseFile');
export type EnterpriseFile = z.infer<typeof EnterpriseFileSchema>;
