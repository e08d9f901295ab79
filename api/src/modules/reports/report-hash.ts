import { createHash } from 'node:crypto';
import { canonicalJson } from '../../lib/canonical-json.js';

// A submitted report's fingerprint. Canonical form, version 1 — the UTF-8 bytes of the JSON array
//
//   ["report/v1", enterpriseId, id, kind, hazardId, period, agencyId, dueAt, submittedBy,
//    submittedAt, content]
//
// written as the hazard chain writes its events (hazard-chain.ts: keys sorted at every depth, no
// whitespace, times as ISO 8601 UTC with milliseconds, absent values null). contentHash is the
// lower-case hex SHA-256 of it: anyone holding the snapshot can recompute it.

interface Snapshot {
  enterpriseId: string;
  id: string;
  kind: string;
  hazardId: string | null;
  period: string | null;
  agencyId: string;
  dueAt: Date;
  submittedBy: string;
  submittedAt: Date;
  content: Record<string, unknown>;
}

export function snapshotHash(s: Snapshot): string {
  const form = canonicalJson([
    'report/v1',
    s.enterpriseId.toLowerCase(),
    s.id.toLowerCase(),
    s.kind,
    s.hazardId?.toLowerCase() ?? null,
    s.period,
    s.agencyId.toLowerCase(),
    new Date(s.dueAt).toISOString(),
    s.submittedBy.toLowerCase(),
    new Date(s.submittedAt).toISOString(),
    s.content,
  ]);
  return createHash('sha256').update(form, 'utf8').digest('hex');
}
