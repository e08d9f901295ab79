import { createRoute, z } from '@hono/zod-openapi';
import { EnterpriseParam, errorResponses, jsonContent } from '../../lib/schemas.js';
import { IdempotencyHeader, replayHeaders } from '../idempotency/idempotency.schemas.js';
import { uploadReaders, uploaders } from './uploads.access.js';
import { UploadForm, UploadParams, UploadSchema } from './uploads.schemas.js';

const tags = ['照片'];

export const upload = createRoute({
  method: 'post',
  path: '/enterprises/{enterpriseId}/uploads',
  tags,
  summary: '上传照片（JPEG、PNG 或 WebP，按内容识别，最大 10 MB），返回用作附件的 ref',
  description:
    '离线队列中的照片在同步时上传，照样按内容检查；带 Idempotency-Key 重发返回第一次上传的 ref，不会存第二份。',
  middleware: [uploaders] as const,
  request: {
    params: EnterpriseParam,
    headers: IdempotencyHeader,
    body: { content: { 'multipart/form-data': { schema: UploadForm } }, required: true },
  },
  responses: {
    201: { ...jsonContent(UploadSchema, '已上传'), headers: replayHeaders },
    ...errorResponses(401, 403, 404, 422),
  },
});

const binary = { schema: z.string().openapi({ format: 'binary' }) };

export const read = createRoute({
  method: 'get',
  path: '/enterprises/{enterpriseId}/uploads/{ref}',
  tags,
  summary: '照片内容',
  middleware: [uploadReaders] as const,
  request: { params: UploadParams },
  responses: {
    200: {
      content: { 'image/jpeg': binary, 'image/png': binary, 'image/webp': binary },
      description: '照片',
    },
    ...errorResponses(401, 403, 404, 422),
  },
});
