import { z } from '@hono/zod-openapi';

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']).openapi({ description: '总体状态' }),
    database: z.boolean().openapi({ description: '数据库可连接' }),
  })
  .openapi('Health');

export const LiveSchema = z
  .object({ status: z.enum(['ok']).openapi({ description: '进程在运行' }) })
  .openapi('Liveness');

export const ReadySchema = z
  .object({
    status: z.enum(['ready', 'unavailable']).openapi({ description: '是否可以接收请求' }),
    database: z.boolean().openapi({ description: '主库可连接' }),
    migrations: z.boolean().openapi({ description: '数据库迁移与本进程代码一致' }),
    draining: z.boolean().openapi({ description: '进程正在停止：处理完已收到的请求后退出' }),
  })
  .openapi('Readiness');
export type Ready = z.infer<typeof ReadySchema>;
