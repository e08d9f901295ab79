import type { z } from '@hono/zod-openapi';
import type { Db, Executor, Industry } from '@shuangfang/db';
import { sql } from 'kysely';
import type { Who } from '../../auth/actor.js';
import { notFound } from '../../lib/errors.js';
import { chinaDate } from '../checks/check-windows.js';
import { linkedItemOf } from '../criteria/criteria-link.js';
import { searchWords } from '../criteria/criteria-rules.js';
import * as criteria from '../criteria/criteria.repository.js';
import { checkItemActions } from './check-items.access.js';
import * as repo from './check-items.repository.js';
import type { CheckItemBody, CheckItemPatch, CheckItemQuery } from './check-items.schemas.js';

// The check-item library (docs/domain-criteria.md section 7): check items written as such, and
// every 判定 item of a standard in force (each is also a check item, its basis the item's
// citation). `admin` says whether the caller is a platform admin, whose reads carry its actions.

/** How a 判定 item is checked, when taken as a check item. */
export const CRITERION_METHOD = '现场检查、查阅资料';

const checkDto = (admin: boolean, c: repo.CheckItemRow) => {
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
    actions: checkItemActions(admin, { kind: 'check', archived }),
  };
};

const criterionDto = (i: criteria.ItemView) => {
  const linked = linkedItemOf(i);
  return {
    id: i.id,
    kind: 'criterion' as const,
    content: i.text,
    basis: linked.citation,
    method: CRITERION_METHOD,
    industries: i.industries.length > 0 ? i.industries : i.standard_industries,
    criterion: {
      itemId: i.id,
      version: i.version,
      standardCode: i.standard_code,
      citation: linked.citation,
    },
    archived: false,
    // Edited in the 判定标准 library, not here.
    actions: checkItemActions(false, { kind: 'criterion', archived: false }),
  };
};

/** 判定 items usable as check items today: in force, with whole text. */
function criterionItems(
  db: Executor,
  day: string,
  f: { words: string[]; industry?: Industry; standard?: string },
) {
  let q = criteria.items(db).where(criteria.inForceOn(day)).where('cv.fidelity', '!=', 'partial');
  if (f.standard) q = q.where('ci.standard_code', '=', f.standard);
  if (f.industry) {
    q = q
      .where('s.industries', '@>', criteria.jsonArray(f.industry))
      .where(criteria.concernsIndustry(f.industry));
  }
  if (f.words.length > 0) q = q.where(criteria.matchesWords(f.words));
  return q;
}

/** Check items first (oldest first), then 判定 items in the order of their standards. */
export async function list(
  db: Db,
  admin: boolean,
  q: z.infer<typeof CheckItemQuery>,
  now = new Date(),
) {
  const words = searchWords(q.q);
  const wantChecks = q.kind !== 'criterion' && !q.standard;
  const wantCriteria = q.kind !== 'check';
  const checks = repo.checkItems(db, {
    words,
    industry: q.industry,
    includeArchived: q.includeArchived === 'true',
  });
  const items = criterionItems(db, chinaDate(now), {
    words,
    industry: q.industry,
    standard: q.standard,
  });
  const none = { n: '0' };
  const [checkRows, checkCount, criterionRows, criterionCount] = await Promise.all([
    wantChecks
      ? checks.selectAll('c').orderBy('c.created_at').orderBy('c.id').limit(q.limit).execute()
      : [],
    wantChecks
      ? checks.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
      : none,
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
      : none,
  ]);
  const rows = [...checkRows.map((c) => checkDto(admin, c)), ...criterionRows.map(criterionDto)];
  return {
    items: rows.slice(0, q.limit),
    total: Number(checkCount.n) + Number(criterionCount.n),
    actions: admin ? (['add'] as const).slice() : [],
  };
}

export async function create(db: Db, who: Who, body: z.infer<typeof CheckItemBody>) {
  const row = await db
    .insertInto('check_item')
    .values({
      content: body.content,
      basis: body.basis,
      method: body.method,
      industries: criteria.jsonb(body.industries),
      archived_at: null,
      created_by: who.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return checkDto(true, row);
}

export async function update(db: Db, id: string, body: z.infer<typeof CheckItemPatch>) {
  const archive =
    body.archived === undefined
      ? undefined
      : body.archived
        ? sql<Date>`coalesce(archived_at, now())`
        : null;
  const row = await db
    .updateTable('check_item')
    .set({
      content: body.content,
      basis: body.basis,
      method: body.method,
      industries: body.industries === undefined ? undefined : criteria.jsonb(body.industries),
      archived_at: archive,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound('检查项');
  return checkDto(true, row);
}
