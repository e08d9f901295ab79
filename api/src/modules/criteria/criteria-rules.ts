import type { CriteriaStandardStatus, Industry } from '@shuangfang/db';
import { pathCovers } from '../../auth/scope.js';

// Pure rules of the 判定标准 library (docs/domain-criteria.md): where a standard stands on a day,
// which standards apply to an enterprise, and how an item is cited.

export interface StandardDates {
  effective_from: string;
  retired_from: string | null;
}

/** `day` and the dates are China calendar days (`YYYY-MM-DD`), compared as text. */
export function statusOn(s: StandardDates, day: string): CriteriaStandardStatus {
  if (s.effective_from > day) return 'upcoming';
  if (s.retired_from !== null && s.retired_from <= day) return 'retired';
  return 'current';
}

export interface StandardScope extends StandardDates {
  code: string;
  industries: Industry[];
  /** The issuing jurisdiction's path for a province's own standard; null for a national one. */
  jurisdiction_path: string | null;
}

/**
 * The standards in force on `day` for an enterprise of `industry` at `path`. A jurisdiction that
 * lists the industry's standards (setting `criteriaStandardsByIndustry`) decides; otherwise each
 * standard applies to the industries it names, a province's own only inside that province.
 */
export function applicableStandards(
  all: StandardScope[],
  place: { industry: Industry; path: string },
  listed: string[] | undefined,
  day: string,
): string[] {
  return all
    .filter((s) =>
      listed
        ? listed.includes(s.code)
        : s.industries.includes(place.industry) &&
          (s.jurisdiction_path === null || pathCovers(s.jurisdiction_path, place.path)),
    )
    .filter((s) => statusOn(s, day) === 'current')
    .map((s) => s.code);
}

/** An item concerns every industry of its standard, or only those it names. */
export const itemConcerns = (itemIndustries: Industry[], industry: Industry) =>
  itemIndustries.length === 0 || itemIndustries.includes(industry);

export interface Citable {
  standardTitle: string;
  docNumber: string;
  number: string | null;
  numberConfirmed: boolean;
  area: string;
}

/** 《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条（四）, saying when a number is unsure. */
export function citation(c: Citable): string {
  const where =
    c.number === null
      ? `${c.area}类条目（原文项号未取得）`
      : c.numberConfirmed
        ? c.number
        : `${c.number}（项号待核实）`;
  return `《${c.standardTitle}》（${c.docNumber}）${where}`;
}

/** The words of a search: whitespace-separated, each required, at most ten. */
export const searchWords = (q: string | undefined) =>
  (q ?? '').split(/\s+/).filter(Boolean).slice(0, 10);
