import { createRoute } from '@hono/zod-openapi';
import { jsonContent } from '../../lib/schemas.js';
import { HealthSchema, LiveSchema, ReadySchema } from './health.schemas.js';

export const health = createRoute({
  method: 'get',
  path: '/health',
  tags: ['系统'],
  summary: '健康检查（含数据库）',
  responses: {
    200: jsonContent(HealthSchema, '服务与数据库正常'),
    503: jsonContent(HealthSchema, '数据库不可用'),
  },
});

export const live = createRoute({
  method: 'get',
  path: '/health/live',
  tags: ['系统'],
  summary: '存活检查：进程在运行（不查数据库）',
  description: '负载均衡器或进程管理器据此判断是否需要重启进程。',
  responses: { 200: jsonContent(LiveSchema, '进程在运行') },
});

export const ready = createRoute({
  method: 'get',
  path: '/health/ready',
  tags: ['系统'],
  summary: '就绪检查：可以接收请求',
  description:
    '主库可连接、迁移与本进程代码一致、且进程没有在停止时为 200；否则 503，负载均衡器应暂停向其转发。',
  responses: {
    200: jsonContent(ReadySchema, '可以接收请求'),
    503: jsonContent(ReadySchema, '暂不可接收请求'),
  },
});
