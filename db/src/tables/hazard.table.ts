import type { Generated, Insertable, Selectable } from 'kysely';
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
} from '../enums.js';
import type { HazardCriterionColumns } from './criteria.table.js';

// Hidden hazards (隐患排查治理) of docs/domain.md section 2. Every table is owned by an enterprise:
// `enterprise_id` leads each primary key and each foreign key (docs/architecture.md).

/** An attachment reference (a photo, a document); the file store that serves it comes later. */
export interface HazardAttachment {
  name: string;
  ref: string;
}

/**
 * The rectification plan (五到位: measures, responsibility, funds, deadline, contingency plan),
 * kept as one document because it is written and read whole. The deadline lives in the hazard's
 * `deadline` column and the responsible user in `responsible_user_id`: one source each. The API
 * requires the five for 限期整改 and the last four as well for 重大隐患; a 即查即改 hazard may
 * carry a partial plan or none.
 */
export interface HazardPlan {
  measures?: string;
  responsiblePerson?: string;
  /** 元 */
  funds?: number;
  contingencyPlan?: string;
  currentSituation?: string;
  harmAnalysis?: string;
  goal?: string;
  stoppage?: HazardStoppage;
}

/** With the 判定 item version it was judged against, when linked (docs/domain-criteria.md). */
export interface HazardTable extends HazardCriterionColumns {
  enterprise_id: string;
  id: Generated<string>;
  source: HazardSource;
  kind: HazardKind;
  category: HazardCategory;
  description: string;
  /** Free-text place (e.g. "3号仓库东门"), besides the optional register links below. */
  location: string | null;
  risk_object_id: string | null;
  risk_unit_id: string | null;
  /** The measure whose failure this is (source 管控措施失效). */
  control_measure_id: string | null;
  grade: HazardGrade | null;
  manage_type: HazardManageType | null;
  state: HazardState;
  deadline: Date | null;
  plan: HazardPlan | null;
  /** The enterprise user answerable for the plan; may submit the rectification. */
  responsible_user_id: string | null;
  /** Who submitted the latest rectification: never its acceptor. */
  rectifier_id: string | null;
  reporter_id: string;
  /** Set for a hazard found by a regulator: only that agency accepts it. */
  found_by_agency_id: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  closed_at: Date | null;
  /** The enterprise's jurisdiction, kept by triggers (a regulator's list reads by it). */
  jurisdiction_code: Generated<string>;
}
export type HazardRow = Selectable<HazardTable>;
export type NewHazard = Insertable<HazardTable>;

/** 延期申请 */
export interface HazardExtensionTable {
  enterprise_id: string;
  id: Generated<string>;
  hazard_id: string;
  previous_deadline: Date;
  requested_deadline: Date;
  reason: string;
  state: Generated<HazardExtensionState>;
  requested_by: string;
  requested_at: Generated<Date>;
  decided_by: string | null;
  decided_at: Date | null;
  refusal_reason: string | null;
}
export type HazardExtensionRow = Selectable<HazardExtensionTable>;

/**
 * One move of a hazard; append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and
 * hash-chained per enterprise: see `api/src/modules/hazards/hazard-chain.ts` for the hash.
 */
export interface HazardEventTable {
  enterprise_id: string;
  id: string;
  /** 1, 2, 3… per enterprise, without gaps. */
  seq: number;
  hazard_id: string;
  actor_id: string;
  actor_name: string;
  at: Date;
  action: HazardEventAction;
  from_state: HazardState | null;
  to_state: HazardState;
  comment: string | null;
  attachments: HazardAttachment[];
  payload: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}
export type HazardEventRow = Selectable<HazardEventTable>;
export type NewHazardEvent = Insertable<HazardEventTable>;

/** The end of an enterprise's chain; its row lock serialises the enterprise's appends. */
export interface HazardChainHeadTable {
  enterprise_id: string;
  last_seq: number;
  last_hash: string;
  last_event_id: string | null;
}
