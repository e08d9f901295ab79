import type { CheckCycleUnit } from '@shuangfang/db/enums';
import type { Attachment } from '$lib/hazard-types';

// What the check and photo routes of the API answer (see the API's OpenAPI document).

export interface UploadedPhoto extends Attachment {
  contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  size: number;
}

export type CheckResult = 'ok' | 'not_ok';
export type TaskStatus = 'due' | 'done' | 'missed' | 'upcoming';

export interface CheckRecord {
  id: string;
  measureId: string;
  windowStart: string;
  windowEnd: string;
  result: CheckResult;
  note: string | null;
  attachments: Attachment[];
  hazardId: string | null;
  recordedBy: { id: string; name: string };
  recordedAt: string;
}

export interface CheckTask {
  measure: {
    id: string;
    description: string;
    checkContent: string;
    cycleUnit: CheckCycleUnit;
    cycleCount: number;
  };
  event: { id: string; hazardFactor: string };
  unit: { id: string; name: string };
  object: { id: string; name: string };
  windowStart: string;
  windowEnd: string;
  status: TaskStatus;
  record: CheckRecord | null;
}

export interface CheckTasks {
  date: string;
  scope: 'mine' | 'all';
  items: CheckTask[];
  summary: Record<TaskStatus, number>;
}

export interface CheckRecordInput {
  measureId: string;
  windowStart?: string;
  result: CheckResult;
  note?: string;
  attachments: Attachment[];
}

/** A worker's quick report (随手拍) as POST …/hazards takes it. */
