// The shapes of the report and notice-board JSON (the API's OpenAPI document is the truth).
import type { HazardState } from '@shuangfang/db';

export type ReportKind =
  'major_initial' | 'major_progress' | 'major_closure' | 'quarterly' | 'annual';
export type ReportRecipient = 'agency' | 'congress';

export interface ReportAcknowledgement {
  recipient: ReportRecipient;
  by: { id: string; name: string };
  agencyId: string | null;
  at: string;
}

export interface Report {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  kind: ReportKind;
  title: string;
  hazardId: string | null;
  period: string | null;
  state: 'draft' | 'submitted';
  agency: { id: string; name: string };
  dueAt: string;
  draftedAt: string;
  submittedAt: string | null;
  submittedBy: { id: string; name: string } | null;
  late: boolean;
  contentHash: string | null;
  acknowledgements: ReportAcknowledgement[];
  awaiting: ReportRecipient[];
}

export interface ReportDetail extends Report {
  content: Record<string, unknown>;
  hashVerified: boolean | null;
}

export interface NoticeItem {
  id: string;
  state: HazardState;
  grade: '一般' | '重大' | null;
  manageType: string | null;
  kind: string;
  category: string;
  description: string;
  location: string | null;
  deadline: string | null;
  overdue: boolean;
  createdAt: string;
  closedAt: string | null;
}
