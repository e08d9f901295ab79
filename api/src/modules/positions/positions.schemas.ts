import { z } from '@hono/zod-openapi';
import { MAX_SORT_ORDER } from '../risk/risk.repository.js';
import { POSITION_ACTIONS } from './positions.access.js';

const ids = (description: string) =>
  z
    .array(z.uuid())
    .max(200)
    .refine((list) => new Set(list).size === list.length, { error: '不能重复' })
    .openapi({ description });

export const PositionBody = z
  .object({
    name: z.string().trim().min(1).max(100).openapi({ example: '粉碎岗' }),
    unitIds: ids('所在风险分析单元').default([]),
    workerUserIds: ids('本岗位员工的用户编号').default([]),
    sortOrder: z.number().int().min(0).max(MAX_SORT_ORDER).optional(),
  })
  .openapi('PositionBody');

export const PositionUpdate = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    unitIds: ids('所在风险分析单元（整体替换）').optional(),
    workerUserIds: ids('本岗位员工（整体替换）').optional(),
    sortOrder: z.number().int().min(0).max(MAX_SORT_ORDER).optional(),
  })
  .openapi('PositionUpdate');

export const PositionSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    sortOrder: z.number(),
    archived: z.boolean(),
    units: z.array(z.object({ id: z.uuid(), name: z.string(), objectName: z.string() })),
    workers: z.array(z.object({ userId: z.uuid(), displayName: z.string() })),
    actions: z
      .array(z.enum(POSITION_ACTIONS))
      .openapi({ description: '当前用户现在可做的操作（修改、归档）' }),
  })
  .openapi('Position');
