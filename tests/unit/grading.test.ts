import { DEFAULT_SETTINGS } from '@shuangfang/api';
import { describe, expect, it } from 'vitest';
import {
  assess,
  defaultControlLevel,
  gradeOf,
  highestGrade,
  LEC_VALUES,
  lecScore,
  LS_VALUES,
  lsScore,
} from '../../api/src/modules/risk/grading.js';

// LEC and LS grading of docs/domain.md section 1, checked against an independent computation: every
// allowed value is written here in tenths (LEC) so that products and band floors compare as
// integers, with no floating point in the expected grade.

type Colour = 'red' | 'orange' | 'yellow' | 'blue';

/** The allowed values of docs/domain.md, in tenths: L 0.1 is 1, E 0.5 is 5, C is whole. */
const L_TENTHS = [100, 60, 30, 10, 5, 2, 1];
const E_TENTHS = [100, 60, 30, 20, 10, 5];
const C_WHOLE = [100, 40, 15, 7, 3, 1];
const LEC_BANDS = { red: 320, orange: 160, yellow: 70 };
const LS_BANDS = { red: 20, orange: 15, yellow: 9 };

/** D × 100 = (10 L) × (10 E) × C: an integer for every allowed combination. */
function expectedLecGrade(lTenths: number, eTenths: number, c: number): Colour {
  const d100 = lTenths * eTenths * c;
  if (d100 >= LEC_BANDS.red * 100) return 'red';
  if (d100 >= LEC_BANDS.orange * 100) return 'orange';
  if (d100 >= LEC_BANDS.yellow * 100) return 'yellow';
  return 'blue';
}

function expectedLsGrade(r: number): Colour {
  if (r >= 20) return 'red';
  if (r >= 15) return 'orange';
  if (r >= 9) return 'yellow';
  return 'blue';
}

const lecCombos = L_TENTHS.flatMap((l) =>
  E_TENTHS.flatMap((e) =>
    C_WHOLE.map((c) => ({
      l: l / 10,
      e: e / 10,
      c,
      d100: l * e * c,
      grade: expectedLecGrade(l, e, c),
    })),
  ),
);
const lsCombos = [1, 2, 3, 4, 5].flatMap((l) => [1, 2, 3, 4, 5].map((s) => ({ l, s })));

describe('the allowed values and default bands', () => {
  it('are those of docs/domain.md', () => {
    expect([...LEC_VALUES.l]).toEqual(L_TENTHS.map((v) => v / 10));
    expect([...LEC_VALUES.e]).toEqual(E_TENTHS.map((v) => v / 10));
    expect([...LEC_VALUES.c]).toEqual(C_WHOLE);
    expect([...LS_VALUES.l]).toEqual([1, 2, 3, 4, 5]);
    expect([...LS_VALUES.s]).toEqual([1, 2, 3, 4, 5]);
    expect(DEFAULT_SETTINGS.lecBands).toEqual(LEC_BANDS);
    expect(DEFAULT_SETTINGS.lsBands).toEqual(LS_BANDS);
  });
});

describe('LEC: D = L × E × C', () => {
  it('covers all 7 × 6 × 6 = 252 combinations', () => {
    expect(lecCombos).toHaveLength(252);
    expect(new Set(lecCombos.map(({ l, e, c }) => `${l}|${e}|${c}`)).size).toBe(252);
  });

  it.each(lecCombos)('L $l × E $e × C $c is $grade', ({ l, e, c, d100, grade }) => {
    const score = lecScore({ l, e, c });
    expect(score).toBe(d100 / 100); // exact: 0.2 × 0.5 × 100 is 10, not 10.000000000000002
    expect(gradeOf(score, LEC_BANDS)).toBe(grade);
    expect(assess({ method: 'LEC', l, e, c }, DEFAULT_SETTINGS)).toEqual({
      inputs: { l, e, c },
      score: d100 / 100,
      grade,
    });
  });

  it('reaches every grade among the allowed combinations', () => {
    const grades = new Set(
      lecCombos.map(({ l, e, c }) => gradeOf(lecScore({ l, e, c }), LEC_BANDS)),
    );
    expect([...grades].sort()).toEqual(['blue', 'orange', 'red', 'yellow']);
  });

  it.each([
    [320, 'red'],
    [319.99, 'orange'],
    [160, 'orange'],
    [159.99, 'yellow'],
    [70, 'yellow'],
    [69.99, 'blue'],
    [0.05, 'blue'],
    [10_000, 'red'],
  ] as const)('grades D = %s as %s, floors included', (score, grade) => {
    expect(gradeOf(score, LEC_BANDS)).toBe(grade);
  });

  it('puts the combinations that land on a floor in the band above', () => {
    // 1 × 10 × 7 = 70 and 10 × 1 × 7 = 70: exactly the yellow floor.
    expect(lecScore({ l: 1, e: 10, c: 7 })).toBe(70);
    expect(gradeOf(lecScore({ l: 1, e: 10, c: 7 }), LEC_BANDS)).toBe('yellow');
    expect(gradeOf(lecScore({ l: 10, e: 1, c: 7 }), LEC_BANDS)).toBe('yellow');
    // 6 × 6 × 7 = 252 (orange), 6 × 6 × 15 = 540 (red), 3 × 3 × 7 = 63 (blue).
    expect(gradeOf(lecScore({ l: 6, e: 6, c: 7 }), LEC_BANDS)).toBe('orange');
    expect(gradeOf(lecScore({ l: 6, e: 6, c: 15 }), LEC_BANDS)).toBe('red');
    expect(gradeOf(lecScore({ l: 3, e: 3, c: 7 }), LEC_BANDS)).toBe('blue');
  });
});

describe('LS: R = L × S', () => {
  it('covers all 5 × 5 = 25 combinations', () => {
    expect(lsCombos).toHaveLength(25);
  });

  it.each(lsCombos)('L $l × S $s', ({ l, s }) => {
    const score = lsScore({ l, s });
    expect(score).toBe(l * s);
    expect(gradeOf(score, LS_BANDS)).toBe(expectedLsGrade(l * s));
    expect(assess({ method: 'LS', l, s }, DEFAULT_SETTINGS)).toEqual({
      inputs: { l, s },
      score: l * s,
      grade: expectedLsGrade(l * s),
    });
  });

  it.each([
    [25, 'red'],
    [20, 'red'],
    [19, 'orange'],
    [15, 'orange'],
    [14, 'yellow'],
    [9, 'yellow'],
    [8, 'blue'],
    [1, 'blue'],
  ] as const)('grades R = %s as %s, floors included', (score, grade) => {
    expect(gradeOf(score, LS_BANDS)).toBe(grade);
  });
});

describe('gradeOf with a jurisdiction’s own bands', () => {
  const bands = { red: 200, orange: 100, yellow: 50 };

  it.each([
    [200, 'red'],
    [199.99, 'orange'],
    [100, 'orange'],
    [99.99, 'yellow'],
    [50, 'yellow'],
    [49.99, 'blue'],
  ] as const)('grades %s as %s', (score, grade) => {
    expect(gradeOf(score, bands)).toBe(grade);
  });

  it('grades an assessment with the bands it is given, for its own method only', () => {
    // 6 × 6 × 7 = 252: orange by default, red under a red floor of 200.
    const lecBands = bands;
    const lsBands = { red: 10, orange: 6, yellow: 3 };
    expect(assess({ method: 'LEC', l: 6, e: 6, c: 7 }, { lecBands, lsBands }).grade).toBe('red');
    expect(assess({ method: 'LEC', l: 6, e: 6, c: 7 }, DEFAULT_SETTINGS).grade).toBe('orange');
    expect(assess({ method: 'LS', l: 2, s: 5 }, { lecBands, lsBands }).grade).toBe('red');
    expect(assess({ method: 'LS', l: 2, s: 5 }, DEFAULT_SETTINGS).grade).toBe('yellow');
  });
});

describe('highestGrade', () => {
  it.each([
    [['blue', 'red', 'yellow'], 'red'],
    [['yellow', 'orange', 'blue'], 'orange'],
    [['blue', 'yellow', null], 'yellow'],
    [['blue', 'blue'], 'blue'],
    [[null, 'blue'], 'blue'],
    [[null, null], null],
    [[], null],
  ] as const)('of %j is %s', (grades, highest) => {
    expect(highestGrade([...grades])).toBe(highest);
  });
});

describe('defaultControlLevel', () => {
  it('follows the configured level of each grade', () => {
    const byGrade = DEFAULT_SETTINGS.controlLevelByGrade;
    expect(defaultControlLevel('red', byGrade)).toBe('公司级');
    expect(defaultControlLevel('orange', byGrade)).toBe('部门级');
    expect(defaultControlLevel('yellow', byGrade)).toBe('车间级');
    expect(defaultControlLevel('blue', byGrade)).toBe('班组级');
    expect(defaultControlLevel('blue', { ...byGrade, blue: '岗位级' })).toBe('岗位级');
  });
});
