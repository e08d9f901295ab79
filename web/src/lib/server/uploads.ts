import type { Schemas } from '$lib/api/types';
import { ok, type Api } from './api';

type Attachment = Schemas['HazardAttachment'];

// Form actions that carry photos: every non-empty file of the field goes to the API's photo store
// first, and what the record or hazard then carries are the refs it answered. The API checks the
// content (JPEG/PNG/WebP, ≤ 10 MB) and answers 422 naming the field `file`.

/** The non-empty files of a form field (a file input without a choice sends an empty one). */
export function filesOf(form: FormData, field: string): File[] {
  return form
    .getAll(field)
    .filter((value): value is File => value instanceof File && value.size > 0);
}

/**
 * Uploads the field's files to the enterprise and answers them as attachments. With the write's
 * Idempotency-Key, photo i goes under `<key>.photo<i>`, as the offline queue sends it
 * (web/src/lib/offline/queue.ts), so a send the queue repeats stores no second copy.
 */
export async function uploadPhotos(
  api: Api,
  enterpriseId: string,
  form: FormData,
  field = 'photo',
  idempotencyKey = '',
): Promise<Attachment[]> {
  const attachments: Attachment[] = [];
  for (const [i, file] of filesOf(form, field).entries()) {
    const form = new FormData();
    form.set('file', file, file.name);
    const { name, ref } = await ok(
      api.POST('/api/v1/enterprises/{enterpriseId}/uploads', {
        params: {
          path: { enterpriseId },
          header: idempotencyKey ? { 'idempotency-key': `${idempotencyKey}.photo${i}` } : undefined,
        },
        // multipart/form-data: openapi-fetch sends a FormData body as it is.
        body: form as never,
      }),
    );
    attachments.push({ name, ref });
  }
  return attachments;
}
