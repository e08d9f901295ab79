import { windowsBetween } from '@shuangfang/api';
import type { CheckCycleUnit, Executor, NewCheckRecord } from '@shuangfang/db';

const DAY = 86_400_000;
/** How far back the demo's check history goes. */
const HISTORY_DAYS = 75;

/**
 * The demo enterprises' check history: every window of every measure with a cycle over the last
 * months, performed by the worker of the position that works in its unit — mostly 正常, with a
 * few windows missed, and a 异常 record in the window of each hazard opened by a failed measure
 * (the record that opened it). The current window is left open, so today's checks are due.
 */
export async function seedCheckHistory(db: Executor, enterpriseId: string): Promise<void> {
  const existing = await db
    .selectFrom('check_record')
    .select('id')
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
  if (existing) return;

  const rows = await db
    .selectFrom('control_measure as m')
    .innerJoin('risk_event as e', (j) =>
      j.onRef('e.enterprise_id', '=', 'm.enterprise_id').onRef('e.id', '=', 'm.event_id'),
    )
    .innerJoin('position_unit as pu', (j) =>
      j.onRef('pu.enterprise_id', '=', 'e.enterprise_id').onRef('pu.unit_id', '=', 'e.unit_id'),
    )
    .innerJoin('position_worker as pw', (j) =>
      j
        .onRef('pw.enterprise_id', '=', 'pu.enterprise_id')
        .onRef('pw.position_id', '=', 'pu.position_id'),
    )
    .select(['m.id', 'm.check_cycle_unit', 'm.check_cycle_count', 'pw.user_id'])
    .where('m.enterprise_id', '=', enterpriseId)
    .where('m.check_cycle_unit', 'is not', null)
    .execute();
  // One performer per measure, however many workers its position has.
  const measures = [...new Map(rows.map((r) => [r.id, r])).values()];
  const failures = await db
    .selectFrom('hazard')
    .select(['id', 'control_measure_id', 'created_at', 'description'])
    .where('enterprise_id', '=', enterpriseId)
    .where('source', '=', '管控措施失效')
    .execute();

  const now = new Date();
  const records: NewCheckRecord[] = [];
  for (const m of measures) {
    const cycle = { unit: m.check_cycle_unit as CheckCycleUnit, count: m.check_cycle_count ?? 1 };
    const windows = windowsBetween(cycle, new Date(now.getTime() - HISTORY_DAYS * DAY), now);
    // Oldest first; the last is the current window, left for the worker to do today.
    for (const [i, w] of windows.slice(0, -1).entries()) {
      const failure = failures.find(
        (f) =>
          f.control_measure_id === m.id &&
          new Date(f.created_at) >= w.start &&
          new Date(f.created_at) < w.end,
      );
      // Every 11th window is missed: a gap the register shows.
      if (!failure && i % 11 === 7) continue;
      const recordedAt = failure
        ? new Date(failure.created_at)
        : new Date(Math.min(w.start.getTime() + 2 * 3_600_000, w.end.getTime() - 1));
      records.push({
        enterprise_id: enterpriseId,
        measure_id: m.id,
        window_start: w.start,
        window_end: w.end,
        result: failure ? 'not_ok' : 'ok',
        note: failure ? failure.description : null,
        attachments: [],
        hazard_id: failure?.id ?? null,
        recorded_by: m.user_id,
        recorded_at: recordedAt,
      });
    }
  }
  for (let i = 0; i < records.length; i += 200) {
    await db
      .insertInto('check_record')
      .values(records.slice(i, i + 200))
      .execute();
  }
}
