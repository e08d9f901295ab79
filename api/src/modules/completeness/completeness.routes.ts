import { createRoute, z } from '@hono/zod-openapi';
import { EnterpriseParam, errorResponses, jsonContent } from '../../lib/schemas.js';
import { registerReaders } from '../risk/risk.access.js';

const Item = z.object({ id: z.uuid(), name: z.string() });
const EventItem = Item.extend({ place: z.string().openapi({ description: '对象 / 单元' }) });

const CompletenessSchema = z
  .object({
    complete: z.boolean().openapi({ description: '一图一牌三清单是否完整' }),
    empty: z.boolean().openapi({ description: '尚未登记任何风险分析对象' }),
    noPositions: z.boolean().openapi({ description: '尚未设置任何岗位' }),
    missing: z.object({
      sitePlan: z.boolean().openapi({ description: '未上传平面图' }),
      objectsNotPlaced: z.array(Item).openapi({ description: '未在平面图上标注的对象' }),
      eventsNotAssessed: z.array(EventItem).openapi({ description: '未评估的风险事件' }),
      eventsWithoutMeasure: z.array(EventItem).openapi({ description: '没有管控措施的风险事件' }),
      majorEventsWithoutEmergencyMeasure: z
        .array(EventItem)
        .openapi({ description: '没有应急处置措施的重大、较大风险事件' }),
      positionsWithoutBoard: z
        .array(Item.extend({ reason: z.enum(['no_units', 'not_published']) }))
        .openapi({ description: '没有告知卡的岗位：未关联风险单元，或告知卡未发布' }),
    }),
  })
  .openapi('RegisterCompleteness');

export const completeness = createRoute({
  method: 'get',
  path: '/enterprises/{enterpriseId}/register-completeness',
  tags: ['风险分级管控'],
  summary: '一图一牌三清单完整性：列出缺少的内容',
  middleware: [registerReaders] as const,
  request: { params: EnterpriseParam },
  responses: {
    200: jsonContent(CompletenessSchema, '完整性'),
    ...errorResponses(401, 403, 404, 422),
  },
});
