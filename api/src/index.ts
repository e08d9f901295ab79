export { createApp, type AppType, type AppOptions } from './app.js';
export { runSweeps, startSweeps } from './sweeps.js';
export { withCheckCharacter, creditCodeProblem } from './lib/credit-code.js';
export { hashPassword } from './auth/password.js';
export { createSession } from './auth/session-store.js';
export { SESSION_COOKIE } from './auth/cookie.js';
export { DEFAULT_SETTINGS } from './modules/jurisdictions/settings.defaults.js';
export {
  assess as gradeAssessment,
  defaultControlLevel,
  highestGrade,
  type AssessmentInput,
} from './modules/risk/grading.js';
// The demo history replays the past through the same code as the API: hazard events through the
// chain, repeat failures, and reports drafted, submitted and signed at their times.
export { appendEvent as appendHazardEvent } from './modules/hazards/hazard-events.repository.js';
export { flagRepeatFailure } from './modules/checks/repeat-failures.js';
export { draftEventReport } from './modules/reports/report-drafts.js';
export {
  draftPeriodic,
  insertAcknowledgement,
  submitLocked as submitReport,
} from './modules/reports/reports.service.js';
export { windowAt, windowsBetween, dayRange, chinaDate } from './modules/checks/check-windows.js';
// 双随机一公开: the demo replays its draws through the API's path; the dashboard counts overdue
// publications; anyone may recompute a published draw.
export { drawIn as drawInspectionPlan } from './modules/inspections/plans.service.js';
export { countOverduePublications } from './modules/inspections/inspections.service.js';
export { verifyDraw, type PublishedDraw } from './modules/inspections/draw.js';
export { workingDaysAfter } from './modules/reports/report-calendar.js';
