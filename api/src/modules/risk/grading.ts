import type { ControlLevel, RiskColour } from '@shuangfang/db';

// Risk grading of docs/domain.md section 1. Only the listed values are valid inputs: each one is a
// defined verbal level of the method (e.g. LEC's L = 6 "相当可能"), not a number on a scale.

export const LEC_VALUES = {
  l: [10, 6, 3, 1, 0.5, 0.2, 0.1],
  e: [10, 6, 3, 2, 1, 0.5],
  c: [100, 40, 15, 7, 3, 1],
} as const;

export const LS_VALUES = { l: [1, 2, 3, 4, 5], s: [1, 2, 3, 4, 5] } as const;

interface Bands {
  red: number;
  orange: number;
  yellow: number;
}

/** The grade of a score: at or above a band's floor is that band. */
export function gradeOf(score: number, bands: Bands): RiskColour {
  if (score >= bands.red) return 'red';
  if (score >= bands.orange) return 'orange';
  if (score >= bands.yellow) return 'yellow';
  return 'blue';
}

// L × E × C of values like 0.1 and 0.2 is not exact in binary floating point (0.2 × 0.5 × 100 is
// 10.000000000000002): round to the hundredths the method is written in before comparing.
const round = (x: number) => Math.round(x * 100) / 100;

export function lecScore(inputs: { l: number; e: number; c: number }): number {
  return round(inputs.l * inputs.e * inputs.c);
}

export function lsScore(inputs: { l: number; s: number }): number {
  return inputs.l * inputs.s;
}

export type AssessmentInput =
  { method: 'LEC'; l: number; e: number; c: number } | { method: 'LS'; l: number; s: number };

/** Score and grade of an assessment against the jurisdiction's bands for its method. */
export function assess(input: AssessmentInput, bands: { lecBands: Bands; lsBands: Bands }) {
  if (input.method === 'LEC') {
    const inputs = { l: input.l, e: input.e, c: input.c };
    const score = lecScore(inputs);
    return { inputs, score, grade: gradeOf(score, bands.lecBands) };
  }
  const inputs = { l: input.l, s: input.s };
  const score = lsScore(inputs);
  return { inputs, score, grade: gradeOf(score, bands.lsBands) };
}

const ORDER: RiskColour[] = ['red', 'orange', 'yellow', 'blue'];

/** The highest of some grades (an object's colour from its events, an enterprise's from all). */
export function highestGrade(grades: (RiskColour | null)[]): RiskColour | null {
  for (const colour of ORDER) if (grades.includes(colour)) return colour;
  return null;
}

export function defaultControlLevel(
  grade: RiskColour,
  byGrade: Record<RiskColour, string>,
): ControlLevel {
  return byGrade[grade] as ControlLevel;
}
