import type { Window } from './check-windows.js';
import type { CheckRecordWithName, MeasureWithCycle } from './checks.repository.js';

export const iso = (d: Date | string) => new Date(d).toISOString();

export const recordDto = (r: CheckRecordWithName) => ({
  id: r.id,
  measureId: r.measure_id,
  windowStart: iso(r.window_start),
  windowEnd: iso(r.window_end),
  result: r.result,
  note: r.note,
  attachments: r.attachments,
  hazardId: r.hazard_id,
  recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
  recordedAt: iso(r.recorded_at),
  deviceRecordedAt: r.device_recorded_at === null ? null : iso(r.device_recorded_at),
  late: r.late,
});

export type TaskStatus = 'due' | 'done' | 'missed' | 'upcoming';

export const taskDto = (
  m: MeasureWithCycle,
  w: Window,
  status: TaskStatus,
  record: CheckRecordWithName | undefined,
) => ({
  measure: {
    id: m.id,
    description: m.description,
    checkContent: m.check_content,
    cycleUnit: m.check_cycle_unit!,
    cycleCount: m.check_cycle_count!,
  },
  event: { id: m.event_id, hazardFactor: m.hazard_factor },
  unit: { id: m.unit_id, name: m.unit_name },
  object: { id: m.object_id, name: m.object_name },
  windowStart: iso(w.start),
  windowEnd: iso(w.end),
  status,
  record: record ? recordDto(record) : null,
});
