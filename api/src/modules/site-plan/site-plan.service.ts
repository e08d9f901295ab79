import type { Db } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { sniffImage } from '../../lib/image.js';
import { findInChain } from '../risk/risk.repository.js';
import * as repo from './site-plan.repository.js';

const MAX_PLAN_BYTES = 10 * 1024 * 1024;

type Meta = NonNullable<Awaited<ReturnType<typeof repo.findMeta>>>;
export const metaDto = (m: Meta) => ({
  contentType: m.content_type,
  width: m.width,
  height: m.height,
  byteSize: m.byte_size,
  uploadedAt: new Date(m.uploaded_at).toISOString(),
});

export async function upload(
  db: Db,
  m: ActingMembership,
  userId: string,
  enterpriseId: string,
  file: File,
) {
  await requireEnterpriseInScope(db, m, enterpriseId);
  if (file.size > MAX_PLAN_BYTES) throw invalid('file', '平面图不能超过 10 MB');
  const data = new Uint8Array(await file.arrayBuffer());
  const image = sniffImage(data);
  if (!image) throw invalid('file', '仅支持 PNG 或 JPEG 图片（按文件内容识别，而非文件名）');
  await repo.savePlan(db, {
    enterpriseId,
    contentType: image.type,
    width: image.width,
    height: image.height,
    data,
    userId,
  });
  return metaDto((await repo.findMeta(db, enterpriseId))!);
}

export async function image(db: Db, m: ActingMembership, enterpriseId: string) {
  await requireEnterpriseInScope(db, m, enterpriseId);
  const plan = await repo.findImage(db, enterpriseId);
  if (!plan) throw notFound('平面图');
  return plan;
}

export async function placeObject(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  objectId: string,
  points: [number, number][] | null,
) {
  await requireEnterpriseInScope(db, m, enterpriseId);
  const object = await findInChain(db, 'risk_object', enterpriseId, objectId);
  if (!object) throw notFound('风险分析对象');
  if (object.archived) throw conflict('风险分析对象已归档，不能再修改');
  if (points && !(await repo.findMeta(db, enterpriseId))) {
    throw conflict('请先上传平面图，再在图上标注风险分析对象');
  }
  await repo.setPolygon(db, enterpriseId, objectId, points);
  return { id: objectId };
}
