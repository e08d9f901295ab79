import { randomBytes } from 'node:crypto';
import type { Db } from '@shuangfang/db';
import { makePng } from './images.js';
import type { ApiClient } from './test-app.js';

// Public tip-offs (docs/domain.md section 6): the multipart form a citizen sends, and the agency's
// moves on it.

export const REPORTER = { name: '举报人李四海', phone: '13912345678' };

export function tipoffForm(
  enterpriseId: string,
  over: Record<string, string | undefined> = {},
  photos: File[] = [],
): FormData {
  const fields: Record<string, string | undefined> = {
    enterpriseId,
    kind: 'hazard',
    description: '仓库堆放大量易燃物，消防通道堵塞',
    location: '3号仓库东门',
    anonymous: 'false',
    reporterName: REPORTER.name,
    reporterPhone: REPORTER.phone,
    ...over,
  };
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.set(key, value);
  for (const photo of photos) form.append('photos', photo);
  return form;
}

export const pngPhoto = (name = 'photo.png') =>
  new File([new Uint8Array(makePng(3, 3))], name, { type: 'image/png' });

/** What a phone might write into a photo: it must not reach the enterprise. */
export const PHOTO_METADATA = 'Author=LiSihai;Model=Phone X';

/** A PNG carrying a tEXt chunk (the stripper drops whole chunks; its CRC is not checked). */
export function pngWithText(name = 'photo.png'): File {
  const png = makePng(3, 3);
  const data = Buffer.from(PHOTO_METADATA, 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const chunk = Buffer.concat([length, Buffer.from('tEXt'), data, Buffer.alloc(4)]);
  const bytes = Buffer.concat([png.subarray(0, 33), chunk, png.subarray(33)]);
  return new File([new Uint8Array(bytes)], name, { type: 'image/png' });
}

export const verifyBody = (over: Record<string, unknown> = {}) => ({
  action: 'verify',
  kind: '消防',
  category: '物的不安全状态',
  description: '3号仓库消防通道被易燃物堵塞',
  location: '3号仓库东门',
  ...over,
});

export function tipoffApi(api: ApiClient) {
  return {
    file: (form: FormData, headers: Record<string, string> = {}) =>
      api.request('POST', '/v1/public/tipoffs', { body: form, headers }),
    status: (code: string) => api.get(`/v1/public/tipoffs/${encodeURIComponent(code)}`),
    move: (id: string, body: unknown, cookie?: string) =>
      api.post(`/v1/tipoffs/${id}/moves`, body, cookie),
    detail: (id: string, cookie?: string) => api.get(`/v1/tipoffs/${id}`, cookie),
  };
}

/** A received tip-off of `enterpriseId` with one photo, straight in the database. */
export async function makeTipoff(db: Db, enterpriseId: string) {
  const tipoff = await db
    .insertInto('tipoff')
    .values({
      enterprise_id: enterpriseId,
      receipt_hash: randomBytes(32).toString('hex'),
      kind: 'hazard',
      description: '消防通道堵塞',
      location: null,
      reporter_name: REPORTER.name,
      reporter_phone: REPORTER.phone,
      state: 'received',
      reviewed_by: null,
      reviewed_at: null,
      decided_by: null,
      decided_at: null,
      reject_reason: null,
      hazard_id: null,
      fine_fen: null,
      reward_fen: null,
      reward_recorded_by: null,
      reward_recorded_at: null,
      reward_paid_on: null,
      reward_paid_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const photo = await db
    .insertInto('tipoff_photo')
    .values({
      enterprise_id: enterpriseId,
      tipoff_id: tipoff.id,
      name: '举报照片-1',
      content_type: 'image/png',
      byte_size: 4,
      data: new Uint8Array([1, 2, 3, 4]),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: tipoff.id, photoId: photo.id };
}
