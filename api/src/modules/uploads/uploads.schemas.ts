import { z } from '@hono/zod-openapi';
import { UPLOAD_CONTENT_TYPES } from '@shuangfang/db';
import { EnterpriseParam } from '../../lib/schemas.js';

export const UploadForm = z.object({
  file: z
    .instanceof(File, { error: '请上传文件' })
    .openapi({ type: 'string', format: 'binary', description: 'JPEG、PNG 或 WebP，最大 10 MB' }),
});

export const UploadParams = EnterpriseParam.extend({
  ref: z.uuid().openapi({ param: { name: 'ref', in: 'path' }, description: '文件引用' }),
});

export const UploadSchema = z
  .object({
    ref: z.uuid().openapi({ description: '文件引用，用作附件的 ref' }),
    name: z.string().openapi({ example: '现场.jpg' }),
    contentType: z.enum(UPLOAD_CONTENT_TYPES),
    size: z.number().int().openapi({ description: '字节数' }),
  })
  .openapi('Upload');
