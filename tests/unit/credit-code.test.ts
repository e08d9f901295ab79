import { creditCodeProblem, withCheckCharacter } from '@shuangfang/api';
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
