import {
  CUSTODY_ROLES,
  type CheckCycleUnit,
  type CustodyRole,
  type MajorHazardRow,
} from '@shuangfang/db';
import { CUSTODY_ROLE_LABELS } from '../../lib/chemical-labels.js';
import type { Settings } from '../jurisdictions/settings.defaults.js';
import { periodDto } from '../run-states/run-states.dto.js';
import type { PeriodRow } from '../run-states/run-states.repository.js';
import { CUSTODY_DUTIES } from './custody-duties.js';
import type { MajorHazardAction } from './major-hazards.access.js';
import type { CustodianRow } from './major-hazards.repository.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

const UNIT_NAMES: Record<CheckCycleUnit, string> = {
  hour: '小时',
  day: '天',
  week: '周',
  month: '月',
  quarter: '季度',
  year: '年',
};

/** "每季度1次", "每2周1次", and the 技术负责人's 节前 checks. */
export function cadenceText(role: CustodyRole, s: Pick<Settings, 'custodyCadence'>) {
  const { checkCycleUnit: unit, checkCycleCount: n } = s.custodyCadence[role];
  const base = n === 1 ? `每${UNIT_NAMES[unit]}1次` : `每${n}${UNIT_NAMES[unit]}1次`;
  return role === 'technical' ? `${base}，另在重大活动、重点时段和节假日前各1次` : base;
}

export const custodianDto = (c: CustodianRow) => ({
  userId: c.user_id,
  name: c.name,
  title: c.title,
  phone: c.phone,
  assignedAt: iso(c.assigned_at)!,
  endedAt: iso(c.ended_at),
});

export interface MajorHazardParts {
  objects: { id: string; name: string }[];
  custodians: CustodianRow[];
  period: PeriodRow | undefined;
  actions: MajorHazardAction[];
}

export function majorHazardDto(h: MajorHazardRow, parts: MajorHazardParts, s: Settings) {
  return {
    id: h.id,
    code: h.code,
    name: h.name,
    level: h.level,
    description: h.description,
    archivedAt: iso(h.archived_at),
    objects: parts.objects,
    custodians: CUSTODY_ROLES.map((role) => {
      const c = parts.custodians.find((x) => x.role === role);
      return {
        role,
        roleLabel: CUSTODY_ROLE_LABELS[role],
        custodian: c ? custodianDto(c) : null,
        cadence: cadenceText(role, s),
        duties: CUSTODY_DUTIES[role],
      };
    }),
    runState: parts.period ? periodDto(parts.period) : null,
    actions: parts.actions,
  };
}
