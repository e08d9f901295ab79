import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { createRouter } from '../../lib/create-router.js';
import { describeOperation } from '../../lib/operations.js';
import { jsonContent } from '../../lib/schemas.js';

const HealthSchema = z.object({ status: z.enum(['ok', 'unavailable']), database: z.boolean() });

const health = describeOperation(
  'health.check',
  createRoute({
    method: 'get',
    path: '/health',
    tags: ['系统'],
    summary: '健康检查（含数据库）',
    responses: {
      200: jsonContent(HealthSchema, '服务与数据库正常'),
      503: jsonContent(HealthSchema, '数据库不可用'),
    },
  }),
);

export const healthRouter = createRouter().openapi(health, async (c) => {
  try {
    await sql`select 1`.execute(c.var.db);
    return c.json({ status: 'ok' as const, database: true }, 200);
  } catch {
    return c.json({ status: 'unavailable' as const, database: false }, 503);
  }
});
