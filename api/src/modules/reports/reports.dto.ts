import type { HazardGrade, ReportAcknowledgementRow, ReportRecipient } from '@shuangfang/db';
import { REPORT_RECIPIENTS } from '@shuangfang/db';
import { congressName } from './report-content.js';
import { snapshotHash } from './report-hash.js';
import type { ReportView } from './reports.repository.js';

// Rows (snake_case, Dates) to the API's shapes (camelCase, ISO strings).

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

const ackDto = (k: ReportAcknowledgementRow) => ({
  recipient: k.recipient,
  by: { id: k.acknowledged_by, name: k.acknowledged_by_name },
  agencyId: k.agency_id,
  at: iso(k.acknowledged_at),
});

export function reportDto(r: ReportView, acks: ReportAcknowledgementRow[]) {
  const mine = acks.filter((k) => k.report_id === r.id && k.enterprise_id === r.enterprise_id);
  const signed = new Set<ReportRecipient>(mine.map((k) => k.recipient));
  return {
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    kind: r.kind,
    title: String(r.content.title ?? ''),
    hazardId: r.hazard_id,
    period: r.period,
    state: r.state,
    agency: { id: r.agency_id, name: r.agency_name },
    // 双报告: a draft already names both recipients it will be submitted to.
    recipients: [
      { recipient: 'agency' as const, name: r.agency_name },
      { recipient: 'congress' as const, name: congressName(r.enterprise_name) },
    ],
    dueAt: iso(r.due_at),
    draftedAt: iso(r.drafted_at),
    submittedAt: isoOrNull(r.submitted_at),
    submittedBy:
      r.submitted_by === null ? null : { id: r.submitted_by, name: r.submitted_by_name ?? '' },
    late: r.late,
    contentHash: r.content_hash,
    acknowledgements: mine.map(ackDto),
    awaiting: r.state === 'submitted' ? REPORT_RECIPIENTS.filter((x) => !signed.has(x)) : [],
  };
}

const textOrNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/**
 * The hazard a 重大事故隐患 report names, with its 五到位 plan, read from the report's own content
 * (report-content.ts): what was drafted, and after submission what was signed.
 */
export function reportHazard(content: Record<string, unknown>) {
  const h = content.hazard as Record<string, unknown> | undefined;
  if (!h || typeof h.id !== 'string') return null;
  const p = (content.plan ?? {}) as Record<string, unknown>;
  return {
    id: h.id,
    description: String(h.description ?? ''),
    location: textOrNull(h.location),
    grade: (h.grade ?? null) as HazardGrade | null,
    foundAt: String(h.registeredAt),
    plan: {
      measures: textOrNull(p.measures),
      funds: typeof p.funds === 'number' ? p.funds : null,
      deadline: textOrNull(h.deadline),
      responsiblePerson: textOrNull(p.responsiblePerson),
      contingencyPlan: textOrNull(p.contingencyPlan),
    },
  };
}

/** The report with its content, and whether the stored hash still matches the snapshot. */
export function reportDetailDto(r: ReportView, acks: ReportAcknowledgementRow[]) {
  const hashVerified =
    r.state === 'submitted' && r.content_hash && r.submitted_by && r.submitted_at
      ? snapshotHash({
          enterpriseId: r.enterprise_id,
          id: r.id,
          kind: r.kind,
          hazardId: r.hazard_id,
          period: r.period,
          agencyId: r.agency_id,
          dueAt: r.due_at,
          submittedBy: r.submitted_by,
          submittedAt: r.submitted_at,
          content: r.content,
        }) === r.content_hash
      : null;
  return {
    ...reportDto(r, acks),
    hazard: reportHazard(r.content),
    content: r.content,
    hashVerified,
  };
}
