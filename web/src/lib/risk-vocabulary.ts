// The fixed lists come from the one definition the database's CHECK constraints are built from
// (db/src/enums.ts has no imports, so it bundles into the browser code as it is).
export {
  ACCIDENT_TYPES,
  CHECK_CYCLE_UNITS,
  CONTROL_LEVELS,
  MEASURE_CATEGORIES,
} from '@shuangfang/db/enums';

// Each allowed value of a method is a defined verbal level; `key` names its text in the catalogue.
export const LEC_L = [
  { value: 10, key: 'v10' },
  { value: 6, key: 'v6' },
  { value: 3, key: 'v3' },
  { value: 1, key: 'v1' },
  { value: 0.5, key: 'v0_5' },
  { value: 0.2, key: 'v0_2' },
  { value: 0.1, key: 'v0_1' },
] as const;
export const LEC_E = [
  { value: 10, key: 'v10' },
  { value: 6, key: 'v6' },
  { value: 3, key: 'v3' },
  { value: 2, key: 'v2' },
  { value: 1, key: 'v1' },
  { value: 0.5, key: 'v0_5' },
] as const;
export const LEC_C = [
  { value: 100, key: 'v100' },
  { value: 40, key: 'v40' },
  { value: 15, key: 'v15' },
  { value: 7, key: 'v7' },
  { value: 3, key: 'v3' },
  { value: 1, key: 'v1' },
] as const;
export const LS_VALUES = [1, 2, 3, 4, 5] as const;

/** The map's fill colours, one per grade (四色图). */
export const MAP_COLOURS = {
  red: '#e02020',
  orange: '#f7931e',
  yellow: '#f5d90a',
  blue: '#1e6fd9',
} as const;
