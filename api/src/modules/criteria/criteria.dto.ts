import type { CriteriaItemVersionRow } from '@shuangfang/db';
import { itemActions, standardActions } from './criteria.access.js';
import { citation, statusOn } from './criteria-rules.js';
import type { ItemView, StandardView } from './criteria.repository.js';

// Rows to the API's shapes. `day` is today's China date (what a standard's status is read on);
// `admin` whether the caller may write the library.

const iso = (d: Date | string) => new Date(d).toISOString();

export function standardDto(s: StandardView, day: string, admin: boolean) {
  const status = statusOn(s, day);
  return {
    code: s.code,
    title: s.title,
    docNumber: s.doc_number,
    issuer: s.issuer,
    jurisdiction:
      s.jurisdiction_code === null
        ? null
        : { code: s.jurisdiction_code, name: s.jurisdiction_name ?? '' },
    publishedOn: s.published_on,
    effectiveFrom: s.effective_from,
    retiredFrom: s.retired_from,
    retiredReason: s.retired_reason,
    supersededBy:
      s.superseded_by === null
        ? null
        : { code: s.superseded_by, title: s.superseded_by_title ?? '' },
    status,
    industries: s.industries,
    holding: s.holding,
    officialItemCount: s.official_item_count,
    heldItemCount: Number(s.held_count ?? 0),
    confirmed: s.confirmed,
    officialSource: s.official_source,
    coverage: s.coverage,
    note: s.note,
    actions: standardActions(admin, s, status),
  };
}

export function itemDto(i: ItemView, day: string, admin: boolean) {
  const status = statusOn(i, day);
  return {
    id: i.id,
    version: i.version,
    standard: { code: i.standard_code, title: i.standard_title, docNumber: i.doc_number, status },
    number: i.number,
    numberConfirmed: i.number_confirmed,
    citation: citation({
      standardTitle: i.standard_title,
      docNumber: i.doc_number,
      number: i.number,
      numberConfirmed: i.number_confirmed,
      area: i.area,
    }),
    area: i.area,
    industries: i.industries,
    text: i.text,
    fidelity: i.fidelity,
    linkable: i.fidelity !== 'partial' && status === 'current',
    source: i.source,
    note: i.note,
    keywords: i.keywords,
    updatedAt: iso(i.version_at),
    actions: itemActions(admin),
  };
}

export const versionDto = (v: CriteriaItemVersionRow & { created_by_name: string | null }) => ({
  version: v.version,
  number: v.number,
  numberConfirmed: v.number_confirmed,
  area: v.area,
  industries: v.industries,
  text: v.text,
  fidelity: v.fidelity,
  source: v.source,
  note: v.note,
  keywords: v.keywords,
  changeReason: v.change_reason,
  createdAt: iso(v.created_at),
  createdBy: v.created_by === null ? null : { id: v.created_by, name: v.created_by_name ?? '' },
});
