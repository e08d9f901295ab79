import type { HazardState } from '@shuangfang/db/enums';

// 双随机一公开 (api/src/modules/inspections): what the pages read and send.

export interface Inspector {
  id: string;
  name: string;
  badgeNumber: string;
  userId: string | null;
  userName: string | null;
  active: boolean;
}
export interface InspectorConflict {
  id: string;
  inspectorName: string;
  badgeNumber: string;
  enterpriseName: string;
  creditCode: string;
  reason: string;
  declaredAt: string;
}
export interface InspectionItem {
  id: string;
  name: string;
  legalBasis: string;
  method: string;
}
export interface PlanSummary {
  id: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  teamSize: number;
  sampleSize: number | null;
  sampleRatio: number | null;
  drawCount: number;
}
export type ItemResult = 'pass' | 'fail' | 'not_applicable';
export interface Attachment {
  name: string;
  ref: string;
}
export interface Inspection {
  id: string;
  planId: string;
  planName: string;
  drawId: string;
  position: number;
  enterpriseId: string;
  enterpriseName: string;
  creditCode: string;
  team: { id: string; name: string; badgeNumber: string }[];
  mine: boolean;
  state: 'assigned' | 'recorded' | 'published';
  void: boolean;
  items: InspectionItem[];
  inspectedOn: string | null;
  itemResults: { itemId: string; name: string; result: ItemResult }[] | null;
  findings:
    | {
        description: string;
        kind: string;
        category: string;
        attachments: Attachment[];
        hazardId: string | null;
        hazardState: HazardState | null;
      }[]
    | null;
  documents: Attachment[] | null;
  publishDueAt: string | null;
  publicationOverdue: boolean;
  publishedAt: string | null;
}
export interface PublishedDraw {
  algorithmVersion: string;
  seedInputs: { supervisorValue: string; drawnAt: string };
  seed: string;
  candidates: { creditCode: string; weight: number }[];
  candidatesHash: string;
  count: number;
  teamSize: number;
  result: { creditCode: string; team: string[] }[];
}
export interface Draw {
  id: string;
  seq: number;
  current: boolean;
  redoReason: string | null;
  drawnAt: string;
  drawnBy: string;
  published: PublishedDraw;
}
export interface PlanDetail extends PlanSummary {
  items: InspectionItem[];
  draws: Draw[];
  inspections: Inspection[];
}
export interface DrawVerification {
  matches: boolean;
  seedMatches: boolean;
  candidatesHashMatches: boolean;
  resultMatches: boolean;
  problem: string | null;
}
export interface PlanInput {
  name: string;
  periodStart: string;
  periodEnd: string;
  itemIds: string[];
  sampleSize?: number;
  sampleRatio?: number;
  teamSize: number;
}
export interface RecordInput {
  inspectedOn: string;
  itemResults: { itemId: string; result: ItemResult }[];
  findings: {
    description: string;
    kind: string;
    category: string;
    attachments: Attachment[];
    hazard?: { grade: string; deadline: string };
  }[];
  documents: Attachment[];
}
export interface PublicResults {
  agency: { id: string; name: string };
  items: {
    id: string;
    planName: string;
    enterpriseName: string;
    creditCode: string;
    inspectedOn: string;
    publishedAt: string;
    items: { name: string; result: ItemResult }[];
    outcome: 'pass' | 'fail';
    hazards: { description: string; grade: string | null; state: HazardState }[];
    drawId: string;
  }[];
  draws: {
    id: string;
    planName: string;
    seq: number;
    drawnAt: string;
    redoReason: string | null;
  }[];
}
