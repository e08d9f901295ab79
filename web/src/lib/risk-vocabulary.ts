import type { AccidentType, ControlLevel } from './risk-types';

// Lists for the risk forms' <select>s, mirroring @shuangfang/db/enums and the API's grading
// (which the browser cannot import); the `Exact` check fails the typecheck if they drift.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;

export const ACCIDENT_TYPES = [
  '物体打击',
  '车辆伤害',
  '机械伤害',
  '起重伤害',
  '触电',
  '淹溺',
  '灼烫',
  '火灾',
  '高处坠落',
  '坍塌',
  '冒顶片帮',
  '透水',
  '放炮',
  '火药爆炸',
  '瓦斯爆炸',
  '锅炉爆炸',
  '容器爆炸',
  '其他爆炸',
  '中毒和窒息',
  '其他伤害',
] as const;
export const CONTROL_LEVELS = ['公司级', '部门级', '车间级', '班组级', '岗位级'] as const;

export const riskVocabularyMatches: [
  Exact<(typeof ACCIDENT_TYPES)[number], AccidentType>,
  Exact<(typeof CONTROL_LEVELS)[number], ControlLevel>,
] = [true, true];

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
