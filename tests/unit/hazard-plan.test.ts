import { describe, expect, it } from 'vitest';
import { confirmationProblems } from '../../api/src/modules/hazards/hazard-plan.js';

// What a confirmation needs (docs/domain.md section 2): nothing more for 一般/即查即改; the 五到位 for
// 限期整改; the 五到位 and four more fields for 重大, which is never 即查即改.

const NOW = new Date('2026-06-01T00:00:00Z');
const FIVE = {
  measures: '更换',
  responsiblePerson: '王工',
  funds: 0,
  deadline: '2026-06-10T00:00:00Z',
  contingencyPlan: '停用',
};
const EXTRAS = {
  currentSituation: '锈蚀',
  harmAnalysis: '较大',
  goal: '恢复',
  stoppage: '不停产' as const,
};
const paths = (issues: { path: string }[]) => issues.map((i) => i.path).sort();

describe('confirmationProblems', () => {
  it('asks nothing of 一般/即查即改', () => {
    expect(confirmationProblems('一般', '即查即改', undefined, NOW)).toEqual([]);
  });

  it('asks for the plan, then for each of the five, for 限期整改', () => {
    expect(paths(confirmationProblems('一般', '限期整改', undefined, NOW))).toEqual(['plan']);
    expect(paths(confirmationProblems('一般', '限期整改', {}, NOW))).toEqual([
      'plan.contingencyPlan',
      'plan.deadline',
      'plan.funds',
      'plan.measures',
      'plan.responsiblePerson',
    ]);
    expect(confirmationProblems('一般', '限期整改', FIVE, NOW)).toEqual([]);
  });

  it('accepts zero funds (a fix that costs nothing) but not a missing amount', () => {
    const { funds: _, ...noFunds } = FIVE;
    expect(paths(confirmationProblems('一般', '限期整改', noFunds, NOW))).toEqual(['plan.funds']);
  });

  it('asks 重大 for the four extra fields as well, and refuses 即查即改', () => {
    expect(paths(confirmationProblems('重大', '限期整改', FIVE, NOW))).toEqual([
      'plan.currentSituation',
      'plan.goal',
      'plan.harmAnalysis',
      'plan.stoppage',
    ]);
    expect(confirmationProblems('重大', '限期整改', { ...FIVE, ...EXTRAS }, NOW)).toEqual([]);
    expect(paths(confirmationProblems('重大', '即查即改', undefined, NOW))).toEqual(['manageType']);
  });

  it('refuses a deadline that is not in the future', () => {
    for (const deadline of ['2026-06-01T00:00:00Z', '2026-05-31T23:59:59Z'])
      expect(paths(confirmationProblems('一般', '限期整改', { ...FIVE, deadline }, NOW))).toEqual([
        'plan.deadline',
      ]);
  });
});
