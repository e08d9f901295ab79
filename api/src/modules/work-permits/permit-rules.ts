import type { PermitChainEntry, PermitLevel, PermitType } from '@shuangfang/db';
import type { Settings } from '../jurisdictions/settings.defaults.js';

// The fixed rules of GB 30871-2022 for 特殊作业票 (docs/domain-chemicals.md section 5): levels,
// how long a permit of each level may be valid, who signs in what order, when gas must be
// analysed and how fresh the analysis must be. Pure: the services and the tests read them here.

const HOUR = 3_600_000;

/** 编号 prefixes: the pinyin initials of the type (动火 DH, 受限空间 SX, …). */
export const PERMIT_PREFIX: Record<PermitType, string> = {
  hot_work: 'DH',
  confined_space: 'SX',
  blind_plate: 'MB',
  work_at_height: 'GC',
  lifting: 'DZ',
  temporary_power: 'LD',
  excavation: 'DT',
  road_closure: 'DL',
};

/** The longest validity the standard allows, in hours (5.1.5, 6.10, 8.2.11, 10.8). */
export function maxValidityHours(
  type: PermitType,
  level: PermitLevel | null,
  s: Pick<Settings, 'unregulatedPermitValidityHours'>,
  extended = false,
): number | null {
  switch (type) {
    case 'hot_work':
      return level === 'hot_2' ? 72 : 8;
    case 'confined_space':
      return 24;
    case 'work_at_height':
      return 7 * 24;
    case 'temporary_power':
      // 一般不超过 15 天，特殊情况不超过 30 天: the longer only by an extension with its reason.
      return (extended ? 30 : 15) * 24;
    default:
      return s.unregulatedPermitValidityHours[type];
  }
}

export const HEIGHT_FACTORS = [
  'gust_wind',
  'low_temperature',
  'cold_water',
  'slippery',
  'poor_light',
  'live_conductor',
  'unstable_footing',
  'toxic_or_low_oxygen',
  'disaster_environment',
] as const;
export type HeightFactor = (typeof HEIGHT_FACTORS)[number];

export const HEIGHT_FACTOR_LABELS: Record<HeightFactor, string> = {
  gust_wind: '阵风风力五级（8.0 m/s）以上',
  low_temperature: '平均气温等于或低于5℃',
  cold_water: '接触冷水温度等于或低于12℃',
  slippery: '作业场地有冰、雪、霜、油、水等易滑物',
  poor_light: '光线不足或能见度差',
  live_conductor: '与危险电压带电体的距离小于规定',
  unstable_footing: '摆动，立足处不是平面或只有很小的平面',
  toxic_or_low_oxygen: '存在有毒气体或含氧量低于19.5%',
  disaster_environment: '可能引起灾害事故的作业环境或抢救灾害事故',
};

/** 高处作业分级 (8.1, table 2): height band, then method A (no objective factor) or B. */
export function heightLevel(heightM: number, factors: readonly HeightFactor[]): PermitLevel {
  const band = heightM <= 5 ? 0 : heightM <= 15 ? 1 : heightM <= 30 ? 2 : 3;
  const levels: PermitLevel[] = ['height_1', 'height_2', 'height_3', 'height_4'];
  return levels[Math.min(band + (factors.length > 0 ? 1 : 0), 3)]!;
}

/** 吊装作业分级 (9.1) by the load's mass in tonnes. */
export function liftingLevel(tonnes: number): PermitLevel {
  if (tonnes > 100) return 'lifting_1';
  return tonnes >= 40 ? 'lifting_2' : 'lifting_3';
}

const LEADER: PermitChainEntry = { role: 'work_leader', label: '作业负责人意见' };
const UNIT: PermitChainEntry = { role: 'unit_head', label: '所在单位意见' };
const SPECIALTY_APPROVES: PermitChainEntry = {
  role: 'specialty_dept',
  label: '审批部门意见（所在单位专业部门）',
};
const SPECIALTY_REVIEWS: PermitChainEntry = { role: 'specialty_dept', label: '审核部门意见' };
const PLANT_APPROVES: PermitChainEntry = {
  role: 'plant_leader',
  label: '审批部门意见（主管厂长或总工程师）',
};

/**
 * The signatures before work may start, in order (appendix A's signature lines, with the
 * approving department of table B.1 last).
 */
export function approvalChain(type: PermitType, level: PermitLevel | null): PermitChainEntry[] {
  switch (type) {
    case 'hot_work':
      if (level === 'hot_special') {
        return [
          LEADER,
          UNIT,
          { role: 'safety_dept', label: '安全管理部门意见' },
          { role: 'plant_leader', label: '动火审批人意见（主管领导）' },
        ];
      }
      if (level === 'hot_1') {
        return [LEADER, UNIT, { role: 'safety_dept', label: '安全管理部门意见（动火审批人）' }];
      }
      return [LEADER, { role: 'unit_head', label: '所在单位意见（动火审批人）' }];
    case 'confined_space':
    case 'blind_plate':
      return [LEADER, { role: 'unit_head', label: '所在单位意见（审批）' }];
    case 'work_at_height':
      if (level === 'height_1')
        return [LEADER, { role: 'unit_head', label: '所在单位意见（审批）' }];
      if (level === 'height_4') return [LEADER, UNIT, SPECIALTY_REVIEWS, PLANT_APPROVES];
      return [LEADER, UNIT, SPECIALTY_APPROVES];
    case 'lifting': {
      const commander: PermitChainEntry = { role: 'work_leader', label: '作业指挥意见' };
      if (level === 'lifting_1') return [commander, UNIT, SPECIALTY_REVIEWS, PLANT_APPROVES];
      return [commander, UNIT, SPECIALTY_APPROVES];
    }
    case 'temporary_power':
      return [
        LEADER,
        { role: 'unit_head', label: '用电单位意见' },
        { role: 'power_supplier', label: '配送电单位意见（审批）' },
      ];
    case 'excavation':
      return [
        LEADER,
        UNIT,
        { role: 'co_signer', label: '水、电、汽、工艺、设备、消防、安全等部门会签意见' },
        SPECIALTY_APPROVES,
      ];
    case 'road_closure':
      return [
        LEADER,
        UNIT,
        { role: 'co_signer', label: '消防、安全管理部门意见' },
        SPECIALTY_APPROVES,
      ];
  }
}

/** Where the standard requires a gas analysis before work (5.3, 6.3, 10.1, 11.10). */
export function gasRequired(type: PermitType, details: Record<string, unknown>): boolean {
  switch (type) {
    case 'hot_work':
    case 'confined_space':
      return true;
    case 'temporary_power':
      return details.hazardousArea === true;
    case 'excavation':
      // Deeper than 1.2 m in a hazardous area: the confined-space rules apply.
      return details.hazardousArea === true && Number(details.depthM) > 1.2;
    default:
      return false;
  }
}

/** A sample taken longer before the start than this does not count (5.3.1 c, 6.3 a). */
export const GAS_FRESH_MS = 30 * 60_000;

/** An interruption longer than this needs a new analysis before resuming (5.3.1 d, 6.3 f). */
export function reanalysisAfterMs(type: PermitType, level: PermitLevel | null): number {
  if (type === 'hot_work' && level !== 'hot_2') return 30 * 60_000;
  return 60 * 60_000;
}

/** While in progress, how often the gas must be recorded again; null: not required. */
export function monitoringIntervalMs(type: PermitType, details: Record<string, unknown>) {
  // 受限空间: continuous detection, recorded every 2 h (6.5); so too a deep excavation (11.10).
  if (type === 'confined_space' || (type === 'excavation' && gasRequired(type, details))) {
    return 2 * HOUR;
  }
  return null;
}

/** Types with a level the applicant may not choose: it follows from the height or the mass. */
export function levelOf(type: PermitType, details: Record<string, unknown>): PermitLevel | null {
  switch (type) {
    case 'hot_work':
      return details.level as PermitLevel;
    case 'work_at_height':
      return heightLevel(
        Number(details.heightM),
        (details.objectiveFactors ?? []) as HeightFactor[],
      );
    case 'lifting':
      return liftingLevel(Number(details.loadTonnes));
    default:
      return null;
  }
}
