import { HAZARD_SOURCES, type HazardSource } from '@shuangfang/db/enums';

// The hazard's fixed lists (docs/domain.md section 2) from the definition the database's CHECK
// constraints are built from; their labels are in the i18n catalogue under hazardStates,
// hazardSources, hazardKinds, hazardCategories, hazardGrades, manageTypes and stoppages.
export {
  HAZARD_CATEGORIES,
  HAZARD_GRADES,
  HAZARD_KINDS,
  HAZARD_MANAGE_TYPES,
  HAZARD_SOURCES,
  HAZARD_STATES,
  HAZARD_STOPPAGES,
} from '@shuangfang/db/enums';

/**
 * What an enterprise's managers may pick when registering: 监管检查 is the regulator's own
 * registration, 举报 arrives through a verified tip-off, and 管控措施失效 names the failed measure,
 * so it is opened from the check that failed.
 */
export const REGISTRABLE_SOURCES: readonly HazardSource[] = HAZARD_SOURCES.filter(
  (s) => s !== '监管检查' && s !== '举报' && s !== '管控措施失效',
);

const DAY = 86_400_000;

/** Whole days past the deadline, a started day counting as one (as the 台账 prints it). */
export function overdueDays(deadline: string | null, now = Date.now()): number {
  if (!deadline) return 0;
  return Math.max(1, Math.ceil((now - new Date(deadline).getTime()) / DAY));
}

/** A deadline typed as a date (YYYY-MM-DD) is the end of that day in China. */
export const endOfChinaDay = (date: string) => `${date}T23:59:59+08:00`;

/** The China date (YYYY-MM-DD) of an ISO time, for a date input's value. */
export const chinaDate = (iso: string | null) =>
  iso ? new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso)) : '';
