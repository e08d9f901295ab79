import type {
  ControlMeasureRow,
  EmergencyMeasureRow,
  RiskColour,
  RiskEventRow,
  RiskObjectRow,
  RiskUnitRow,
} from '@shuangfang/db';
import type { metaDto } from '../site-plan/site-plan.service.js';
import { highestGrade } from './grading.js';
import type { listAssessments, loadRegister } from './risk.repository.js';

type AssessmentRow = Awaited<ReturnType<typeof listAssessments>>[number];

const base = (r: { id: string; sort_order: number; archived_at: Date | null }) => ({
  id: r.id,
  sortOrder: r.sort_order,
  archived: r.archived_at !== null,
});

export const assessmentDto = (a: AssessmentRow) => ({
  id: a.id,
  method: a.method,
  inputs: a.inputs,
  score: Number(a.score),
  grade: a.grade,
  assessedBy: a.assessed_by,
  assessedAt: new Date(a.assessed_at).toISOString(),
});

const measureDto = (m: ControlMeasureRow) => ({
  ...base(m),
  category: m.category,
  description: m.description,
  controlLevel: m.control_level,
  responsiblePerson: m.responsible_person,
  checkContent: m.check_content,
  checkCycleUnit: m.check_cycle_unit,
  checkCycleCount: m.check_cycle_count,
});

const emergencyDto = (m: EmergencyMeasureRow) => ({
  ...base(m),
  steps: m.steps,
  equipment: m.equipment,
  phone: m.phone,
});

/** Builds the tree from the flat rows; colours roll up from events (archived ones do not count). */
export function registerDto(
  enterpriseId: string,
  riskLevel: RiskColour | null,
  sitePlan: ReturnType<typeof metaDto> | null,
  rows: Awaited<ReturnType<typeof loadRegister>>,
  assessments: AssessmentRow[],
) {
  const latest = new Map<string, AssessmentRow>();
  for (const a of assessments) if (!latest.has(a.event_id)) latest.set(a.event_id, a);
  const under = <T>(list: T[], key: (row: T) => string, parentId: string) =>
    list.filter((row) => key(row) === parentId);
  const colourOf = (grades: { grade: RiskColour | null; archived: boolean }[]) =>
    highestGrade(grades.filter((g) => !g.archived).map((g) => g.grade));

  const eventDto = (e: RiskEventRow) => ({
    ...base(e),
    hazardFactor: e.hazard_factor,
    accidentType: e.accident_type,
    consequence: e.consequence,
    grade: e.grade,
    controlLevel: e.control_level,
    controlLevelReason: e.control_level_reason,
    reassessFlaggedAt: e.reassess_flagged_at ? new Date(e.reassess_flagged_at).toISOString() : null,
    latestAssessment: latest.has(e.id) ? assessmentDto(latest.get(e.id)!) : null,
    measures: under(rows.measures, (m) => m.event_id, e.id).map(measureDto),
    emergencyMeasures: under(rows.emergency, (m) => m.event_id, e.id).map(emergencyDto),
  });
  const unitDto = (u: RiskUnitRow) => {
    const events = under(rows.events, (e) => e.unit_id, u.id).map(eventDto);
    return {
      ...base(u),
      name: u.name,
      responsiblePerson: u.responsible_person,
      colour: colourOf(events),
      events,
    };
  };
  const objectDto = (o: RiskObjectRow) => {
    const units = under(rows.units, (u) => u.object_id, o.id).map(unitDto);
    return {
      ...base(o),
      name: o.name,
      kind: o.kind,
      majorHazardCode: o.major_hazard_code,
      department: o.department,
      responsiblePerson: o.responsible_person,
      polygon: o.polygon,
      colour: colourOf(units.map((u) => ({ grade: u.colour, archived: u.archived }))),
      units,
    };
  };
  return { enterpriseId, riskLevel, sitePlan, objects: rows.objects.map(objectDto) };
}
