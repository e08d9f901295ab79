import type { Migration, MigrationProvider } from 'kysely';
import * as createTenancy from './2026_11_23_1200_create_tenancy.js';
import * as createRiskRegister from './2026_11_23_1400_create_risk_register.js';
import * as createPositions from './2026_11_23_1500_create_positions.js';
import * as createSitePlan from './2026_11_23_1600_create_site_plan.js';
import * as createBoardLinks from './2026_11_23_1700_create_board_links.js';
import * as createHazards from './2026_11_23_1800_create_hazards.js';
import * as createChecks from './2026_11_23_1900_create_checks.js';
import * as createReports from './2026_11_23_1910_create_reports.js';
import * as hazardPlanEdits from './2026_11_23_1920_hazard_plan_edits.js';
import * as createRegulatorConsole from './2026_11_23_2000_create_regulator_console.js';
import * as dashboardRollups from './2026_11_23_2100_dashboard_rollups.js';
import * as standardizationRules from './2026_11_23_2120_standardization_rules.js';
import * as blacklistRepair from './2026_11_23_2130_blacklist_repair.js';
import * as createTipoffs from './2026_11_23_2210_create_tipoffs.js';
import * as createInspections from './2026_11_23_2200_create_inspections.js';
import * as reportIndexes from './2026_11_23_2300_report_indexes.js';
import * as dashboardCompactRollups from './2026_11_23_2330_dashboard_compact_rollups.js';
import * as createChemicals from './2026_12_06_1200_create_chemicals.js';
import * as hazardJurisdiction from './2026_12_07_1300_hazard_jurisdiction.js';
import * as dashboardStatisticsRollups from './2026_12_07_1400_dashboard_statistics_rollups.js';
import * as dashboardHazardDays from './2026_12_07_1500_dashboard_hazard_days.js';
import * as reportSubmittedRecent from './2026_12_07_1600_report_submitted_recent.js';
import * as hazardFoundByDeadline from './2026_12_07_1700_hazard_found_by_deadline.js';
import * as regulatorRowsJurisdiction from './2026_12_08_0100_regulator_rows_jurisdiction.js';
import * as clusterCoordination from './2026_12_07_1000_cluster_coordination.js';
import * as createCriteria from './2026_12_07_1000_create_criteria.js';
import * as failedDraws from './2026_12_07_1000_failed_draws.js';
import * as offlineSync from './2026_12_07_1000_offline_sync.js';
import * as certificateReviews from './2026_12_07_1100_certificate_reviews.js';
import * as notifications from './2026_12_07_1100_notifications.js';
import * as tenantPrimaryKeys from './2026_12_07_1100_tenant_primary_keys.js';

// Listed by hand rather than read from the folder, so the migrations travel inside any bundle.
// Names sort by time; a merged migration is never edited, only followed by a new one.
const migrations: Record<string, Migration> = {
  '2026_11_23_1200_create_tenancy': createTenancy,
  '2026_11_23_1400_create_risk_register': createRiskRegister,
  '2026_11_23_1500_create_positions': createPositions,
  '2026_11_23_1600_create_site_plan': createSitePlan,
  '2026_11_23_1700_create_board_links': createBoardLinks,
  '2026_11_23_1800_create_hazards': createHazards,
  '2026_11_23_1900_create_checks': createChecks,
  '2026_11_23_1910_create_reports': createReports,
  '2026_11_23_1920_hazard_plan_edits': hazardPlanEdits,
  '2026_11_23_2000_create_regulator_console': createRegulatorConsole,
  '2026_11_23_2100_dashboard_rollups': dashboardRollups,
  '2026_11_23_2120_standardization_rules': standardizationRules,
  '2026_11_23_2130_blacklist_repair': blacklistRepair,
  '2026_11_23_2210_create_tipoffs': createTipoffs,
  '2026_11_23_2200_create_inspections': createInspections,
  '2026_11_23_2300_report_indexes': reportIndexes,
  '2026_11_23_2330_dashboard_compact_rollups': dashboardCompactRollups,
  '2026_12_06_1200_create_chemicals': createChemicals,
  '2026_12_07_1000_cluster_coordination': clusterCoordination,
  '2026_12_07_1000_create_criteria': createCriteria,
  '2026_12_07_1000_failed_draws': failedDraws,
  '2026_12_07_1000_offline_sync': offlineSync,
  '2026_12_07_1100_certificate_reviews': certificateReviews,
  '2026_12_07_1100_notifications': notifications,
  '2026_12_07_1100_tenant_primary_keys': tenantPrimaryKeys,
  '2026_12_07_1300_hazard_jurisdiction': hazardJurisdiction,
  '2026_12_07_1400_dashboard_statistics_rollups': dashboardStatisticsRollups,
  '2026_12_07_1500_dashboard_hazard_days': dashboardHazardDays,
  '2026_12_07_1600_report_submitted_recent': reportSubmittedRecent,
  '2026_12_07_1700_hazard_found_by_deadline': hazardFoundByDeadline,
  '2026_12_08_0100_regulator_rows_jurisdiction': regulatorRowsJurisdiction,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
