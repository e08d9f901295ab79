import type { Supervision } from './supervision-types';
import type {
  HazardCategory,
  HazardEventAction,
  HazardExtensionState,
  HazardGrade,
  HazardKind,
  HazardManageType,
  HazardSource,
  HazardState,
  HazardStoppage,
  Industry,
} from '@shuangfang/db';

// The hazard API's JSON shapes (api/src/modules/hazards/hazards.schemas.ts is the truth).

export type {
  HazardCategory,
  HazardGrade,
  HazardKind,
  HazardManageType,
  HazardSource,
  HazardState,
  HazardStoppage,
};
export type HazardMove = 'reject' | 'confirm' | 'submit' | 'accept' | 'reject_acceptance';

export interface Attachment {
  name: string;
  ref: string;
}

export interface HazardPlan {
  measures?: string;
  responsiblePerson?: string;
  responsibleUserId: string | null;
  funds?: number;
  contingencyPlan?: string;
  currentSituation?: string;
  harmAnalysis?: string;
  goal?: string;
  stoppage?: HazardStoppage;
}
export type PlanInput = Partial<Omit<HazardPlan, 'responsibleUserId'>> & {
  responsibleUserId?: string | null;
  deadline?: string;
};

export interface Hazard {
  id: string;
  enterpriseId: string;
  source: HazardSource;
  kind: HazardKind;
  category: HazardCategory;
  description: string;
  location: string | null;
  riskObjectId: string | null;
  riskUnitId: string | null;
  grade: HazardGrade | null;
  manageType: HazardManageType | null;
  state: HazardState;
  deadline: string | null;
  overdue: boolean;
  plan: HazardPlan | null;
  reporter: { id: string; name: string };
  rectifierId: string | null;
  foundByAgencyId: string | null;
  allowedMoves: HazardMove[];
  createdAt: string;
  closedAt: string | null;
}

export interface HazardWithEnterprise extends Hazard {
  enterprise: {
    id: string;
    name: string;
    industry: Industry;
    jurisdictionCode: string;
    jurisdictionName: string;
  };
}

export interface HazardEvent {
  id: string;
  seq: number;
  action: HazardEventAction;
  fromState: HazardState | null;
  toState: HazardState;
  actor: { id: string; name: string };
  at: string;
  comment: string | null;
  attachments: Attachment[];
  payload: Record<string, unknown>;
}

export interface HazardExtension {
  id: string;
  previousDeadline: string;
  requestedDeadline: string;
  reason: string;
  state: HazardExtensionState;
  requestedAt: string;
  decidedAt: string | null;
  refusalReason: string | null;
}

export interface HazardDetail extends Hazard {
  events: HazardEvent[];
  extensions: HazardExtension[];
  /** 挂牌督办: the current one, else the last; null if never listed. */
  supervision: Supervision | null;
}

export interface HazardFilter {
  state?: string;
  grade?: string;
  source?: string;
  overdue?: string;
  industry?: string;
  jurisdictionCode?: string;
  enterpriseId?: string;
}

export interface HazardInput {
  source?: HazardSource;
  kind: HazardKind;
  category: HazardCategory;
  description: string;
  location?: string;
  riskObjectId?: string;
  riskUnitId?: string;
  /** Photos already uploaded (api.uploads.photo). */
  attachments?: Attachment[];
}

export interface LedgerRow {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  description: string;
  location: string;
  source: HazardSource;
  category: HazardCategory;
  grade: HazardGrade | null;
  foundAt: string;
  reporterName: string | null;
  measures: string | null;
  responsiblePerson: string | null;
  funds: number | null;
  deadline: string | null;
  state: HazardState;
  acceptorName: string | null;
  closedAt: string | null;
  overdue: boolean;
  overdueDays: number;
}

export interface AppNotification {
  kind: string;
  title: string;
  href: string;
  at: string;
}
