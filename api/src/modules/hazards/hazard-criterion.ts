import type { Executor, HazardRow } from '@shuangfang/db';
import { invalid } from '../../lib/errors.js';
import { citation } from '../criteria/criteria-rules.js';
import { placeOf, requireLinkable } from '../criteria/criteria-link.js';
import * as criteria from '../criteria/criteria.repository.js';
import type { MoveInput } from './hazards.schemas.js';

// A hazard linked to a 判定 item is 重大 by rule (docs/domain-criteria.md). At triage the
// enterprise may link an item (or change it); confirming a linked hazard as 一般 is refused
// unless it records why the item does not apply — the reason the regulator then reads.

type Confirm = Extract<MoveInput, { action: 'confirm' }>;

/** The citation of the version a hazard is already linked to. */
async function citationOfLink(db: Executor, h: HazardRow) {
  const item = await criteria
    .items(db, { itemId: h.criteria_item_id!, version: h.criteria_item_version! })
    .executeTakeFirstOrThrow();
  return citation({
    standardTitle: item.standard_title,
    docNumber: item.doc_number,
    number: item.number,
    numberConfirmed: item.number_confirmed,
    area: item.area,
  });
}

/** What a confirmation writes about the link, and what its event records. */
export async function confirmedCriterion(db: Executor, h: HazardRow, input: Confirm) {
  let link =
    h.criteria_item_id === null
      ? null
      : {
          itemId: h.criteria_item_id,
          version: h.criteria_item_version!,
          origin: h.criteria_origin!,
          citation: await citationOfLink(db, h),
        };
  if (input.criterionItemId && input.criterionItemId !== link?.itemId) {
    const place = await placeOf(db, h.enterprise_id);
    const chosen = await requireLinkable(db, place, input.criterionItemId, 'criterionItemId');
    link = { ...chosen, origin: 'manual' };
  }
  const reason = input.criterionNotApplicable ?? null;
  if (link && input.grade === '一般' && reason === null) {
    throw invalid(
      'criterionNotApplicable',
      `该隐患对应${link.citation}，依法应判定为重大隐患；确认为一般隐患须说明该条目为何不适用`,
    );
  }
  if (reason !== null && !link) {
    throw invalid('criterionNotApplicable', '隐患未关联判定标准条目，无需说明不适用理由');
  }
  if (reason !== null && input.grade === '重大') {
    throw invalid('criterionNotApplicable', '确认为重大隐患时不填写不适用理由');
  }
  return {
    values: {
      criteria_item_id: link?.itemId ?? null,
      criteria_item_version: link?.version ?? null,
      criteria_origin: link?.origin ?? null,
      criteria_dismissal: reason,
    },
    payload: {
      criterion: link && { itemId: link.itemId, version: link.version, citation: link.citation },
      criterionNotApplicable: reason,
    },
  };
}
