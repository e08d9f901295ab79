import {
  INDUSTRIES,
  RISK_COLOURS,
  STANDARDIZATION_LEVELS,
  type Industry,
  type StandardizationLevel,
} from '@shuangfang/db';
import type { Figures } from './dashboard.schemas.js';

// The counters of one bucket (a child jurisdiction, or the jurisdiction's own rows), summed into
// the total, and turned into the figures the API answers.

export interface Counts {
  enterprises: number;
  industry: Record<string, number>;
  risk: Record<string, number>;
  level: Record<string, number>;
  blacklisted: number;
  open: number;
  overdue: number;
  majorOpen: number;
  closed: number;
  supervised: number;
  due: number;
  late: number;
  unacknowledged: number;
  expiring: number;
  overduePublications: number;
}

export const emptyCounts = (): Counts => ({
  enterprises: 0,
  industry: {},
  risk: {},
  level: {},
  blacklisted: 0,
  open: 0,
  overdue: 0,
  majorOpen: 0,
  closed: 0,
  supervised: 0,
  due: 0,
  late: 0,
  unacknowledged: 0,
  expiring: 0,
  overduePublications: 0,
});

const addTo = (into: Record<string, number>, key: string, n: number) => {
  into[key] = (into[key] ?? 0) + n;
};

export function addCounts(into: Counts, from: Counts) {
  for (const key of ['industry', 'risk', 'level'] as const) {
    for (const [k, n] of Object.entries(from[key])) addTo(into[key], k, n);
  }
  for (const key of Object.keys(into) as (keyof Counts)[]) {
    const value = from[key];
    if (typeof value === 'number') (into[key] as number) += value;
  }
}

/** One row of dashboard_enterprises: every enterprise has one industry, so that dimension also
 * gives the total. */
export function addEnterprises(c: Counts, dimension: string, value: string, n: number) {
  if (dimension === 'industry') {
    c.enterprises += n;
    addTo(c.industry, value, n);
  } else if (dimension === 'risk_level') {
    addTo(c.risk, value || 'unassessed', n);
  } else if (dimension === 'standardization_level') {
    addTo(c.level, value, n);
  } else if (dimension === 'credit_status' && value === 'blacklisted') {
    c.blacklisted += n;
  }
}

export function toFigures(c: Counts): Figures {
  const rectified = c.closed + c.open;
  return {
    enterprises: {
      total: c.enterprises,
      byIndustry: INDUSTRIES.map((industry: Industry) => ({
        industry,
        count: c.industry[industry] ?? 0,
      })),
      byRiskColour: {
        ...(Object.fromEntries(RISK_COLOURS.map((r) => [r, c.risk[r] ?? 0])) as Record<
          (typeof RISK_COLOURS)[number],
          number
        >),
        unassessed: c.risk.unassessed ?? 0,
      },
    },
    hazards: {
      open: c.open,
      overdue: c.overdue,
      majorOpen: c.majorOpen,
      closedInPeriod: c.closed,
      rectificationRate:
        rectified === 0 ? null : Math.round((c.closed / rectified) * 10_000) / 10_000,
    },
    supervisedMajorHazards: c.supervised,
    reports: { due: c.due, late: c.late, unacknowledged: c.unacknowledged },
    standardization: {
      byLevel: [
        ...STANDARDIZATION_LEVELS.map((level: StandardizationLevel) => ({
          level,
          count: c.level[level] ?? 0,
        })),
        { level: null, count: c.level[''] ?? 0 },
      ],
      expiringWithin90Days: c.expiring,
    },
    blacklisted: c.blacklisted,
    inspections: { overduePublications: c.overduePublications },
  };
}
