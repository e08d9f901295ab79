import type { Executor } from '@shuangfang/db';
import { sql } from 'kysely';

const META = ['content_type', 'width', 'height', 'byte_size', 'uploaded_at'] as const;

export function findMeta(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('site_plan')
    .select(META)
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
}

export function findImage(db: Executor, enterpriseId: string) {
  return db
    .selectFrom('site_plan')
    .select(['content_type', 'data', 'uploaded_at'])
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
}

/** One plan per enterprise: a new upload replaces the old one. */
export async function savePlan(
  db: Executor,
  row: {
    enterpriseId: string;
    contentType: 'image/png' | 'image/jpeg';
    width: number;
    height: number;
    data: Uint8Array;
    userId: string;
  },
) {
  const values = {
    content_type: row.contentType,
    width: row.width,
    height: row.height,
    byte_size: row.data.byteLength,
    data: row.data,
    uploaded_by: row.userId,
  };
  await db
    .insertInto('site_plan')
    .values({ enterprise_id: row.enterpriseId, ...values })
    .onConflict((oc) =>
      oc.column('enterprise_id').doUpdateSet({ ...values, uploaded_at: sql`now()` }),
    )
    .execute();
}

export async function setPolygon(
  db: Executor,
  enterpriseId: string,
  objectId: string,
  polygon: [number, number][] | null,
) {
  await db
    .updateTable('risk_object')
    // The array goes in as it is: both drivers serialise a jsonb parameter as JSON.
    .set({ polygon, updated_at: sql`now()` })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', objectId)
    .execute();
}
