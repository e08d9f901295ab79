import type { z } from '@hono/zod-openapi';
import type { Db, Executor, Industry } from '@shuangfang/db';
import { sql } from 'kysely';
import type { Who } from '../../auth/actor.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { chinaDate } from '../checks/check-windows.js';
import { statusOn } from './criteria-rules.js';
import * as repo from './criteria.repository.js';
import type {
  ItemCreateBody,
  ItemEditBody,
  RetireBody,
  StandardBody,
  StandardPatch,
} from './criteria.schemas.js';
// Each write answers the record as its admin reads it (with its actions).
import { getItem, getStandard } from './criteria.service.js';

// A platform admin keeps the library (docs/domain-criteria.md): adds a standard (a newer national
// one, a province's own), edits its description, retires it from a day, adds items and edits
// them. An edit is a new version; versions are never changed (a trigger refuses it), so a hazard
// keeps the text it was judged against.

async function requireSupersedingStandard(db: Executor, code: string, by: string | null) {
  if (by === null) return;
  if (by === code) throw invalid('supersededBy', '不能由自身取代');
  if (!(await repo.findStandard(db, by))) throw invalid('supersededBy', `标准 ${by} 不存在`);
}

export async function createStandard(db: Db, who: Who, body: z.infer<typeof StandardBody>) {
  if (await repo.findStandard(db, body.code)) throw conflict(`标准代码 ${body.code} 已存在`);
  if (body.jurisdictionCode) {
    const j = await db
      .selectFrom('jurisdiction')
      .select('code')
      .where('code', '=', body.jurisdictionCode)
      .executeTakeFirst();
    if (!j) throw invalid('jurisdictionCode', `行政区划 ${body.jurisdictionCode} 不存在`);
  }
  const last = await db
    .selectFrom('criteria_standard')
    .select((eb) => eb.fn.max('sort_order').as('n'))
    .executeTakeFirst();
  await db
    .insertInto('criteria_standard')
    .values({
      code: body.code,
      title: body.title,
      doc_number: body.docNumber,
      issuer: body.issuer,
      jurisdiction_code: body.jurisdictionCode ?? null,
      published_on: body.publishedOn ?? null,
      effective_from: body.effectiveFrom,
      retired_from: null,
      retired_reason: null,
      superseded_by: null,
      industries: repo.jsonb(body.industries),
      holding: body.holding,
      official_item_count: body.officialItemCount ?? null,
      confirmed: body.confirmed,
      official_source: body.officialSource ?? null,
      coverage: body.coverage,
      note: body.note ?? null,
      sort_order: Number(last?.n ?? 0) + 1,
      created_by: who.userId,
      updated_by: who.userId,
    })
    .execute();
  return getStandard(db, true, body.code);
}

export async function updateStandard(
  db: Db,
  who: Who,
  code: string,
  body: z.infer<typeof StandardPatch>,
) {
  await db.transaction().execute(async (trx) => {
    const s = await repo.lockStandard(trx, code);
    if (!s) throw notFound('判定标准');
    const effectiveFrom = body.effectiveFrom ?? s.effective_from;
    if (s.retired_from !== null && effectiveFrom >= s.retired_from) {
      throw invalid('effectiveFrom', `须早于废止日期 ${s.retired_from}`);
    }
    await trx
      .updateTable('criteria_standard')
      .set({
        title: body.title,
        doc_number: body.docNumber,
        issuer: body.issuer,
        published_on: body.publishedOn,
        effective_from: body.effectiveFrom,
        industries:
          body.industries === undefined ? undefined : repo.jsonb<Industry[]>(body.industries),
        holding: body.holding,
        official_item_count: body.officialItemCount,
        confirmed: body.confirmed,
        official_source: body.officialSource,
        coverage: body.coverage,
        note: body.note,
        updated_by: who.userId,
        updated_at: sql`now()`,
      })
      .where('code', '=', code)
      .execute();
  });
  return getStandard(db, true, code);
}

/** A standard retires from a day: from then on no hazard is judged against it, history stays. */
export async function retireStandard(
  db: Db,
  who: Who,
  code: string,
  body: z.infer<typeof RetireBody>,
) {
  await db.transaction().execute(async (trx) => {
    const s = await repo.lockStandard(trx, code);
    if (!s) throw notFound('判定标准');
    if (s.retired_from !== null) throw conflict(`该标准已设定自 ${s.retired_from} 起废止`);
    if (body.retiredFrom <= s.effective_from) {
      throw invalid('retiredFrom', `须晚于施行日期 ${s.effective_from}`);
    }
    await requireSupersedingStandard(trx, code, body.supersededBy ?? null);
    await trx
      .updateTable('criteria_standard')
      .set({
        retired_from: body.retiredFrom,
        retired_reason: body.reason,
        superseded_by: body.supersededBy ?? null,
        updated_by: who.userId,
        updated_at: sql`now()`,
      })
      .where('code', '=', code)
      .execute();
  });
  return getStandard(db, true, code);
}

type ItemContent = Omit<z.infer<typeof ItemCreateBody>, 'sortOrder'>;

const versionValues = (itemId: string, version: number, body: ItemContent, who: Who) => ({
  item_id: itemId,
  version,
  number: body.number,
  number_confirmed: body.numberConfirmed,
  area: body.area,
  industries: repo.jsonb(body.industries),
  text: body.text,
  fidelity: body.fidelity,
  source: body.source,
  note: body.note ?? null,
  keywords: repo.jsonb(body.keywords),
  created_by: who.userId,
});

export async function addItem(
  db: Db,
  who: Who,
  code: string,
  body: z.infer<typeof ItemCreateBody>,
  now = new Date(),
) {
  const id = await db.transaction().execute(async (trx) => {
    const s = await repo.lockStandard(trx, code);
    if (!s) throw notFound('判定标准');
    if (statusOn(s, chinaDate(now)) === 'retired') {
      throw conflict(`该标准已自 ${s.retired_from} 起废止，不能新增条目`);
    }
    const last = await trx
      .selectFrom('criteria_item')
      .select((eb) => eb.fn.max('sort_order').as('n'))
      .where('standard_code', '=', code)
      .executeTakeFirst();
    const end = Number(last?.n ?? 0) + 1;
    const sortOrder = Math.min(body.sortOrder ?? end, end);
    // Made room for under the standard's lock, so two additions cannot take the same place.
    await trx
      .updateTable('criteria_item')
      .set({ sort_order: sql`sort_order + 1` })
      .where('standard_code', '=', code)
      .where('sort_order', '>=', sortOrder)
      .execute();
    const { id } = await trx
      .insertInto('criteria_item')
      .values({ standard_code: code, sort_order: sortOrder, current_version: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { sortOrder: _, ...content } = body;
    await trx
      .insertInto('criteria_item_version')
      .values(versionValues(id, 1, content, who))
      .execute();
    return id;
  });
  return getItem(db, true, id);
}

/** The new text of an item, kept as its next version; earlier versions stay as they were. */
export async function editItem(
  db: Db,
  who: Who,
  itemId: string,
  body: z.infer<typeof ItemEditBody>,
) {
  await db.transaction().execute(async (trx) => {
    const item = await repo.lockItem(trx, itemId);
    if (!item) throw notFound('判定标准条目');
    const version = item.current_version + 1;
    const { changeReason, ...content } = body;
    await trx
      .insertInto('criteria_item_version')
      .values({ ...versionValues(itemId, version, content, who), change_reason: changeReason })
      .execute();
    await trx
      .updateTable('criteria_item')
      .set({ current_version: version })
      .where('id', '=', itemId)
      .execute();
  });
  return getItem(db, true, itemId);
}
