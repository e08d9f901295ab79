import type { z } from '@hono/zod-openapi';
import type { Db, Executor, Industry } from '@shuangfang/db';
import { sql } from 'kysely';
import type { Actor, Who } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { chinaDate } from '../checks/check-windows.js';
import {
  linkedItemOf,
  placeOf,
  requireLinkable,
  type LinkedItem,
} from '../criteria/criteria-link.js';
import { statusOn } from '../criteria/criteria-rules.js';
import * as criteria from '../criteria/criteria.repository.js';
import { jsonb } from '../criteria/criteria.repository.js';
import { adoptionActions, checkItemActions, isLibraryAdmin } from './check-items.access.js';
import * as repo from './check-items.repository.js';
import type {
  AdoptInput,
  CheckItemBody,
  CheckItemPatch,
  CheckItemQuery,
} from './check-items.schemas.js';

// The check-item library (docs/domain-criteria.md): check items written as such, and every 判定
// item of a standard in force (each is also a check item, its basis the item's citation).

const METHOD = '现场检查、查阅资料';
/** The API's limit on a measure's check content (risk.schemas.ts). */
const CHECK_CONTENT_MAX = 4000;
const wordsOf = (q: string | undefined) => (q ?? '').split(/\s+/).filter(Boolean).slice(0, 10);

const checkDto = (viewer: Actor | null, c: repo.CheckItemRow) => {
  const archived = c.archived_at !== null;
  return {
    id: c.id,
    kind: 'check' as const,
    content: c.content,
    basis: c.basis,
    method: c.method,
    industries: c.industries,
    criterion: null,
    archived,
    actions: checkItemActions(viewer, { kind: 'check', archived }),
  };
};

const criterionDto = (i: criteria.ItemView) => {
  const linked = linkedItemOf(i);
  return {
    id: i.id,
    kind: 'criterion' as const,
    content: i.text,
    basis: linked.citation,
    method: METHOD,
    industries: i.industries.length > 0 ? i.industries : i.standard_industries,
    criterion: {
      itemId: i.id,
      version: i.version,
      standardCode: i.standard_code,
      citation: linked.citation,
    },
    archived: false,
    // Edited in the 判定标准 library, not here.
    actions: [] as ReturnType<typeof checkItemActions>,
  };
};

/** 判定 items usable as check items today: in force, with whole text. */
function criterionItems(
  db: Executor,
  day: string,
  words: string[],
  industry?: Industry,
  standard?: string,
) {
  let q = criteria.items(db).where(criteria.inForceOn(day)).where('cv.fidelity', '!=', 'partial');
  if (standard) q = q.where('ci.standard_code', '=', standard);
  if (industry) {
    q = q
      .where('s.industries', '@>', criteria.jsonArray(industry))
      .where(criteria.concernsIndustry(industry));
  }
  if (words.length > 0) q = q.where(criteria.matchesWords(words));
  return q;
}

export async function list(
  db: Db,
  viewer: Actor | null,
  q: z.infer<typeof CheckItemQuery>,
  now = new Date(),
) {
  const words = wordsOf(q.q);
  const wantChecks = q.kind !== 'criterion' && !q.standard;
  const wantCriteria = q.kind !== 'check';
  const checks = repo.checkItems(db, {
    words,
    industry: q.industry,
    includeArchived: q.includeArchived === 'true',
  });
  const items = criterionItems(db, chinaDate(now), words, q.industry, q.standard);
  const [checkRows, checkCount, criterionRows, criterionCount] = await Promise.all([
    wantChecks
      ? checks.selectAll('c').orderBy('c.created_at').orderBy('c.id').limit(q.limit).execute()
      : [],
    wantChecks
      ? checks.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
      : { n: '0' },
    wantCriteria
      ? items
          .orderBy('s.sort_order')
          .orderBy('ci.sort_order')
          .orderBy('ci.id')
          .limit(q.limit)
          .execute()
      : [],
    wantCriteria
      ? items
          .clearSelect()
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      : { n: '0' },
  ]);
  return {
    items: [...checkRows.map((c) => checkDto(viewer, c)), ...criterionRows.map(criterionDto)].slice(
      0,
      q.limit,
    ),
    total: Number(checkCount.n) + Number(criterionCount.n),
    actions: isLibraryAdmin(viewer) ? (['add'] as const).slice() : [],
  };
}

export async function create(db: Db, who: Who, viewer: Actor, body: z.infer<typeof CheckItemBody>) {
  const row = await db
    .insertInto('check_item')
    .values({
      content: body.content,
      basis: body.basis,
      method: body.method,
      industries: jsonb(body.industries),
      archived_at: null,
      created_by: who.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return checkDto(viewer, row);
}

export async function update(
  db: Db,
  viewer: Actor,
  id: string,
  body: z.infer<typeof CheckItemPatch>,
) {
  const row = await db
    .updateTable('check_item')
    .set({
      content: body.content,
      basis: body.basis,
      method: body.method,
      industries: body.industries === undefined ? undefined : jsonb(body.industries),
      archived_at:
        body.archived === undefined
          ? undefined
          : body.archived
            ? sql`coalesce(archived_at, now())`
            : null,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound('检查项');
  return checkDto(viewer, row);
}

/** What adopting a library item takes from it. */
export interface LibraryItem {
  checkItemId: string | null;
  criterion: LinkedItem | null;
  content: string;
  basis: string;
  method: string;
}

/**
 * The library item named by an adoption, checked for the adopter: for an enterprise, one that
 * applies to it (a 判定 item as a hazard of its could be linked to); for a regulator, any in force.
 */
export async function libraryItem(
  db: Executor,
  input: AdoptInput,
  place: Awaited<ReturnType<typeof placeOf>> | null,
  now = new Date(),
): Promise<LibraryItem> {
  if (input.checkItemId) {
    const c = await repo.findCheckItem(db, input.checkItemId);
    if (!c || c.archived_at) throw invalid('checkItemId', '检查项不存在或已停用');
    if (place && c.industries.length > 0 && !c.industries.includes(place.industry)) {
      throw invalid(
        'checkItemId',
        `该检查项适用于${c.industries.join('、')}，本企业行业为${place.industry}`,
      );
    }
    return {
      checkItemId: c.id,
      criterion: null,
      content: c.content,
      basis: c.basis,
      method: c.method,
    };
  }
  const path = 'criterionItemId';
  let linked: LinkedItem;
  if (place) linked = await requireLinkable(db, place, input.criterionItemId!, path, now);
  else {
    const i = await criteria
      .items(db)
      .where('ci.id', '=', input.criterionItemId!)
      .executeTakeFirst();
    if (!i) throw invalid(path, '判定标准条目不存在');
    if (i.fidelity === 'partial' || statusOn(i, chinaDate(now)) !== 'current') {
      throw invalid(path, '该条目的标准不在施行期内或文本残缺，不能采纳');
    }
    linked = linkedItemOf(i);
  }
  return {
    checkItemId: null,
    criterion: linked,
    content: linked.text,
    basis: linked.citation,
    method: METHOD,
  };
}

const adoptedDto = (a: repo.AdoptedRow) => ({
  id: a.id,
  checkItemId: a.check_item_id,
  criterion:
    a.criteria_item_id === null
      ? null
      : { itemId: a.criteria_item_id, version: a.criteria_item_version! },
  content: a.content,
  basis: a.basis,
  adoptedAt: new Date(a.adopted_at).toISOString(),
  adoptedBy: { id: a.adopted_by, name: a.adopted_by_name },
});

export async function adopted(db: Db, who: Who, enterpriseId: string, measureId: string) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const measure = await repo.findMeasure(db, enterprise.id, measureId);
  if (!measure) throw notFound('管控措施');
  return {
    measureId: measure.id,
    checkContent: measure.check_content,
    items: (await repo.adoptedBy(db, enterprise.id, measure.id)).map(adoptedDto),
    actions: measure.archived_at ? [] : adoptionActions(who),
  };
}

/**
 * Adopts a library item into a measure: appended to its check content, remembered with the item
 * (a 判定 item at its version, so a failed check of the measure proposes the link).
 */
export async function adopt(
  db: Db,
  who: Who,
  enterpriseId: string,
  measureId: string,
  input: AdoptInput,
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  await db.transaction().execute(async (trx) => {
    const measure = await repo.lockMeasure(trx, enterprise.id, measureId);
    if (!measure) throw notFound('管控措施');
    if (measure.archived_at) throw conflict('管控措施已归档');
    const item = await libraryItem(trx, input, await placeOf(trx, enterprise.id));
    const already = (await repo.adoptedBy(trx, enterprise.id, measure.id)).some(
      (a) =>
        (item.checkItemId !== null && a.check_item_id === item.checkItemId) ||
        (item.criterion !== null && a.criteria_item_id === item.criterion.itemId),
    );
    if (already) throw conflict('该管控措施已采纳此检查项');
    const checkContent = `${measure.check_content}\n【检查项】${item.content}（依据：${item.basis}）`;
    if (checkContent.length > CHECK_CONTENT_MAX) {
      throw invalid(
        'checkContent',
        `采纳后排查内容将超过 ${CHECK_CONTENT_MAX} 字，请先精简排查内容`,
      );
    }
    await trx
      .insertInto('measure_check_item')
      .values({
        enterprise_id: enterprise.id,
        measure_id: measure.id,
        check_item_id: item.checkItemId,
        criteria_item_id: item.criterion?.itemId ?? null,
        criteria_item_version: item.criterion?.version ?? null,
        content: item.content,
        basis: item.basis,
        adopted_by: who.userId,
      })
      .execute();
    await trx
      .updateTable('control_measure')
      .set({ check_content: checkContent, updated_at: sql`now()` })
      .where('enterprise_id', '=', enterprise.id)
      .where('id', '=', measure.id)
      .execute();
  });
  return adopted(db, who, enterprise.id, measureId);
}
