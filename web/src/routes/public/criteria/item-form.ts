import type { Body } from '$lib/api/types';

type ItemBody = Body<'criteria.addItem'>;

export const ITEM_FIELDS = [
  'number',
  'numberConfirmed',
  'area',
  'text',
  'fidelity',
  'source',
  'note',
  'keywords',
  'sortOrder',
  'changeReason',
] as const;

type Values = Record<(typeof ITEM_FIELDS)[number], string>;

/** The item form's content (both new and edited items); the API checks every rule. */
export function itemContent(v: Values, form: FormData): Omit<ItemBody, 'sortOrder'> {
  return {
    number: v.number || null,
    numberConfirmed: v.numberConfirmed === 'on',
    area: v.area,
    industries: form.getAll('industries').map(String) as ItemBody['industries'],
    text: v.text,
    fidelity: v.fidelity as ItemBody['fidelity'],
    source: v.source,
    note: v.note || null,
    // Keywords are typed separated by spaces or the Chinese or Latin comma.
    keywords: v.keywords.split(/[\s,，、]+/).filter((k) => k !== ''),
  };
}
