import type { GasKind, GasReading, GasUnit, PermitType } from '@shuangfang/db';

// Judging a gas sample against GB 30871-2022 (docs/domain-chemicals.md section 5). Pure: a
// reading is judged when it is recorded, and the limit it was judged by is kept with it.
//   flammable  LEL ≥ 4 % → ≤ 0.5 %VOL; LEL < 4 % → ≤ 0.2 %VOL (5.3.2, also 6.4 c and 10.1)
//   oxygen     confined spaces and deep excavations: 19.5–21 %VOL, ≤ 23.5 where oxygen-enriched
//              (6.4 a); hot work on oxygen equipment: ≤ 23.5 %VOL (5.2.7)
//   toxic      ≤ the GBZ 2.1 occupational limit, which the analyst states (6.4 b)

export interface ReadingInput {
  gas: string;
  kind: GasKind;
  value: number;
  unit: GasUnit;
  lel?: number;
  exposureLimit?: number;
}

export interface Problem {
  path: string;
  message: string;
}

type Result = { reading: GasReading } | { problem: Problem };

export function judgeReading(
  r: ReadingInput,
  type: PermitType,
  details: Record<string, unknown>,
  path: string,
): Result {
  const base = { gas: r.gas, kind: r.kind, value: r.value, unit: r.unit };
  if (r.kind !== 'toxic' && r.unit !== '%VOL') {
    return { problem: { path: `${path}.unit`, message: '可燃气体和氧气以 %VOL（体积分数）计' } };
  }
  switch (r.kind) {
    case 'flammable': {
      if (r.lel === undefined) {
        return { problem: { path: `${path}.lel`, message: '可燃气体须填写其爆炸下限（%VOL）' } };
      }
      const limit = r.lel >= 4 ? 0.5 : 0.2;
      return {
        reading: {
          ...base,
          lel: r.lel,
          limit: `≤ ${limit} %VOL（爆炸下限${r.lel >= 4 ? '≥' : '<'}4%）`,
          passed: r.value <= limit,
        },
      };
    }
    case 'oxygen': {
      if (type === 'hot_work') {
        return {
          reading: { ...base, lel: null, limit: '≤ 23.5 %VOL', passed: r.value <= 23.5 },
        };
      }
      const max = details.oxygenEnriched === true ? 23.5 : 21;
      return {
        reading: {
          ...base,
          lel: null,
          limit: `19.5～${max} %VOL`,
          passed: r.value >= 19.5 && r.value <= max,
        },
      };
    }
    case 'toxic': {
      if (r.exposureLimit === undefined) {
        return {
          problem: {
            path: `${path}.exposureLimit`,
            message: '有毒气体须填写 GBZ 2.1 规定的接触限值',
          },
        };
      }
      return {
        reading: {
          ...base,
          lel: null,
          limit: `≤ ${r.exposureLimit} ${r.unit}（GBZ 2.1）`,
          passed: r.value <= r.exposureLimit,
        },
      };
    }
  }
}

/** What a sample must measure for the type; null when it does. */
export function missingReading(
  readings: readonly { kind: GasKind }[],
  type: PermitType,
  details: Record<string, unknown>,
): string | null {
  const has = (k: GasKind) => readings.some((r) => r.kind === k);
  if (type === 'confined_space' || type === 'excavation') {
    return has('oxygen') ? null : '受限空间（及按受限空间管理的动土）须检测氧含量';
  }
  if (type === 'hot_work') {
    if (details.oxygenEquipment === true && !has('oxygen')) {
      return '在氧气设备上动火须检测设备内氧含量';
    }
    return has('flammable') || has('oxygen') ? null : '动火分析须检测可燃气体（或蒸气）';
  }
  if (type === 'temporary_power') return has('flammable') ? null : '须检测可燃气体';
  return null;
}
