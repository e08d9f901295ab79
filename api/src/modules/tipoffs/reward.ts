import type { Settings } from '../jurisdictions/settings.defaults.js';

// 《安全生产领域举报奖励办法》(2018) art. 13: the reward is a share of the fine the tip-off led to
// (15%), at least ¥3,000 and at most ¥300,000 — the rate and bounds come from the enterprise's
// jurisdiction settings (`tipoffReward`). Money is counted in fen (分) as integers; the rate is
// applied in basis points so that 15% of 12,345.67 yuan is 1,851.85 yuan, not a float's guess.

type RewardRule = Settings['tipoffReward'];

export function rewardFen(fineFen: number, rule: RewardRule): number {
  const basisPoints = BigInt(Math.round(rule.rate * 10_000));
  // Half a fen and up rounds up; BigInt, as a large fine times the basis points passes 2^53.
  const share = Number((BigInt(fineFen) * basisPoints + 5_000n) / 10_000n);
  const min = Math.round(rule.min * 100);
  const max = Math.round(rule.max * 100);
  return Math.min(Math.max(share, min), max);
}

/** "12345.6" → 1234560; null when it is not an amount of yuan with at most two decimals. */
export function yuanToFen(yuan: string): number | null {
  const match = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 1234560 → "12345.60" */
export function fenToYuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
