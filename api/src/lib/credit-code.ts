// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z);
// the 18th is a check character computed from the first 17 with fixed weights, modulo 31.

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) throw new Error(`invalid credit code character at ${i + 1}`);
    sum += value * (WEIGHTS[i] as number);
  }
  return ALPHABET[(31 - (sum % 31)) % 31] as string;
}

/** Why a credit code is invalid (in Chinese, for the user), or null when it is valid. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return `统一社会信用代码应为18位，实际为${code.length}位`;
  const bad = [...code].findIndex((ch) => !ALPHABET.includes(ch));
  if (bad >= 0) return `统一社会信用代码第${bad + 1}位字符“${code[bad]}”不合法`;
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) {
    return '统一社会信用代码校验位错误';
  }
  return null;
}

/** Completes 17 characters into a valid code (demo data and tests). */
export function withCheckCharacter(first17: string): string {
  return first17 + creditCodeCheckCharacter(first17);
}
