import type { Executor } from '@shuangfang/db';
import { invalid } from '../../lib/errors.js';
import { linkCheck, placeOf } from '../criteria/criteria-link.js';
import type { MeasureWithCycle } from './checks.repository.js';

// A check of a measure that adopted a 判定 item, marked 异常, proposes linking its hazard to that
// item (docs/domain-criteria.md): the hazard is registered linked, and the enterprise confirms it
// 重大 or records why the item does not apply. With several adopted items the checker names the
// one that failed. An item that no longer applies (its standard retired since) proposes nothing:
// the failure is still recorded.

export async function proposedCriterion(
  db: Executor,
  enterpriseId: string,
  m: Pick<MeasureWithCycle, 'criteria'>,
  body: { result: 'ok' | 'not_ok'; criterionItemId?: string },
): Promise<string | undefined> {
  if (body.result === 'ok') {
    if (body.criterionItemId) throw invalid('criterionItemId', '排查正常时不选择判定条目');
    return undefined;
  }
  if (body.criterionItemId && !m.criteria.some((c) => c.itemId === body.criterionItemId)) {
    throw invalid('criterionItemId', '不是该管控措施采纳的判定条目');
  }
  if (m.criteria.length === 0) return undefined;
  const place = await placeOf(db, enterpriseId);
  const applying = [];
  for (const c of m.criteria) {
    if ((await linkCheck(db, place, c.itemId)).item) applying.push(c);
  }
  if (body.criterionItemId) {
    return applying.some((c) => c.itemId === body.criterionItemId)
      ? body.criterionItemId
      : undefined;
  }
  if (applying.length === 1) return applying[0]!.itemId;
  if (applying.length > 1) {
    throw invalid(
      'criterionItemId',
      `该管控措施采纳了多个判定条目，请选择不符合的一项：${applying.map((c) => c.citation).join('；')}`,
    );
  }
  return undefined;
}
