import type { Db, Executor, Industry } from '@shuangfang/db';
import { invalid } from '../../lib/errors.js';
import { chinaDate } from '../checks/check-windows.js';
import { effectiveSettings } from '../jurisdictions/jurisdictions.service.js';
import { applicableStandards, citation, itemConcerns } from './criteria-rules.js';
import * as repo from './criteria.repository.js';

// What a hazard may be linked to (docs/domain-criteria.md): an item of a standard in force for
// the enterprise's industry and place, that concerns its industry and whose text is whole.

export interface Place {
  enterpriseId: string;
  industry: Industry;
  jurisdictionCode: string;
  path: string;
}

export async function placeOf(db: Executor, enterpriseId: string): Promise<Place> {
  const row = await db
    .selectFrom('enterprise as e')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .select(['e.id', 'e.industry', 'e.jurisdiction_code', 'j.path'])
    .where('e.id', '=', enterpriseId)
    .executeTakeFirstOrThrow();
  return {
    enterpriseId: row.id,
    industry: row.industry,
    jurisdictionCode: row.jurisdiction_code,
    path: row.path,
  };
}

/** The codes of the standards that apply at the place today (China date). */
export async function applicableCodes(db: Executor, place: Place, now = new Date()) {
  // effectiveSettings only reads; typed for Db, it runs as well inside a transaction.
  const { effective } = await effectiveSettings(db as Db, place.path, place.jurisdictionCode);
  const all = await db
    .selectFrom('criteria_standard as s')
    .leftJoin('jurisdiction as sj', 'sj.code', 's.jurisdiction_code')
    .select(['s.code', 's.industries', 'sj.path as jurisdiction_path'])
    .select((eb) => [
      eb.cast<string>('s.effective_from', 'text').as('effective_from'),
      eb.cast<string | null>('s.retired_from', 'text').as('retired_from'),
    ])
    .execute();
  const listed = effective.criteriaStandardsByIndustry[place.industry];
  return applicableStandards(
    all,
    { industry: place.industry, path: place.path },
    listed,
    chinaDate(now),
  );
}

export interface LinkedItem {
  itemId: string;
  version: number;
  standardCode: string;
  number: string | null;
  text: string;
  citation: string;
}

export const linkedItemOf = (i: repo.ItemView): LinkedItem => ({
  itemId: i.id,
  version: i.version,
  standardCode: i.standard_code,
  number: i.number,
  text: i.text,
  citation: citation({
    standardTitle: i.standard_title,
    docNumber: i.doc_number,
    number: i.number,
    numberConfirmed: i.number_confirmed,
    area: i.area,
  }),
});

/** The current version of an item found by its standard and number (seeds name items so). */
export async function itemByNumber(db: Executor, standardCode: string, number: string) {
  const item = await repo
    .items(db)
    .where('ci.standard_code', '=', standardCode)
    .where('cv.number', '=', number)
    .executeTakeFirst();
  return item && linkedItemOf(item);
}

/**
 * The current version of the item if the enterprise's hazard may be judged against it, else why
 * not (in words for the person choosing).
 */
export async function linkCheck(
  db: Executor,
  place: Place,
  itemId: string,
  now = new Date(),
): Promise<{ item: LinkedItem; problem?: undefined } | { item?: undefined; problem: string }> {
  const item = await repo.items(db).where('ci.id', '=', itemId).executeTakeFirst();
  if (!item) return { problem: '判定标准条目不存在' };
  const cited = linkedItemOf(item);
  if (item.fidelity === 'partial') {
    return { problem: `${cited.citation}的文本残缺，本库不据此判定隐患` };
  }
  if (!(await applicableCodes(db, place, now)).includes(item.standard_code)) {
    return {
      problem: `《${item.standard_title}》不适用于本企业（行业：${place.industry}），或不在施行期内`,
    };
  }
  if (!itemConcerns(item.industries, place.industry)) {
    return {
      problem: `${cited.citation}适用于${item.industries.join('、')}企业，本企业行业为${place.industry}`,
    };
  }
  return { item: cited };
}

/** The item as `linkCheck` finds it; 422 on `path` naming why it may not be linked. */
export async function requireLinkable(
  db: Executor,
  place: Place,
  itemId: string,
  path: string,
  now = new Date(),
): Promise<LinkedItem> {
  const checked = await linkCheck(db, place, itemId, now);
  if (checked.problem !== undefined) throw invalid(path, checked.problem);
  return checked.item;
}
