import type { CustodyRole } from '@shuangfang/db';
import { dayRange, windowAt, windowsBetween, type Window } from '../checks/check-windows.js';
import type { Settings } from '../jurisdictions/settings.defaults.js';

// The check windows of a 包保责任人 (docs/domain-chemicals.md section 2), computed like a control
// measure's (check-windows.ts), never stored: one window per period of the role's cadence, and
// for the 技术负责人 one more before each configured major event, key period or holiday — the
// `custodyKeyPeriodLeadDays` days before its first day.

export interface CustodyWindow extends Window {
  /** The key period a 节前 window is for; null for the role's regular windows. */
  keyPeriod: string | null;
}

type CustodySettings = Pick<
  Settings,
  'custodyCadence' | 'custodyKeyPeriods' | 'custodyKeyPeriodLeadDays'
>;

const DAY = 86_400_000;

export function cadenceOf(role: CustodyRole, s: CustodySettings) {
  const c = s.custodyCadence[role];
  return { unit: c.checkCycleUnit, count: c.checkCycleCount };
}

/** The 节前 windows of the key periods: [first day − lead days, first day). */
function keyPeriodWindows(s: CustodySettings): CustodyWindow[] {
  return s.custodyKeyPeriods.map((p) => {
    const end = dayRange(p.from).start;
    return {
      start: new Date(end.getTime() - s.custodyKeyPeriodLeadDays * DAY),
      end,
      keyPeriod: p.name,
    };
  });
}

/** The role's windows that overlap [from, to), oldest first. */
export function custodyWindowsBetween(
  role: CustodyRole,
  s: CustodySettings,
  from: Date,
  to: Date,
): CustodyWindow[] {
  const regular = windowsBetween(cadenceOf(role, s), from, to).map((w) => ({
    ...w,
    keyPeriod: null,
  }));
  const extra =
    role === 'technical' ? keyPeriodWindows(s).filter((w) => w.end > from && w.start < to) : [];
  return [...regular, ...extra].sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The role's windows whose last instant falls in [from, to): a month's tasks. */
export function custodyWindowsEndingIn(
  role: CustodyRole,
  s: CustodySettings,
  from: Date,
  to: Date,
): CustodyWindow[] {
  return custodyWindowsBetween(role, s, from, to).filter((w) => w.end > from && w.end <= to);
}

/** The regular window of the role that holds `at`. */
export const currentCustodyWindow = (role: CustodyRole, s: CustodySettings, at: Date) => ({
  ...windowAt(cadenceOf(role, s), at),
  keyPeriod: null,
});

/** The window of the role with exactly these bounds, or null when it has none. */
export function findCustodyWindow(
  role: CustodyRole,
  s: CustodySettings,
  start: Date,
  end: Date | undefined,
): CustodyWindow | null {
  const regular = windowAt(cadenceOf(role, s), start);
  if (
    regular.start.getTime() === start.getTime() &&
    (end === undefined || regular.end.getTime() === end.getTime())
  ) {
    return { ...regular, keyPeriod: null };
  }
  if (role !== 'technical') return null;
  return (
    keyPeriodWindows(s).find(
      (w) =>
        w.start.getTime() === start.getTime() &&
        (end === undefined || w.end.getTime() === end.getTime()),
    ) ?? null
  );
}
