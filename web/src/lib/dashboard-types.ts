// The shapes of GET /v1/dashboard (api/src/modules/dashboard/dashboard.schemas.ts is the truth).
import type { Industry, JurisdictionLevel, StandardizationLevel } from '$lib/types';

export interface DashboardFigures {
  enterprises: {
    total: number;
    byIndustry: { industry: Industry; count: number }[];
    byRiskColour: { red: number; orange: number; yellow: number; blue: number; unassessed: number };
  };
  hazards: {
    open: number;
    overdue: number;
    majorOpen: number;
    closedInPeriod: number;
    rectificationRate: number | null;
  };
  supervisedMajorHazards: number;
  reports: { due: number; late: number; unacknowledged: number };
  standardization: {
    byLevel: { level: StandardizationLevel | null; count: number }[];
    expiringWithin90Days: number;
  };
  blacklisted: number;
  inspections: { overduePublications: number };
}

export interface DashboardPlace {
  code: string;
  name: string;
  level: JurisdictionLevel;
}

export interface Dashboard {
  jurisdiction: DashboardPlace;
  breadcrumb: DashboardPlace[];
  period: { from: string; to: string };
  asOf: string;
  figures: DashboardFigures;
  children: (DashboardPlace & { figures: DashboardFigures })[];
}
