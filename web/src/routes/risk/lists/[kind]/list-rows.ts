import { ACCIDENT_TYPES, CONTROL_LEVELS, MEASURE_CATEGORIES } from '@shuangfang/db/enums';
import type { ControlMeasure, EmergencyMeasure, ListKind, RiskRegister } from '$lib/api/types';
import type { AccidentType, ControlLevel } from '@shuangfang/db/enums';
import type { RiskColour } from '@shuangfang/db/enums';

// 三清单 as rows, built the way the API's .xlsx builds them (api/src/modules/lists/lists.xlsx.ts):
// one row per event (安全风险清单), per control measure (管控措施清单) or per emergency measure
// (应急处置清单), each carrying the object → unit → event chain above it.

export const LIST_KINDS = ['risk', 'measures', 'emergency'] as const satisfies ListKind[];
export const isListKind = (value: string): value is ListKind =>
  (LIST_KINDS as readonly string[]).includes(value);

export interface ListRow {
  objectId: string;
  unitId: string;
  eventId: string;
  /** The measure's or emergency measure's id; the event's on 安全风险清单. */
  id: string;
  object: { name: string; majorHazardCode: string | null; department: string };
  unit: { name: string; responsiblePerson: string };
  event: {
    hazardFactor: string;
    accidentType: AccidentType;
    consequence: string;
    method: string | null;
    score: number | null;
    grade: RiskColour | null;
    controlLevel: ControlLevel | null;
  };
  measure: ControlMeasure | null;
  emergency: EmergencyMeasure | null;
}

export function listRows(kind: ListKind, register: RiskRegister): ListRow[] {
  return register.objects.flatMap((o) =>
    o.units.flatMap((u) =>
      u.events.flatMap((e): ListRow[] => {
        const base: Omit<ListRow, 'id'> = {
          objectId: o.id,
          unitId: u.id,
          eventId: e.id,
          object: { name: o.name, majorHazardCode: o.majorHazardCode, department: o.department },
          unit: { name: u.name, responsiblePerson: u.responsiblePerson },
          event: {
            hazardFactor: e.hazardFactor,
            accidentType: e.accidentType,
            consequence: e.consequence,
            method: e.latestAssessment?.method ?? null,
            score: e.latestAssessment?.score ?? null,
            grade: e.grade,
            controlLevel: e.controlLevel,
          },
          measure: null,
          emergency: null,
        };
        if (kind === 'risk') return [{ ...base, id: e.id }];
        if (kind === 'measures') return e.measures.map((m) => ({ ...base, id: m.id, measure: m }));
        return e.emergencyMeasures.map((m) => ({ ...base, id: m.id, emergency: m }));
      }),
    ),
  );
}

/** Cells of a grouped column merge over the run of rows that share this level of the chain. */
export type GroupLevel = 'object' | 'unit' | 'event';

const groupKey = (row: ListRow, level: GroupLevel) =>
  level === 'object' ? row.objectId : level === 'unit' ? row.unitId : row.eventId;

/** Per row: the rowspan of its cell at `level`, or 0 when the row above already covers it. */
export function rowSpans(rows: ListRow[], level: GroupLevel): number[] {
  const spans = rows.map(() => 0);
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || groupKey(rows[i]!, level) !== groupKey(rows[start]!, level)) {
      spans[start] = i - start;
      start = i;
    }
  }
  return spans;
}

export interface ListFilters {
  object: string;
  /** A grade, or 'none' for events not yet assessed. */
  grade: string;
  controlLevel: string;
  accidentType: string;
  category: string;
}
export type FilterName = keyof ListFilters;

/** The filters that mean something on each list (an emergency measure has no control level). */
export const FILTERS: Record<ListKind, FilterName[]> = {
  risk: ['object', 'grade', 'controlLevel', 'accidentType'],
  measures: ['object', 'grade', 'controlLevel', 'accidentType', 'category'],
  emergency: ['object', 'grade', 'accidentType'],
};

export function filtersFrom(kind: ListKind, params: URLSearchParams): ListFilters {
  const filters: ListFilters = {
    object: '',
    grade: '',
    controlLevel: '',
    accidentType: '',
    category: '',
  };
  for (const name of FILTERS[kind]) filters[name] = params.get(name)?.trim() ?? '';
  return filters;
}

/** The value a row is filtered on: 管控层级 is the measure's own on 管控措施清单, else the event's. */
function valueOf(row: ListRow, name: FilterName): string {
  switch (name) {
    case 'object':
      return row.objectId;
    case 'grade':
      return row.event.grade ?? 'none';
    case 'controlLevel':
      return (row.measure ? row.measure.controlLevel : row.event.controlLevel) ?? '';
    case 'accidentType':
      return row.event.accidentType;
    case 'category':
      return row.measure?.category ?? '';
  }
}

export function filterRows(rows: ListRow[], filters: ListFilters): ListRow[] {
  const active = (Object.keys(filters) as FilterName[]).filter((name) => filters[name] !== '');
  return rows.filter((row) => active.every((name) => valueOf(row, name) === filters[name]));
}

export interface FilterOption {
  value: string;
  /** Shown as is; grades and accident types are translated by the page from `value`. */
  label: string;
}

/** Only values the list actually has, in the domain's order, so no choice leads to nothing. */
export function filterOptions(kind: ListKind, rows: ListRow[]) {
  const present = (name: FilterName) => new Set(rows.map((row) => valueOf(row, name)));
  const ordered = (name: FilterName, order: readonly string[]): FilterOption[] => {
    const values = present(name);
    return order.filter((v) => values.has(v)).map((v) => ({ value: v, label: v }));
  };
  const objects = new Map(rows.map((row) => [row.objectId, row.object.name]));
  const options: Record<FilterName, FilterOption[]> = {
    object: [...objects].map(([value, label]) => ({ value, label })),
    grade: ordered('grade', ['red', 'orange', 'yellow', 'blue', 'none']),
    controlLevel: ordered('controlLevel', CONTROL_LEVELS),
    accidentType: ordered('accidentType', ACCIDENT_TYPES),
    category: ordered('category', MEASURE_CATEGORIES),
  };
  return FILTERS[kind].map((name) => ({ name, options: options[name] }));
}
