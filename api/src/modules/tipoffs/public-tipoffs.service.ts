import type { Db } from '@shuangfang/db';
import { invalid, notFound } from '../../lib/errors.js';
import { photoType } from '../uploads/photo-type.js';
import { MAX_UPLOAD_BYTES } from '../uploads/uploads.service.js';
import { generateReceiptCode, hashReceiptCode, normalizeReceiptCode } from './receipt-code.js';
import { publicStatusDto } from './tipoffs.dto.js';
import * as repo from './tipoffs.repository.js';
import { tipoffReceived } from '../notifications/notification-events.js';
import { emit } from '../notifications/outbox.js';
import type { TipoffFormValues } from './tipoffs.schemas.js';

/** Each photo recognised by its content, all checked before anything is written. */
async function readPhotos(photos: TipoffFormValues['photos']) {
  const files = photos === undefined ? [] : Array.isArray(photos) ? photos : [photos];
  const read = [];
  for (const [i, file] of files.entries()) {
    if (file.size === 0) throw invalid(`photos.${i}`, '照片为空');
    if (file.size > MAX_UPLOAD_BYTES) throw invalid(`photos.${i}`, '每张照片不能超过 10 MB');
    const data = new Uint8Array(await file.arrayBuffer());
    const contentType = photoType(data);
    if (!contentType) {
      throw invalid(`photos.${i}`, '仅支持 JPEG、PNG 或 WebP 照片（按文件内容识别，而非文件名）');
    }
    // The citizen's file name could name them ("张三拍的.jpg"): a neutral name is kept instead.
    read.push({ name: `举报照片-${i + 1}`, contentType, data });
  }
  return read;
}

/** Files a tip-off with its photos in one transaction; answers the receipt code, shown once. */
export async function file(db: Db, form: TipoffFormValues) {
  const enterprise = await repo.findActiveEnterprise(db, form.enterpriseId);
  if (!enterprise) throw invalid('enterpriseId', '被举报的企业不存在');
  const photos = await readPhotos(form.photos);
  const anonymous = form.anonymous === 'true';
  const receiptCode = generateReceiptCode();
  const filed = await db.transaction().execute(async (trx) => {
    const row = await repo.insertTipoff(trx, {
      enterpriseId: enterprise.id,
      receiptHash: hashReceiptCode(normalizeReceiptCode(receiptCode)!),
      kind: form.kind,
      description: form.description,
      location: form.location ?? null,
      // Anonymous means nothing identifying is kept, even if the form carried it.
      reporterName: anonymous ? null : form.reporterName!,
      reporterPhone: anonymous ? null : form.reporterPhone!,
    });
    for (const photo of photos) {
      await repo.insertPhoto(trx, { enterpriseId: enterprise.id, tipoffId: row.id, ...photo });
    }
    // The supervising agency is told, in the filing's transaction (notifications/outbox.ts).
    const received = {
      id: row.id,
      enterprise_id: enterprise.id,
      kind: form.kind,
      description: form.description,
    };
    await emit(trx, tipoffReceived(received, enterprise.supervising_agency_id));
    return row;
  });
  return { receiptCode, filedAt: new Date(filed.filed_at).toISOString() };
}

export async function status(db: Db, typedCode: string) {
  const code = normalizeReceiptCode(typedCode);
  const tipoff = code && (await repo.findByReceipt(db, hashReceiptCode(code)));
  if (!tipoff) throw notFound('举报（查询码）');
  return publicStatusDto(tipoff);
}

export async function searchEnterprises(db: Db, query: { q?: string; board?: string }) {
  const rows = query.board
    ? await repo.enterpriseOfBoard(db, query.board)
    : await repo.searchEnterprises(db, query.q!);
  return {
    items: rows.map((r) => ({ id: r.id, name: r.name, jurisdictionName: r.jurisdiction_name })),
  };
}
