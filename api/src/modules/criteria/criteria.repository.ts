import type { Executor, Industry } from '@shuangfang/db';
import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '@shuangfang/db';
import { likeContains } from '../../auth/scope.js';

// The SQL of the 判定标准 library. Dates are read as `YYYY-MM-DD` text (China calendar days);
// `industries` and `keywords` are jsonb arrays.

/**
 * A value as a jsonb parameter. Sent as text and cast, because postgres.js would encode a string
 * bound to a jsonb parameter once more (a JSON string instead of the array).
 */
export const jsonb = <T>(value: T) => sql<T>`${JSON.stringify(value)}::text::jsonb`;

/** A jsonb array holding `value`, for `@>` tests. */
export const jsonArray = (value: Industry) => jsonb<Industry[]>([value]);

export function standards(db: Executor) {
  return db
    .selectFrom('criteria_standard as s')
    .leftJoin('jurisdiction as sj', 'sj.code', 's.jurisdiction_code')
    .leftJoin('criteria_standard as sup', 'sup.code', 's.superseded_by')
    .select([
      's.code',
      's.title',
      's.doc_number',
      's.issuer',
      's.jurisdiction_code',
      'sj.name as jurisdiction_name',
      'sj.path as jurisdiction_path',
      sql<string | null>`s.published_on::text`.as('published_on'),
      sql<string>`s.effective_from::text`.as('effective_from'),
      sql<string | null>`s.retired_from::text`.as('retired_from'),
      's.retired_reason',
      's.superseded_by',
      'sup.title as superseded_by_title',
      's.industries',
      's.holding',
      's.official_item_count',
      's.confirmed',
      's.official_source',
      's.coverage',
      's.note',
      's.sort_order',
      's.updated_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('criteria_item as ci')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('ci.standard_code', '=', 's.code')
        .as('held_count'),
    )
    .orderBy('s.sort_order')
    .orderBy('s.code');
}
export type StandardView = Awaited<ReturnType<ReturnType<typeof standards>['execute']>>[number];

export const findStandard = (db: Executor, code: string) =>
  standards(db).where('s.code', '=', code).executeTakeFirst();

/** Items at a version: the current one by default, or the version a hazard was judged on. */
export function items(
  db: Executor,
  at: 'current' | { itemId: string; version: number } = 'current',
) {
  return db
    .selectFrom('criteria_item as ci')
    .innerJoin('criteria_item_version as cv', (j) =>
      at === 'current'
        ? j.onRef('cv.item_id', '=', 'ci.id').onRef('cv.version', '=', 'ci.current_version')
        : j.onRef('cv.item_id', '=', 'ci.id').on('cv.version', '=', at.version),
    )
    .innerJoin('criteria_standard as s', 's.code', 'ci.standard_code')
    .select([
      'ci.id',
      'ci.standard_code',
      'ci.sort_order',
      'ci.current_version',
      'cv.version',
      'cv.number',
      'cv.number_confirmed',
      'cv.area',
      'cv.industries',
      'cv.text',
      'cv.fidelity',
      'cv.source',
      'cv.note',
      'cv.keywords',
      'cv.created_at as version_at',
      's.title as standard_title',
      's.doc_number',
      's.industries as standard_industries',
      sql<string>`s.effective_from::text`.as('effective_from'),
      sql<string | null>`s.retired_from::text`.as('retired_from'),
    ])
    .$if(at !== 'current', (q) => q.where('ci.id', '=', (at as { itemId: string }).itemId));
}
export type ItemView = Awaited<ReturnType<ReturnType<typeof items>['execute']>>[number];

type ItemScope = ExpressionBuilder<
  Database & {
    ci: Database['criteria_item'];
    cv: Database['criteria_item_version'];
    s: Database['criteria_standard'];
  },
  'ci' | 'cv' | 's'
>;

/** In force on `day`: effective, and not retired on or before it. */
export const inForceOn = (day: string) => (eb: ItemScope) =>
  eb.and([
    eb('s.effective_from', '<=', sql<string>`${day}::date`),
    eb.or([eb('s.retired_from', 'is', null), eb('s.retired_from', '>', sql<string>`${day}::date`)]),
  ]);

/** The item concerns the industry: it names none (all of its standard's) or names this one. */
export const concernsIndustry = (industry: Industry) => (eb: ItemScope) =>
  eb.or([
    eb('cv.industries', '=', sql<Industry[]>`'[]'::jsonb`),
    eb('cv.industries', '@>', jsonArray(industry)),
  ]);

/** Every word found in the number, area, text or keywords (Chinese included: plain ILIKE). */
export const matchesWords = (words: string[]) => (eb: ItemScope) =>
  eb.and(
    words.map((word) => {
      const pattern = likeContains(word);
      return eb.or([
        eb('cv.text', 'ilike', pattern),
        eb('cv.number', 'ilike', pattern),
        eb('cv.area', 'ilike', pattern),
        eb(sql<string>`cv.keywords::text`, 'ilike', pattern),
      ]);
    }),
  );

export function itemVersions(db: Executor, itemId: string) {
  return db
    .selectFrom('criteria_item_version as cv')
    .leftJoin('app_user as u', 'u.id', 'cv.created_by')
    .selectAll('cv')
    .select('u.display_name as created_by_name')
    .where('cv.item_id', '=', itemId)
    .orderBy('cv.version', 'desc')
    .execute();
}

export function lockItem(db: Executor, itemId: string) {
  return db
    .selectFrom('criteria_item')
    .selectAll()
    .where('id', '=', itemId)
    .forUpdate()
    .executeTakeFirst();
}

export function lockStandard(db: Executor, code: string) {
  return db
    .selectFrom('criteria_standard')
    .select(['code', sql<string | null>`retired_from::text`.as('retired_from')])
    .select(sql<string>`effective_from::text`.as('effective_from'))
    .where('code', '=', code)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * The linked 判定 item of a hazard (aliased `h`) as one JSON value, for the hazard lists and
 * detail: the version it was judged on, with its standard and the item's current version.
 */
export const hazardCriterion = sql<{
  itemId: string;
  version: number;
  currentVersion: number;
  number: string | null;
  numberConfirmed: boolean;
  area: string;
  text: string;
  standardCode: string;
  standardTitle: string;
  docNumber: string;
} | null>`(select jsonb_build_object(
    'itemId', cv.item_id, 'version', cv.version, 'currentVersion', ci.current_version,
    'number', cv.number, 'numberConfirmed', cv.number_confirmed, 'area', cv.area, 'text', cv.text,
    'standardCode', s.code, 'standardTitle', s.title, 'docNumber', s.doc_number)
  from criteria_item_version cv
  join criteria_item ci on ci.id = cv.item_id
  join criteria_standard s on s.code = ci.standard_code
  where cv.item_id = h.criteria_item_id and cv.version = h.criteria_item_version)`;
