// Roll-ups maintained by triggers for the jurisdiction dashboard (migration
// 2026_11_23_2100_dashboard_rollups). Keyed by the enterprise's jurisdiction; absent values are
// keyed as '' (texts) and 'infinity' (a hazard without deadline).

/** Open hazards (reported, rectifying, awaiting_acceptance) per deadline day (China time). */
export interface DashboardOpenHazardsTable {
  jurisdiction_code: string;
  state: string;
  major: boolean;
  deadline_day: string | Date;
  hazards: number;
}

/** Closed hazards per day closed (China time). */
export interface DashboardClosedHazardsTable {
  jurisdiction_code: string;
  closed_day: string | Date;
  hazards: number;
}

/** Active enterprises by the columns the dashboard groups by. */
export interface DashboardEnterprisesTable {
  jurisdiction_code: string;
  industry: string;
  risk_level: string;
  standardization_level: string;
  credit_status: string;
  enterprises: number;
}
