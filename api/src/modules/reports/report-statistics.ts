import {
  HAZARD_GRADES,
  HAZARD_KINDS,
  HAZARD_SOURCES,
  HAZARD_STATES,
  type Executor,
} from '@shuangfang/db';
import { hazardAsOf, type EventAt } from './hazard-as-of.js';
import type { Period } from './report-calendar.js';

// The periodic statistics of docs/domain.md section 3, over the hazards registered in the period:
// counts by grade, state, source and kind; the rectification rate (closed of those confirmed, the
// rejected left out); the overdue; and the funds of their plans. Each hazard counts as it stood
// when the statistics were generated (`now`: the draft, and again the submission), read from its
// event chain (hazard-as-of.ts): a snapshot never changes with what happened after it.

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export async function hazardStatistics(db: Executor, enterpriseId: string, p: Period, now: Date) {
  const hazards = await db
    .selectFrom('hazard')
    .select(['id', 'grade', 'state', 'source', 'kind', 'deadline', 'plan'])
    .where('enterprise_id', '=', enterpriseId)
    .where('created_at', '>=', p.from)
    .where('created_at', '<', p.to)
    .execute();
  const events = hazards.length
    ? await db
        .selectFrom('hazard_event')
        .select(['hazard_id', 'at', 'to_state', 'payload'])
        .where('enterprise_id', '=', enterpriseId)
        .where(
          'hazard_id',
          'in',
          hazards.map((h) => h.id),
        )
        .orderBy('seq')
        .execute()
    : [];
  const chains = new Map<string, EventAt[]>();
  for (const e of events) chains.set(e.hazard_id, [...(chains.get(e.hazard_id) ?? []), e]);
  const rows = hazards.flatMap((h) => hazardAsOf(h, chains.get(h.id) ?? [], now) ?? []);
  const byGrade = { ...zeros(HAZARD_GRADES), 未定级: 0 };
  const byState = zeros(HAZARD_STATES);
  const bySource = zeros(HAZARD_SOURCES);
  const byKind = zeros(HAZARD_KINDS);
  let overdue = 0;
  let fundsCents = 0;
  for (const h of rows) {
    byGrade[h.grade ?? '未定级'] += 1;
    byState[h.state] += 1;
    bySource[h.source] += 1;
    byKind[h.kind] += 1;
    const open = h.state !== 'closed' && h.state !== 'rejected';
    if (open && h.deadline && h.deadline < now) overdue += 1;
    fundsCents += Math.round(h.funds * 100);
  }
  const confirmed = rows.length - byState.reported - byState.rejected;
  return {
    total: rows.length,
    byGrade,
    byState,
    bySource,
    byKind,
    confirmed,
    closed: byState.closed,
    /** Closed of those confirmed, to 4 decimals; null when none was confirmed. */
    rectificationRate:
      confirmed === 0 ? null : Math.round((byState.closed / confirmed) * 10_000) / 10_000,
    overdue,
    /** 元 */
    funds: fundsCents / 100,
  };
}
