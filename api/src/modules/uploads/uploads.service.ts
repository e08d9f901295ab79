import { createHash } from 'node:crypto';
import type { Db, Executor, HazardAttachment, UploadContentType } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { invalid, notFound } from '../../lib/errors.js';
import { fingerprintOf, idempotent } from '../idempotency/idempotency.service.js';
import { photoType } from './photo-type.js';
import * as repo from './uploads.repository.js';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The name to keep: the browser's file name without control characters, or a plain default. */
function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 200);
  return clean || 'photo';
}

/**
 * Stores a photo, recognised by its content. A photo queued offline is checked the same way when
 * it is sent; sent again with its Idempotency-Key it answers the first upload's ref.
 */
export async function upload(
  db: Db,
  m: ActingMembership,
  userId: string,
  enterpriseId: string,
  file: File,
  idempotencyKey?: string,
) {
  const enterprise = await requireEnterpriseInScope(db, m, enterpriseId);
  if (file.size === 0) throw invalid('file', '文件为空');
  if (file.size > MAX_UPLOAD_BYTES) throw invalid('file', '照片不能超过 10 MB');
  const data = new Uint8Array(await file.arrayBuffer());
  const contentType = photoType(data);
  if (!contentType) {
    throw invalid('file', '仅支持 JPEG、PNG 或 WebP 照片（按文件内容识别，而非文件名）');
  }
  const name = cleanName(file.name);
  const idempotency = {
    enterpriseId: enterprise.id,
    userId,
    key: idempotencyKey,
    fingerprint: fingerprintOf('POST /enterprises/{enterpriseId}/uploads', {
      name,
      sha256: createHash('sha256').update(data).digest('hex'),
    }),
  };
  return idempotent<UploadDto>(db, idempotency, 201, (remember) =>
    db.transaction().execute(async (trx) => {
      const row = await repo.insertUpload(trx, {
        enterpriseId: enterprise.id,
        name,
        contentType,
        data,
        userId,
      });
      const dto = {
        ref: row.id,
        name: row.name,
        contentType: row.content_type,
        size: row.byte_size,
      };
      await remember(trx, dto);
      return dto;
    }),
  );
}

interface UploadDto {
  ref: string;
  name: string;
  contentType: UploadContentType;
  size: number;
}

export async function read(db: Db, m: ActingMembership, enterpriseId: string, ref: string) {
  const enterprise = await requireEnterpriseInScope(db, m, enterpriseId);
  const row = await repo.findUpload(db, enterprise.id, ref);
  if (!row) throw notFound('文件');
  return row;
}

/**
 * Attachments must be files uploaded to this enterprise: a ref to anything else (another
 * enterprise's photo, an invented name) is refused naming the attachment.
 */
export async function requireUploads(
  db: Executor,
  enterpriseId: string,
  attachments: HazardAttachment[],
  field: string,
) {
  const ids = attachments.map((a) => a.ref).filter((ref) => UUID.test(ref));
  const known = await repo.existingUploadIds(db, enterpriseId, ids);
  attachments.forEach((a, i) => {
    if (!UUID.test(a.ref) || !known.has(a.ref)) {
      throw invalid(`${field}.${i}.ref`, '附件须是本企业已上传的照片');
    }
  });
}
