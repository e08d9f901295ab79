import type { RiskColour } from '@shuangfang/db/enums';

// The score and grade an assessment will get, shown while the form is filled in. The API grades
// again on submit and its answer is the record (docs/domain.md section 1); the bands are the ones
// the API sends with the register, so both use the enterprise's jurisdiction's thresholds.

export interface Bands {
  red: number;
  orange: number;
  yellow: number;
}

/** At or above a band's floor is that band. */
function gradeOf(score: number, bands: Bands): RiskColour {
  if (score >= bands.red) return 'red';
  if (score >= bands.orange) return 'orange';
  if (score >= bands.yellow) return 'yellow';
  return 'blue';
}

/** LEC's D = L × E × C (rounded to hundredths, as the API does) or LS's R = L × S; null until
 *  every factor of the method is chosen. */
export function previewGrade(
  method: 'LEC' | 'LS',
  factors: (number | null)[],
  bands: { lec: Bands; ls: Bands },
): { score: number; grade: RiskColour } | null {
  if (factors.some((f) => f === null || Number.isNaN(f))) return null;
  const product = (factors as number[]).reduce((a, b) => a * b, 1);
  const score = Math.round(product * 100) / 100;
  return { score, grade: gradeOf(score, method === 'LEC' ? bands.lec : bands.ls) };
}
