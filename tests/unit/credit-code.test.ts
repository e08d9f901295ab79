import { creditCodeProblem, withCheckCharacter } from '@shuangfang/api';
import { canonicalCreditCode } from '../../api/src/lib/credit-code.js';
import { describe, expect, it } from 'vitest';

describe('统一社会信用代码 (GB 32100 check character)', () => {
  it('accepts the worked example of the standard', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
  });

  it('computes the check character, including 0 when the remainder is 0', () => {
    expect(withCheckCharacter('91350100M000100Y4')).toBe('91350100M000100Y43');
    const codes = Array.from({ length: 200 }, (_, i) =>
      withCheckCharacter(`9136073500000${String(i).padStart(4, '0')}`),
    );
    for (const code of codes) expect(creditCodeProblem(code)).toBeNull();
  });

  it('refuses a wrong check character', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('统一社会信用代码校验位错误');
  });

  it('refuses a wrong length', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toMatch(/应为18位，实际为17位/);
    expect(creditCodeProblem('91350100M000100Y433')).toMatch(/实际为19位/);
    expect(creditCodeProblem('')).toMatch(/实际为0位/);
  });

  it('refuses characters outside the alphabet (I, O, S, V, Z, lower case)', () => {
    expect(creditCodeProblem('91350100M000100I43')).toMatch(/第16位字符“I”不合法/);
    expect(creditCodeProblem('91350100m000100Y43')).toMatch(/第9位/);
  });
});

describe('统一社会信用代码 (GB 32100 structure)', () => {
  it('accepts each registration authority with the entity types it gives', () => {
    for (const pair of [
      '11',
      '12',
      '13',
      '19',
      '21',
      '35',
      '51',
      '53',
      '62',
      '72',
      '81',
      '91',
      '92',
      '93',
      'A1',
      'N3',
      'Y1',
    ]) {
      expect(creditCodeProblem(withCheckCharacter(`${pair}360735MA0000001`)), pair).toBeNull();
    }
  });

  it('refuses a pair GB 32100 does not define, naming the position', () => {
    expect(creditCodeProblem(withCheckCharacter('B1360735MA0000001'))).toMatch(/第1位“B”不是/);
    for (const pair of ['94', '99', '22', '36', 'Y2', 'A2', '10']) {
      expect(creditCodeProblem(withCheckCharacter(`${pair}360735MA0000001`)), pair).toMatch(
        /第2位/,
      );
    }
  });

  it('needs a real province in positions 3–8, or the national 100000', () => {
    expect(creditCodeProblem(withCheckCharacter('91110105MA0000001'))).toBeNull();
    expect(creditCodeProblem(withCheckCharacter('91820000MA0000001'))).toBeNull();
    expect(creditCodeProblem('91100000100003962T')).toBeNull();
    for (const division of ['990735', '000000', '193000', '100100', '3607A5']) {
      expect(creditCodeProblem(withCheckCharacter(`91${division}MA0000001`)), division).toMatch(
        /第3—8位/,
      );
    }
  });

  it('is canonicalised from lower case and surrounding spaces before it is checked', () => {
    expect(canonicalCreditCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(creditCodeProblem(canonicalCreditCode('91350100m000100y43'))).toBeNull();
  });
});
