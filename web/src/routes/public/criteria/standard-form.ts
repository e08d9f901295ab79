import type { Body } from '$lib/api/types';

type StandardBody = Omit<Body<'criteria.createStandard'>, 'code'>;

/** The fields of the standard form (new and edit), besides the code and the industries. */
export const STANDARD_FIELDS = [
  'title',
  'docNumber',
  'issuer',
  'jurisdictionCode',
  'publishedOn',
  'effectiveFrom',
  'holding',
  'officialItemCount',
  'confirmed',
  'officialSource',
  'coverage',
  'note',
] as const;

type Values = Record<(typeof STANDARD_FIELDS)[number], string>;

/**
 * The body of the standard form. Values are sent as typed; the API names a field that breaks
 * its rule (a date, a count, a code) by its Chinese label.
 */
export function standardBody(v: Values, form: FormData): StandardBody {
  return {
    title: v.title,
    docNumber: v.docNumber,
    issuer: v.issuer,
    jurisdictionCode: v.jurisdictionCode || null,
    publishedOn: v.publishedOn || null,
    effectiveFrom: v.effectiveFrom,
    industries: form.getAll('industries').map(String) as StandardBody['industries'],
    holding: v.holding as StandardBody['holding'],
    officialItemCount: v.officialItemCount === '' ? null : Number(v.officialItemCount),
    confirmed: v.confirmed === 'on',
    officialSource: v.officialSource || null,
    coverage: v.coverage,
    note: v.note || null,
  };
}
