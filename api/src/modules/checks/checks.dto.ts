import type { CustodyRole } from '@shuangfang/db';
import { CHECK_KIND_LABELS, CUSTODY_ROLE_LABELS } from '../../lib/chemical-labels.js';
import type { CustodyWindow } from '../major-hazards/custody-windows.js';
import type { CustodianRow } from '../major-hazards/major-hazards.repository.js';
import type { PeriodRow } from '../run-states/run-states.repository.js';
import type { Window } from './check-windows.js';
import type { CheckRecordWithName, MeasureWithCycle } from './checks.repository.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export type TaskStatus = 'due' | 'done' | 'missed' | 'upcoming' | 'suspended';
export type TaskAction = 'record';

export const recordDto = (r: CheckRecordWithName) => ({
  id: r.id,
  kind: r.kind,
  kindLabel: CHECK_KIND_LABELS[r.kind],
  measureId: r.measure_id,
  majorHazardId: r.major_hazard_id,
  custodyRole: r.custody_role,
  runStateId: r.run_state_id,
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

export const taskDto = (
  m: MeasureWithCycle,
  w: Window,
  status: TaskStatus,
  record: CheckRecordWithName | undefined,
  actions: TaskAction[],
) => ({
  kind: 'measure' as const,
  measure: {
    id: m.id,
    description: m.description,
    checkContent: m.check_content,
    cycleUnit: m.check_cycle_unit!,
    cycleCount: m.check_cycle_count!,
    criteria: m.criteria,
  },
  event: { id: m.event_id, hazardFactor: m.hazard_factor },
  unit: { id: m.unit_id, name: m.unit_name },
  object: { id: m.object_id, name: m.object_name },
  windowStart: iso(w.start),
  windowEnd: iso(w.end),
  status,
  record: record ? recordDto(record) : null,
  actions,
});

export const custodyTaskDto = (
  hazard: { id: string; code: string; name: string; level: '一级' | '二级' | '三级' | '四级' },
  custodian: CustodianRow,
  w: CustodyWindow,
  status: TaskStatus,
  record: CheckRecordWithName | undefined,
  actions: TaskAction[],
) => ({
  kind: 'custody' as const,
  majorHazard: hazard,
  role: custodian.role as CustodyRole,
  roleLabel: CUSTODY_ROLE_LABELS[custodian.role],
  custodian: { id: custodian.user_id, name: custodian.name },
  keyPeriod: w.keyPeriod,
  windowStart: iso(w.start),
  windowEnd: iso(w.end),
  status,
  record: record ? recordDto(record) : null,
  actions,
});

export const prestartTaskDto = (
  p: PeriodRow,
  records: CheckRecordWithName[],
  actions: TaskAction[],
) => ({
  kind: 'pre_start' as const,
  runStateId: p.id,
  subject: p.unit_id
    ? { kind: 'unit' as const, id: p.unit_id, name: p.unit_name ?? '' }
    : {
        kind: 'major_hazard' as const,
        id: p.major_hazard_id!,
        name: `${p.major_hazard_code ?? ''} ${p.major_hazard_name ?? ''}`.trim(),
      },
  state: p.state,
  startedAt: iso(p.started_at),
  status: p.prestart_passed_at ? ('done' as const) : ('due' as const),
  records: records.map(recordDto),
  actions,
});
