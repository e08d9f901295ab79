import type { Kysely, Transaction } from 'kysely';
import type { AgencyTable } from './tables/agency.table.js';
import type { BlacklistRepairTable } from './tables/blacklist-repair.table.js';
import type { CertificateReviewTable } from './tables/certificate-review.table.js';
import type { CheckRecordTable, UploadTable } from './tables/check.table.js';
import type { EnterpriseTable } from './tables/enterprise.table.js';
import type {
  HazardChainHeadTable,
  HazardEventTable,
  HazardExtensionTable,
  HazardTable,
} from './tables/hazard.table.js';
import type { ReportAcknowledgementTable, ReportTable } from './tables/report.table.js';
import type {
  BlacklistEntryTable,
  BlacklistEventTable,
  HazardSupervisionTable,
  JurisdictionSettingChangeTable,
  StandardizationApplicationTable,
  StandardizationCertificateTable,
} from './tables/regulator.table.js';
import type { JurisdictionSettingTable, JurisdictionTable } from './tables/jurisdiction.table.js';
import type {
  ControlMeasureTable,
  EmergencyMeasureTable,
  PositionTable,
  PositionUnitTable,
  PositionWorkerTable,
  SitePlanTable,
  BoardLinkTable,
  RiskAssessmentTable,
  RiskEventTable,
  RiskObjectTable,
  RiskUnitTable,
} from './tables/risk.table.js';
import type {
  DashboardClosedHazardsTable,
  DashboardEnterprisesTable,
  DashboardOpenHazardsTable,
  DashboardEnterpriseQuartersTable,
  DashboardHazardDaysTable,
  DashboardReportsTable,
  DashboardRolloverTable,
  DashboardStatisticsReportsTable,
} from './tables/dashboard.table.js';
import type { MembershipTable, SessionTable, UserTable } from './tables/user.table.js';
import type { RateLimitTable, SweepRunTable } from './tables/cluster.table.js';
// tipoffs
import type { TipoffPhotoTable, TipoffTable } from './tables/tipoff.table.js';
// 双随机一公开 inspections
import type {
  InspectionDrawTable,
  InspectionItemTable,
  InspectionPlanTable,
  InspectionTable,
  InspectorConflictTable,
  InspectorTable,
} from './tables/inspection.table.js';
// 重大事故隐患判定标准 and the check-item library
import type {
  CheckItemTable,
  CriteriaItemTable,
  CriteriaItemVersionTable,
  CriteriaStandardTable,
  MeasureCheckItemTable,
} from './tables/criteria.table.js';
// 危险化学品 duties
import type {
  DutyAssignmentTable,
  GateScreenLinkTable,
  MajorHazardCustodianTable,
  MajorHazardObjectTable,
  MajorHazardTable,
  RiskCommitmentTable,
  RunStateTable,
  WorkPermitGasTable,
  WorkPermitMeasureTable,
  WorkPermitStepTable,
  WorkPermitTable,
} from './tables/chemicals.table.js';
import type { IdempotencyKeyTable } from './tables/idempotency.table.js';
import type {
  NotificationAttemptTable,
  NotificationChannelTable,
  NotificationDeliveryTable,
  NotificationOutboxTable,
  NotificationPreferenceTable,
  NotificationScheduleTable,
} from './tables/notification.table.js';

export interface Database {
  jurisdiction: JurisdictionTable;
  jurisdiction_setting: JurisdictionSettingTable;
  agency: AgencyTable;
  enterprise: EnterpriseTable;
  app_user: UserTable;
  membership: MembershipTable;
  session: SessionTable;
  risk_object: RiskObjectTable;
  risk_unit: RiskUnitTable;
  risk_event: RiskEventTable;
  risk_assessment: RiskAssessmentTable;
  control_measure: ControlMeasureTable;
  emergency_measure: EmergencyMeasureTable;
  position: PositionTable;
  position_unit: PositionUnitTable;
  position_worker: PositionWorkerTable;
  site_plan: SitePlanTable;
  board_link: BoardLinkTable;
  hazard: HazardTable;
  hazard_extension: HazardExtensionTable;
  hazard_event: HazardEventTable;
  hazard_chain_head: HazardChainHeadTable;
  upload: UploadTable;
  check_record: CheckRecordTable;
  report: ReportTable;
  report_acknowledgement: ReportAcknowledgementTable;
  jurisdiction_setting_change: JurisdictionSettingChangeTable;
  hazard_supervision: HazardSupervisionTable;
  standardization_application: StandardizationApplicationTable;
  standardization_certificate: StandardizationCertificateTable;
  certificate_review: CertificateReviewTable;
  blacklist_entry: BlacklistEntryTable;
  blacklist_event: BlacklistEventTable;
  dashboard_open_hazards: DashboardOpenHazardsTable;
  dashboard_closed_hazards: DashboardClosedHazardsTable;
  dashboard_enterprises: DashboardEnterprisesTable;
  dashboard_reports: DashboardReportsTable;
  dashboard_rollover: DashboardRolloverTable;
  dashboard_enterprise_quarters: DashboardEnterpriseQuartersTable;
  dashboard_statistics_reports: DashboardStatisticsReportsTable;
  dashboard_hazard_days: DashboardHazardDaysTable;
  blacklist_repair: BlacklistRepairTable;
  // tipoffs
  tipoff: TipoffTable;
  tipoff_photo: TipoffPhotoTable;
  // 双随机一公开 inspections
  inspector: InspectorTable;
  inspector_conflict: InspectorConflictTable;
  inspection_item: InspectionItemTable;
  inspection_plan: InspectionPlanTable;
  inspection_draw: InspectionDrawTable;
  inspection: InspectionTable;
  // shared by the app processes
  rate_limit: RateLimitTable;
  sweep_run: SweepRunTable;
  // 重大事故隐患判定标准 and the check-item library
  criteria_standard: CriteriaStandardTable;
  criteria_item: CriteriaItemTable;
  criteria_item_version: CriteriaItemVersionTable;
  check_item: CheckItemTable;
  measure_check_item: MeasureCheckItemTable;
  // 危险化学品 duties
  major_hazard: MajorHazardTable;
  major_hazard_object: MajorHazardObjectTable;
  major_hazard_custodian: MajorHazardCustodianTable;
  run_state: RunStateTable;
  duty_assignment: DutyAssignmentTable;
  risk_commitment: RiskCommitmentTable;
  gate_screen_link: GateScreenLinkTable;
  work_permit: WorkPermitTable;
  work_permit_measure: WorkPermitMeasureTable;
  work_permit_gas: WorkPermitGasTable;
  work_permit_step: WorkPermitStepTable;
  // offline sync and reminders
  idempotency_key: IdempotencyKeyTable;
  notification_outbox: NotificationOutboxTable;
  notification_channel: NotificationChannelTable;
  notification_preference: NotificationPreferenceTable;
  notification_delivery: NotificationDeliveryTable;
  notification_attempt: NotificationAttemptTable;
  notification_schedule: NotificationScheduleTable;
}

export type Db = Kysely<Database>;
/** What repositories take first: the database or a transaction, so that transactions compose. */
export type Executor = Kysely<Database> | Transaction<Database>;
