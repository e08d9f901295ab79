import type { z } from '@hono/zod-openapi';
import type { Db, Executor, Industry } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { notFound } from '../../lib/errors.js';
import { chinaDate } from '../checks/check-windows.js';
import { itemDto, standardDto, versionDto } from './criteria.dto.js';
import { applicableCodes, placeOf } from './criteria-link.js';
import { searchWords } from './criteria-rules.js';
import * as repo from './criteria.repository.js';
import type { EnterpriseSearchQuery, SearchQuery } from './criteria.schemas.js';

// Reading the 判定标准 library: open to everyone (the public included). `admin` says whether the
// caller is a platform admin, whose reads carry the actions it may take. The hazard form searches
// only what applies to its enterprise.

export async function listStandards(db: Db, admin: boolean, now = new Date()) {
  const rows = await repo.standards(db).execute();
  return {
    items: rows.map((s) => standardDto(s, chinaDate(now), admin)),
    actions: admin ? (['add_standard'] as const).slice() : [],
  };
}

export async function getStandard(db: Db, admin: boolean, code: string, now = new Date()) {
  const s = await repo.findStandard(db, code);
  if (!s) throw notFound('判定标准');
  const day = chinaDate(now);
  const items = await repo
    .items(db)
    .where('ci.standard_code', '=', code)
    .orderBy('ci.sort_order')
    .orderBy('ci.id')
    .execute();
  return { ...standardDto(s, day, admin), items: items.map((i) => itemDto(i, day, admin)) };
}

interface ItemFilter {
  words: string[];
  standard?: string;
  industry?: Industry;
  /** The codes an enterprise may use; with it, only items a hazard may be judged against. */
  codes?: string[];
  inForceOn?: string;
}

async function findItems(db: Executor, f: ItemFilter, limit: number) {
  let q = repo.items(db);
  if (f.inForceOn) q = q.where(repo.inForceOn(f.inForceOn));
  if (f.standard) q = q.where('ci.standard_code', '=', f.standard);
  if (f.codes) {
    q = q
      .where('ci.standard_code', 'in', f.codes.length > 0 ? f.codes : [''])
      .where('cv.fidelity', '!=', 'partial');
  }
  if (f.industry) {
    q = q.where(repo.concernsIndustry(f.industry));
    if (!f.codes) q = q.where('s.industries', '@>', repo.jsonArray(f.industry));
  }
  if (f.words.length > 0) q = q.where(repo.matchesWords(f.words));
  const [rows, count] = await Promise.all([
    q.orderBy('s.sort_order').orderBy('ci.sort_order').orderBy('ci.id').limit(limit).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function searchItems(
  db: Db,
  admin: boolean,
  q: z.infer<typeof SearchQuery>,
  now = new Date(),
) {
  const day = chinaDate(now);
  const { rows, total } = await findItems(
    db,
    {
      words: searchWords(q.q),
      standard: q.standard,
      industry: q.industry,
      inForceOn: q.includeRetired === 'true' ? undefined : day,
    },
    q.limit,
  );
  return { items: rows.map((i) => itemDto(i, day, admin)), total };
}

export async function getItem(db: Db, admin: boolean, itemId: string, now = new Date()) {
  const item = await repo.items(db).where('ci.id', '=', itemId).executeTakeFirst();
  if (!item) throw notFound('判定标准条目');
  const versions = await repo.itemVersions(db, itemId);
  return {
    ...itemDto(item, chinaDate(now), admin),
    versions: versions.map(versionDto),
  };
}

/**
 * The hazard form's search: items of the standards in force for the enterprise (its industry and
 * place), that concern its industry and whose text is whole — what its hazard may be linked to.
 */
export async function searchForEnterprise(
  db: Db,
  who: Who,
  enterpriseId: string,
  q: z.infer<typeof EnterpriseSearchQuery>,
  now = new Date(),
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const place = await placeOf(db, enterprise.id);
  const codes = await applicableCodes(db, place, now);
  const day = chinaDate(now);
  const { rows, total } = await findItems(
    db,
    {
      words: searchWords(q.q),
      codes,
      standard: q.standard,
      industry: place.industry,
      inForceOn: day,
    },
    q.limit,
  );
  const standards = codes.length
    ? await repo.standards(db).where('s.code', 'in', codes).execute()
    : [];
  return {
    items: rows.map((i) => itemDto(i, day, false)),
    total,
    standards: standards.map((s) => ({ code: s.code, title: s.title, docNumber: s.doc_number })),
  };
}
