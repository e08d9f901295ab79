import { z } from '@hono/zod-openapi';

export const SitePlanMeta = z
  .object({
    contentType: z.enum(['image/png', 'image/jpeg']),
    width: z.number().int().openapi({ description: '像素宽' }),
    height: z.number().int().openapi({ description: '像素高' }),
    byteSize: z.number().int(),
    uploadedAt: z.string(),
  })
  .openapi('SitePlan');

const Fraction = z.number().min(0).max(1);

export const PolygonBody = z
  .object({
    points: z
      .array(z.tuple([Fraction, Fraction]))
      .min(3, { error: '多边形至少需要3个顶点' })
      .max(200)
      .nullable()
      .openapi({ description: '顶点 [x, y]，为平面图宽高的比例（0–1）；null 表示从图上移除' }),
  })
  .openapi('PolygonBody');

export const UploadBody = z.object({
  file: z
    .instanceof(File, { error: '请上传文件' })
    .openapi({ type: 'string', format: 'binary', description: 'PNG 或 JPEG，最大 10 MB' }),
});
