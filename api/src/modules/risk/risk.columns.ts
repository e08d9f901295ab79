import type { z } from '@hono/zod-openapi';
import type * as s from './risk.schemas.js';

// Request bodies (camelCase) to columns (snake_case), one mapper per table. A field left out of a
// partial update stays undefined, which Kysely leaves out of the UPDATE.

type Partial<T extends z.ZodType> = globalThis.Partial<z.infer<T>>;

export const objectColumns = (b: Partial<typeof s.RiskObjectBody>) => ({
  name: b.name,
  kind: b.kind,
  major_hazard_code: b.majorHazardCode,
  department: b.department,
  responsible_person: b.responsiblePerson,
  sort_order: b.sortOrder,
});

export const unitColumns = (b: Partial<typeof s.RiskUnitBody>) => ({
  name: b.name,
  responsible_person: b.responsiblePerson,
  sort_order: b.sortOrder,
});

export const eventColumns = (b: Partial<typeof s.RiskEventBody>) => ({
  hazard_factor: b.hazardFactor,
  accident_type: b.accidentType,
  consequence: b.consequence,
  sort_order: b.sortOrder,
});

export const measureColumns = (b: Partial<typeof s.ControlMeasureBody>) => ({
  category: b.category,
  description: b.description,
  control_level: b.controlLevel,
  responsible_person: b.responsiblePerson,
  check_content: b.checkContent,
  check_cycle_unit: b.checkCycleUnit,
  check_cycle_count: b.checkCycleCount,
  sort_order: b.sortOrder,
});

export const emergencyColumns = (b: Partial<typeof s.EmergencyMeasureBody>) => ({
  steps: b.steps,
  equipment: b.equipment,
  phone: b.phone,
  sort_order: b.sortOrder,
});
