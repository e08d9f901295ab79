export { createApp, type AppType, type AppOptions } from './app.js';
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
// The demo history replays past hazard events through the same chain.
export { appendEvent as appendHazardEvent } from './modules/hazards/hazard-events.repository.js';
export { windowAt, windowsBetween, dayRange, chinaDate } from './modules/checks/check-windows.js';
