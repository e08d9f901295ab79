// 挂牌督办 and the settings change log, as the API answers them (api/src/modules/supervision,
// api/src/modules/jurisdictions).

export type SupervisionState = 'listed' | 'unlisted';

export interface Supervision {
  id: string;
  hazardId: string;
  enterpriseId: string;
  agency: { id: string; name: string };
  number: string;
  deadline: string;
  requirements: string;
  state: SupervisionState;
  listedAt: string;
  unlistedAt: string | null;
  unlistNote: string | null;
}

export interface SupervisionListItem extends Supervision {
  enterprise: { id: string; name: string; jurisdictionName: string };
  hazard: {
    id: string;
    description: string;
    state: string;
    deadline: string | null;
    overdue: boolean;
  };
}

export interface SupervisionFilter {
  state?: string;
  overdue?: string;
  mine?: string;
}

export interface SupervisionInput {
  number: string;
  deadline: string;
  requirements: string;
}

export interface PublicSupervision {
  id: string;
  number: string;
  enterpriseName: string;
  hazardSummary: string;
  state: SupervisionState;
  deadline: string;
  listedAt: string;
  unlistedAt: string | null;
}

export interface PublicAgencySupervisions {
  agency: { id: string; name: string; jurisdictionCode: string; jurisdictionName: string };
  items: PublicSupervision[];
  nextCursor: string | null;
}

export interface SettingChange {
  id: string;
  key: string;
  oldValue: unknown;
  newValue: unknown;
  changedBy: { id: string; name: string };
  changedAt: string;
}
