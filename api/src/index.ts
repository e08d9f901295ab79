export { createApp, openApiDocument, type AppType, type AppOptions } from './app.js';
export { runSweeps } from './sweeps.js';
export { startSweeps, sweepIfDue, runnerName } from './sweep-schedule.js';
export { configFromEnv, type AppConfig } from './config.js';
export { clientAddressOf, trustedProxies } from './lib/trusted-proxies.js';
export { sweepBlacklist } from './modules/blacklist/blacklist.sweep.js';
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
// dashboard: the scale generator recomputes the roll-ups after a bulk load.
export {
  refreshDashboardRollups,
  rollDashboardDay,
} from './modules/dashboard/dashboard-rollups.js';
// 安全生产标准化 at supplied times (the demo history and tests of the 公示 period and expiry).
export { actingAs } from './modules/standardization/acting-as.js';
export { move as moveStandardizationApplication } from './modules/standardization/applications.service.js';
// The demo's blacklist entries are made through the procedure itself, at past times.
export {
  propose as proposeBlacklistEntry,
  notify as notifyBlacklistEntry,
  list as listBlacklistEntry,
} from './modules/blacklist/blacklist.service.js';
// tipoffs: the demo files and triages tip-offs through the same creation path and rules.
export { registerIn as registerHazardIn } from './modules/hazards/hazards.service.js';
export { hashReceiptCode, normalizeReceiptCode } from './modules/tipoffs/receipt-code.js';
export { rewardFen } from './modules/tipoffs/reward.js';
// 双随机一公开: the demo replays its draws through the API's path.
export { drawIn as drawInspectionPlan } from './modules/inspections/plans.service.js';
export { workingDaysAfter } from './modules/reports/report-calendar.js';
// 重大事故隐患判定标准: the demo links its hazards to items named by standard and number.
export { itemByNumber as findCriterionItem } from './modules/criteria/criteria-link.js';
// 危险化学品 duties at supplied times (the demo's week of commitments and permits, and tests of
// the deadline): the same services as the API.
export {
  create as createMajorHazard,
  assignCustodian,
} from './modules/major-hazards/major-hazards.service.js';
export { setState as setRunState } from './modules/run-states/run-states.service.js';
export { recordCustody } from './modules/checks/custody-records.service.js';
export { recordPrestart } from './modules/checks/prestart-records.service.js';
export { assign as assignDuty } from './modules/duties/duties.service.js';
export { apply as applyForPermit } from './modules/work-permits/permits.service.js';
export { approvalChain, gasRequired } from './modules/work-permits/permit-rules.js';
export * as permitMoves from './modules/work-permits/permit-moves.service.js';
export {
  publish as publishCommitment,
  issueScreenLink as issueGateScreenLink,
} from './modules/commitments/commitments.service.js';
export { status as commitmentStatus } from './modules/commitments/commitments-subtree.service.js';
// Reminders: tests drive the delivery worker and the calendar's sweep at supplied times, and a
// webhook receiver checks our signature the way an integrator would.
export {
  runDeliveryStep,
  deliverDue,
  composeDigests,
  backoffMs,
  MAX_ATTEMPTS,
  startDeliveryWorker,
} from './modules/deliveries/delivery-worker.js';
export { fanOut } from './modules/deliveries/fan-out.js';
export { sweepDeliveryHistory } from './modules/deliveries/deliveries.sweep.js';
export { deliveryDeps } from './modules/deliveries/senders.js';
export { dingtalkSign, verifyWebhookSignature } from './modules/deliveries/signatures.js';
export { produceReminders } from './modules/notifications/reminders.sweep.js';
export { emit as emitNotification } from './modules/notifications/outbox.js';
export * as notificationEvents from './modules/notifications/notification-events.js';
