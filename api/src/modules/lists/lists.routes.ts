import { createRoute, z } from '@hono/zod-openapi';
import { EnterpriseParam, errorResponses } from '../../lib/schemas.js';
import { XLSX_TYPE } from '../../lib/xlsx.js';
import { registerReaders } from '../risk/risk.access.js';

const KINDS = ['risk', 'measures', 'emergency'] as const;

export const download = createRoute({
  method: 'get',
  path: '/enterprises/{enterpriseId}/lists/{kind}',
  tags: ['风险分级管控'],
  summary:
    '三清单 .xlsx：risk 安全风险清单 / measures 管控措施清单 / emergency 应急处置清单（名称可按辖区配置）',
  middleware: [registerReaders] as const,
  request: {
    params: EnterpriseParam.extend({
      kind: z.enum(KINDS).openapi({ param: { name: 'kind', in: 'path' } }),
    }),
  },
  responses: {
    200: {
      content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
      description: '清单表格',
    },
    ...errorResponses(401, 403, 404, 422),
  },
});
