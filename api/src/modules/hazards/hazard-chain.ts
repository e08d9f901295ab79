import { createHash } from 'node:crypto';
import type { HazardAttachment, HazardEventAction, HazardState } from '@shuangfang/db';
import { canonicalJson } from '../../lib/canonical-json.js';

// The hash chain of hazard events (docs/domain.md section 2: "each stores the hash of the previous
// event of the same enterprise, so tampering shows").
//
// Canonical form, version 1 — the UTF-8 bytes of this JSON array, with no whitespace:
//
//   ["hazard-event/v1", enterpriseId, seq, id, hazardId, actorId, actorName, at, action,
//    fromState, toState, comment, attachments, payload, prevHash]
//
//   - ids are lower-case UUID strings; seq is a JSON number;
//   - at is the event time as ISO 8601 in UTC with milliseconds (2026-11-23T08:00:00.000Z);
//   - fromState and comment are null when absent;
//   - attachments and payload are JSON whose objects have their keys sorted (by UTF-16 code
//     units, JavaScript's default sort), at every depth; keys whose value is undefined are left
//     out; strings and numbers are written as JSON.stringify writes them;
//   - prevHash is the hash of the enterprise's previous event, or 64 zeros for its first.
//
// hash = lower-case hex SHA-256 of the canonical form. Being a fixed-position array, the form
// cannot be re-read differently (no key order, no optional fields), and jsonb's own reordering of
// keys does not matter because keys are sorted here on both writing and checking.

export const GENESIS_HASH = '0'.repeat(64);
const CANONICAL_VERSION = 'hazard-event/v1';

export interface ChainEvent {
  enterpriseId: string;
  seq: number;
  id: string;
  hazardId: string;
  actorId: string;
  actorName: string;
  at: Date;
  action: HazardEventAction;
  fromState: HazardState | null;
  toState: HazardState;
  comment: string | null;
  attachments: HazardAttachment[];
  payload: Record<string, unknown>;
  prevHash: string;
}

export function canonicalForm(e: ChainEvent): string {
  return canonicalJson([
    CANONICAL_VERSION,
    e.enterpriseId.toLowerCase(),
    e.seq,
    e.id.toLowerCase(),
    e.hazardId.toLowerCase(),
    e.actorId.toLowerCase(),
    e.actorName,
    e.at.toISOString(),
    e.action,
    e.fromState,
    e.toState,
    e.comment,
    e.attachments,
    e.payload,
    e.prevHash,
  ]);
}

export function eventHash(e: ChainEvent): string {
  return createHash('sha256').update(canonicalForm(e), 'utf8').digest('hex');
}

interface BrokenLink {
  seq: number;
  eventId: string | null;
  reason: string;
}

/**
 * Walks one enterprise's events in seq order, recomputing each hash: feed every event to
 * `check`, then call `finish` with the chain head. The first problem is kept; the walk goes on
 * only to count.
 */
export class ChainChecker {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  private lastEventId: string | null = null;
  checked = 0;
  firstBroken: BrokenLink | null = null;

  check(e: ChainEvent & { hash: string }): void {
    this.checked++;
    const problem = this.problemOf(e);
    if (problem && !this.firstBroken)
      this.firstBroken = { seq: e.seq, eventId: e.id, reason: problem };
    this.expectedSeq = e.seq + 1;
    this.prevHash = e.hash;
    this.lastEventId = e.id;
  }

  private problemOf(e: ChainEvent & { hash: string }): string | null {
    if (e.seq !== this.expectedSeq) {
      return e.seq > this.expectedSeq
        ? `序号不连续：缺少序号 ${this.expectedSeq}${e.seq - 1 > this.expectedSeq ? `–${e.seq - 1}` : ''} 的事件（被删除？）`
        : `序号重复或倒退：应为 ${this.expectedSeq}，实为 ${e.seq}`;
    }
    if (e.prevHash !== this.prevHash)
      return 'prev_hash 与上一事件的 hash 不符（事件被删除、插入或调换？）';
    if (eventHash(e) !== e.hash) return '事件内容与其 hash 不符（事件被改动）';
    return null;
  }

  /** The head records the last event appended: a chain that ends earlier lost its tail. */
  finish(head: { lastSeq: number; lastHash: string; lastEventId: string | null } | undefined) {
    const lastSeq = head?.lastSeq ?? 0;
    if (!this.firstBroken && lastSeq !== this.expectedSeq - 1) {
      this.firstBroken = {
        seq: lastSeq,
        eventId: head?.lastEventId ?? null,
        reason: `链尾不符：最后追加的事件序号为 ${lastSeq}，现存最后一个为 ${this.expectedSeq - 1}（事件被删除？）`,
      };
    } else if (!this.firstBroken && (head?.lastHash ?? GENESIS_HASH) !== this.prevHash) {
      this.firstBroken = {
        seq: lastSeq,
        eventId: this.lastEventId,
        reason: '最后一个事件的 hash 与链尾记录不符（事件被替换？）',
      };
    }
    return { ok: this.firstBroken === null, checked: this.checked, firstBroken: this.firstBroken };
  }
}
