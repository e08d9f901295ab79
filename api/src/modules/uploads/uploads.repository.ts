import type { Executor, UploadContentType } from '@shuangfang/db';

export async function insertUpload(
  db: Executor,
  row: {
    enterpriseId: string;
    name: string;
    contentType: UploadContentType;
    data: Uint8Array;
    userId: string;
  },
) {
  return db
    .insertInto('upload')
    .values({
      enterprise_id: row.enterpriseId,
      name: row.name,
      content_type: row.contentType,
      byte_size: row.data.byteLength,
      data: row.data,
      uploaded_by: row.userId,
    })
    .returning(['id', 'name', 'content_type', 'byte_size'])
    .executeTakeFirstOrThrow();
}

export function findUpload(db: Executor, enterpriseId: string, id: string) {
  return db
    .selectFrom('upload')
    .select(['content_type', 'data', 'name'])
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Which of the ids are uploads of the enterprise. */
export async function existingUploadIds(db: Executor, enterpriseId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('upload')
    .select('id')
    .where('enterprise_id', '=', enterpriseId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}
