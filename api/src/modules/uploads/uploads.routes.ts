import { createRoute, z } from '@hono/zod-openapi';
import { EnterpriseParam, errorResponses, jsonContent } from '../../lib/schemas.js';
import { uploadReaders, uploaders } from './uploads.access.js';
import { UploadForm, UploadParams, UploadSchema } from './uploads.schemas.js';

const tags = ['照片'];

export const upload = createRoute({
  method: 'post',
  path: '/enterprises/{enterpriseId}/uploads',
  tags,
  summary: '上传照片（JPEG、PNG 或 WebP，按内容识别，最大 10 MB），返回用作附件的 ref',
  middleware: [uploaders] as const,
  request: {
    params: EnterpriseParam,
    body: { content: { 'multipart/form-data': { schema: UploadForm } }, required: true },
  },
  responses: { 201: jsonContent(UploadSchema, '已上传'), ...errorResponses(401, 403, 404, 422) },
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
