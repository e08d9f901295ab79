import { RUN_STATE_LABELS } from '../../lib/chemical-labels.js';
import type { PeriodRow } from './run-states.repository.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export const periodDto = (p: PeriodRow) => ({
  id: p.id,
  subject: p.unit_id
    ? { kind: 'unit' as const, id: p.unit_id, name: p.unit_name ?? '' }
    : {
        kind: 'major_hazard' as const,
        id: p.major_hazard_id!,
        name: `${p.major_hazard_code ?? ''} ${p.major_hazard_name ?? ''}`.trim(),
      },
  state: p.state,
  stateLabel: RUN_STATE_LABELS[p.state],
  reason: p.reason,
  startedAt: iso(p.started_at)!,
  plannedEndAt: iso(p.planned_end_at),
  endedAt: iso(p.ended_at),
  prestart: {
    required: p.prestart_required,
    passedAt: iso(p.prestart_passed_at),
    pending: p.prestart_required && p.prestart_passed_at === null && p.ended_at === null,
  },
  setBy: { id: p.set_by, name: p.set_by_name },
});
