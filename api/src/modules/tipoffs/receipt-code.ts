import { createHash, randomBytes } from 'node:crypto';

// A tip-off's receipt code is the reporter's only key to it: 16 symbols of a 32-symbol alphabet
// without look-alikes (no I or O, no 0 or 1), i.e. 80 random bits, shown in groups of four
// (`K7QM-3WXE-9TPA-HN4R`) and typed back in any case, with or without dashes and spaces. The
// database keeps only its SHA-256, so a leaked table cannot be used to follow a reporter's tip-off.

const SYMBOLS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // 32: each random byte gives 5 bits
const LENGTH = 16;

export function generateReceiptCode(): string {
  const symbols = [...randomBytes(LENGTH)].map((byte) => SYMBOLS[byte >> 3]);
  return [0, 4, 8, 12].map((i) => symbols.slice(i, i + 4).join('')).join('-');
}

/** The code as typed, reduced to its 16 symbols; null when it cannot be a receipt code. */
export function normalizeReceiptCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== LENGTH) return null;
  return [...code].every((ch) => SYMBOLS.includes(ch)) ? code : null;
}

export function hashReceiptCode(normalized: string): string {
  return createHash('sha256').update(normalized).digest('hex');
}
