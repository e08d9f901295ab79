// Roll-ups maintained by triggers for the jurisdiction dashboard (migrations
// 2026_11_23_2100_dashboard_rollups and 2026_11_23_2330_dashboard_compact_rollups). Keyed by the
// enterprise's jurisdiction and a few values each, so a province reads a few thousand rows however
// many enterprises it has. Days are China days; absent texts are keyed as ''.

/** The day before which an open hazard's deadline is counted as past due (one row). */
export interface DashboardRolloverTable {
  singleton: boolean;
  day: string | Date;
}

/** Open hazards (reported, rectifying, awaiting_acceptance); past_due: deadline before the rollover day. */
export interface DashboardOpenHazardsTable {
  jurisdiction_code: string;
  state: string;
  major: boolean;
  past_due: boolean;
  hazards: number;
}

/** Closed hazards per day closed. */
export interface DashboardClosedHazardsTable {
  closed_day: string | Date;
  jurisdiction_code: string;
  hazards: number;
}

/** Active enterprises counted once per dimension: industry, risk_level, standardization_level, credit_status. */
export interface DashboardEnterprisesTable {
  jurisdiction_code: string;
  dimension: 'industry' | 'risk_level' | 'standardization_level' | 'credit_status';
  value: string;
  enterprises: number;
}

/** Reports per due day; submitted_late: submitted after due_at; acknowledged: by the agency. */
export interface DashboardReportsTable {
  due_day: string | Date;
  jurisdiction_code: string;
  state: string;
  submitted_late: boolean;
  acknowledged: boolean;
  reports: number;
}

/**
 * Active enterprises per China quarter of registration (migration
 * 2026_12_07_1400_dashboard_statistics_rollups): those owing a statistics report.
 */
export interface DashboardEnterpriseQuartersTable {
  jurisdiction_code: string;
  registered_quarter: string | Date;
  enterprises: number;
}

/** Statistics reports (drafted or sent) of active enterprises registered before the period ended. */
export interface DashboardStatisticsReportsTable {
  kind: 'quarterly' | 'annual';
  period: string;
  jurisdiction_code: string;
  reports: number;
}

/**
 * Hazards per China day (migration 2026_12_07_1500_dashboard_hazard_days): registered, became
 * overdue (the later of deadline and registration, unless rejected or closed by then), and closed
 * after becoming overdue. The 12-week trend is read from it.
 */
export interface DashboardHazardDaysTable {
  day: string | Date;
  jurisdiction_code: string;
  opened: number;
  overdue_began: number;
  overdue_ended: number;
}
