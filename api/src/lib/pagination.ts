import { z } from '@hono/zod-openapi';
import { invalid } from './errors.js';

/** Keyset pagination: the cursor is the last row's sort key, opaque to the client. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: '每页条数' }),
  cursor: z.string().max(500).optional().openapi({ description: '上一页返回的 nextCursor' }),
});

function encodeCursor(key: readonly [string, string]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The sort key of a cursor made by `toPage`: a text column, then a uuid tie-breaker. A forged
 * cursor is refused here, before its values reach a comparison the database would reject.
 */
export function decodeCursor(cursor: string | undefined): [string, string] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (
      Array.isArray(key) &&
      key.length === 2 &&
      typeof key[0] === 'string' &&
      typeof key[1] === 'string' &&
      UUID.test(key[1])
    ) {
      return [key[0], key[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw invalid('cursor', '分页游标无效');
}

/** A cursor whose sort key is a time, then a uuid (the lists ordered newest first). */
export function decodeTimeCursor(cursor: string | undefined): [Date, string] | undefined {
  const key = decodeCursor(cursor);
  if (!key) return undefined;
  const at = new Date(key[0]);
  if (Number.isNaN(at.getTime())) throw invalid('cursor', '分页游标无效');
  return [at, key[1]];
}

/** Fetch `limit + 1` rows, then call this to split off the extra row into a cursor. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => [string, string]) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor(keyOf(last)) : null;
  return { items, nextCursor };
}
