import type { Db, Executor } from '@shuangfang/db';
import { sql } from 'kysely';
import type { Who } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { chinaDate } from '../checks/check-windows.js';
import {
  linkedItemOf,
  placeOf,
  requireLinkable,
  type LinkedItem,
  type Place,
} from '../criteria/criteria-link.js';
import { statusOn } from '../criteria/criteria-rules.js';
import * as criteria from '../criteria/criteria.repository.js';
import { adoptionActions } from './check-items.access.js';
import * as repo from './check-items.repository.js';
import type { AdoptInput } from './check-items.schemas.js';
import { CRITERION_METHOD } from './check-items.service.js';

// Adopting from the check-item library (docs/domain-criteria.md section 7): an enterprise into a
// control measure's check content, a regulator into its 抽查事项 catalogue (directory.service.ts).

/** The API's limit on a measure's check content (risk.schemas.ts). */
const CHECK_CONTENT_MAX = 4000;

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
  place: Place | null,
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
    method: CRITERION_METHOD,
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
