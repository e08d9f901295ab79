import type { z } from '@hono/zod-openapi';
import type { Db, Executor, ReportRecipient, ReportRow } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { jurisdictionFilterPath, requireEnterpriseInScope } from '../../auth/scope.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import { chinaDateTime } from '../../lib/china-time.js';
import { decodeCursor, decodeTimeCursor, toPage } from '../../lib/pagination.js';
import { dayRange } from '../dashboard/dashboard-period.js';
import { chinaDate, latestDuePeriod, parsePeriod } from './report-calendar.js';
import { SECTION_KEYS, TITLES } from './report-content.js';
import { draftEventReport, letterhead } from './report-drafts.js';
import { reportPdf } from './report-pdf.js';
import { snapshotHash } from './report-hash.js';
import { hazardStatistics } from './report-statistics.js';
import { reportActions } from './reports.access.js';
import { reportDetailDto, reportDto } from './reports.dto.js';
import * as repo from './reports.repository.js';
import { reportAcknowledged, reportToAcknowledge } from '../notifications/notification-events.js';
import { emit } from '../notifications/outbox.js';
import type { DraftInput, EditInput, ListQuery, PeriodicStatusQuery } from './reports.schemas.js';

// 双报告 (docs/domain.md section 3). The 主要负责人 drafts (or finds drafted), edits and submits;
// submission addresses the report to both recipients at once and freezes it as a hashed
// snapshot. Recipients — the supervising agency (and the agencies above it, which read) and the
// enterprise's workers' congress — see submitted reports only, and each signs for receipt once.

const readable = (who: Who, r: Pick<ReportRow, 'state'>) =>
  repo.seesDrafts(who) || r.state === 'submitted';

/** One report, and what `who` may do with it now. */
async function detail(db: Executor, who: Who, enterpriseId: string, id: string) {
  const row = await repo.findReport(db, enterpriseId, id);
  if (!row) throw notFound('报告');
  const dto = reportDetailDto(row, await repo.listAcknowledgements(db, [row]));
  return { ...dto, actions: reportActions(who, row, dto.awaiting) };
}

export async function getOne(db: Db, who: Who, enterpriseId: string, id: string) {
  await requireEnterpriseInScope(db, who, enterpriseId);
  const row = await repo.findReport(db, enterpriseId, id);
  if (!row || !readable(who, row)) throw notFound('报告');
  return detail(db, who, enterpriseId, id);
}

/** A submitted report as a PDF to hand over; a draft has nothing signed to print yet (409). */
export async function pdf(db: Db, who: Who, enterpriseId: string, id: string) {
  const report = await getOne(db, who, enterpriseId, id);
  if (report.state !== 'submitted') throw conflict('报告尚未报送，报送后才能下载 PDF');
  const day = chinaDate(new Date(report.submittedAt!));
  return {
    body: await reportPdf(report),
    fileName: `${report.enterpriseName}-${report.title}-${day}.pdf`,
    asciiName: `report-${day}-${report.id.slice(0, 8)}.pdf`,
  };
}

export async function list(db: Db, who: Who, q: z.infer<typeof ListQuery>) {
  const after = decodeTimeCursor(q.cursor);
  const rows = await repo.listReports(
    db,
    who,
    {
      enterpriseId: q.enterpriseId,
      kind: q.kind,
      state: q.state,
      late: q.late === undefined ? undefined : q.late === 'true',
      unacknowledged: q.unacknowledged === undefined ? undefined : q.unacknowledged === 'true',
      underPath: await jurisdictionFilterPath(db, who, q.jurisdictionCode),
      dueWithin: dayRange(q.dueFrom, q.dueTo, 'dueTo'),
    },
    q.limit,
    after,
  );
  const page = toPage(rows, q.limit, (r) => [new Date(r.drafted_at).toISOString(), r.id]);
  const acks = await repo.listAcknowledgements(db, page.items);
  return { items: page.items.map((r) => reportDto(r, acks)), nextCursor: page.nextCursor };
}

/**
 * The statistics reports of one period as they should exist, one per enterprise the caller sees
 * (docs/domain.md section 3): a report never drafted is late once its due time has passed, like
 * a draft. Recipients see a draft as not submitted, without its id.
 */
export async function periodicStatus(
  db: Db,
  who: Who,
  q: z.infer<typeof PeriodicStatusQuery>,
  now = new Date(),
) {
  const period = q.period ?? latestDuePeriod(q.kind, now);
  const p = parsePeriod(q.kind, period);
  const after = decodeCursor(q.cursor);
  const rows = await repo.periodicStatus(
    db,
    who,
    {
      kind: q.kind,
      period,
      periodEnd: p.to,
      dueAt: p.dueAt,
      now,
      enterpriseId: q.enterpriseId,
      late: q.late === undefined ? undefined : q.late === 'true',
    },
    q.limit,
    after?.[1],
  );
  const page = toPage(rows, q.limit, (r) => [r.enterprise_id, r.enterprise_id]);
  return {
    kind: q.kind,
    period,
    label: p.label,
    dueAt: p.dueAt.toISOString(),
    items: page.items.map((r) => {
      const submitted = r.state === 'submitted';
      return {
        enterpriseId: r.enterprise_id,
        enterpriseName: r.enterprise_name,
        state: submitted ? ('submitted' as const) : ('not_submitted' as const),
        reportId: submitted || repo.seesDrafts(who) ? r.report_id : null,
        submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
        late: r.late,
      };
    }),
    nextCursor: page.nextCursor,
  };
}

async function periodicContent(
  db: Executor,
  enterpriseId: string,
  kind: 'quarterly' | 'annual',
  period: string,
  now: Date,
) {
  const p = parsePeriod(kind, period);
  const { head } = await letterhead(db, enterpriseId);
  return {
    title: `${p.label}${TITLES[kind]}`,
    ...head,
    period: {
      label: p.label,
      from: chinaDate(p.from),
      to: chinaDate(new Date(p.to.getTime() - 1)),
    },
    statistics: await hazardStatistics(db, enterpriseId, p, now),
    generatedAt: now.toISOString(),
    note: '',
  };
}

/** Drafts a progress report of an open 重大隐患, or the statistics of a period (one per period). */
export async function draft(db: Db, who: Who, enterpriseId: string, body: DraftInput) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const now = new Date();
  const id = await db.transaction().execute(async (trx) => {
    if (body.kind === 'major_progress') {
      const h = await trx
        .selectFrom('hazard')
        .select(['grade', 'state'])
        .where('enterprise_id', '=', enterprise.id)
        .where('id', '=', body.hazardId)
        .forUpdate()
        .executeTakeFirst();
      if (!h) throw invalid('hazardId', '隐患不存在或不属于本企业');
      if (h.grade !== '重大') throw invalid('hazardId', '只有重大隐患需要报送治理进展');
      if (h.state !== 'rectifying' && h.state !== 'awaiting_acceptance') {
        throw conflict('只有确认后、销号前的重大隐患可以报送治理进展');
      }
      return draftEventReport(trx, who, enterprise.id, body.hazardId, 'major_progress', now);
    }
    return draftPeriodic(trx, enterprise.id, body.kind, body.period, who.userId, now);
  });
  return detail(db, who, enterprise.id, id);
}

/** The statistics report of a finished period, one per period (also the demo history's way). */
export async function draftPeriodic(
  trx: Executor,
  enterpriseId: string,
  kind: 'quarterly' | 'annual',
  period: string,
  userId: string,
  now: Date,
) {
  const p = parsePeriod(kind, period);
  if (p.to > now) throw invalid('period', `统计期「${p.label}」尚未结束，结束后才能生成统计报告`);
  if (await repo.findPeriodReport(trx, enterpriseId, kind, period)) {
    throw conflict(`「${p.label}」的统计报告已存在，每个统计期只能有一份`);
  }
  const { agencyId } = await letterhead(trx, enterpriseId);
  return repo.insertReport(trx, {
    enterprise_id: enterpriseId,
    kind,
    hazard_id: null,
    period,
    state: 'draft',
    content: await periodicContent(trx, enterpriseId, kind, period, now),
    content_hash: null,
    agency_id: agencyId,
    due_at: p.dueAt,
    drafted_by: userId,
    drafted_at: now,
    submitted_by: null,
    submitted_at: null,
  });
}

/** The draft, locked; 409 once submitted, whatever the caller tries. */
async function lockDraft(trx: Executor, enterpriseId: string, id: string) {
  const r = await repo.lockReport(trx, enterpriseId, id);
  if (!r) throw notFound('报告');
  if (r.state !== 'draft') {
    throw new AppError(409, 'REPORT_SUBMITTED', '报告已报送，内容已固定，不能再修改或重复报送');
  }
  return r;
}

export async function edit(db: Db, who: Who, enterpriseId: string, id: string, body: EditInput) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  await db.transaction().execute(async (trx) => {
    const r = await lockDraft(trx, enterprise.id, id);
    const content = { ...r.content };
    const major = r.kind.startsWith('major_');
    for (const key of SECTION_KEYS) {
      if (body[key] === undefined) continue;
      if (!major) throw invalid(key, '统计报告的数据由系统生成，只能填写附言（note）');
      content.sections = { ...(content.sections as object), [key]: body[key] };
    }
    if (body.note !== undefined) content.note = body.note;
    await repo.updateDraft(trx, enterprise.id, r.id, { content });
  });
  return detail(db, who, enterprise.id, id);
}

/**
 * Signs and sends the draft to both recipients at once: the statistics are generated again, the
 * recipient agency is the one supervising the enterprise now, and the snapshot is hashed.
 */
export async function submit(db: Db, who: Who, enterpriseId: string, id: string) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  await db.transaction().execute(async (trx) => {
    const r = await lockDraft(trx, enterprise.id, id);
    await submitLocked(trx, r, who.userId, new Date());
  });
  return detail(db, who, enterprise.id, id);
}

/** Submits a draft locked in this transaction (also the demo history's way, at a past time). */
export async function submitLocked(trx: Executor, r: ReportRow, userId: string, now: Date) {
  const content =
    r.kind === 'quarterly' || r.kind === 'annual'
      ? {
          ...(await periodicContent(trx, r.enterprise_id, r.kind, r.period!, now)),
          note: r.content.note ?? '',
        }
      : r.content;
  const { agencyId } = await letterhead(trx, r.enterprise_id);
  const contentHash = snapshotHash({
    enterpriseId: r.enterprise_id,
    id: r.id,
    kind: r.kind,
    hazardId: r.hazard_id,
    period: r.period,
    agencyId,
    dueAt: r.due_at,
    submittedBy: userId,
    submittedAt: now,
    content,
  });
  await repo.updateDraft(trx, r.enterprise_id, r.id, {
    content,
    state: 'submitted',
    content_hash: contentHash,
    agency_id: agencyId,
    submitted_by: userId,
    submitted_at: now,
  });
  // Both recipients are told to sign, in the submission's transaction (notifications/outbox.ts).
  await emit(trx, reportToAcknowledge(r, agencyId, now));
}

const RECIPIENT_NAMES = { agency: '监管部门', congress: '职代会' } as const;

/** 签收: the caller signs for their side, once. */
export async function acknowledge(db: Db, who: Who, enterpriseId: string, id: string) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const recipient = repo.recipientOf(who);
  if (!recipient) throw forbidden('只有报告的接收方（监管部门、职代会代表）可以签收');
  await db.transaction().execute(async (trx) => {
    const r = await repo.lockReport(trx, enterprise.id, id);
    if (!r || r.state !== 'submitted') throw notFound('报告');
    if (recipient === 'agency' && who.agencyId !== r.agency_id) {
      throw forbidden('只有报告报送的监管部门可以签收，上级部门可以查阅');
    }
    const [done] = (await repo.listAcknowledgements(trx, [r])).filter(
      (k) => k.enterprise_id === r.enterprise_id && k.recipient === recipient,
    );
    if (done) {
      throw conflict(
        `${RECIPIENT_NAMES[recipient]}已于 ${chinaDateTime(done.acknowledged_at)} 由 ${done.acknowledged_by_name} 签收，不能重复签收`,
      );
    }
    await insertAcknowledgement(trx, r, recipient, who, new Date());
  });
  return detail(db, who, enterprise.id, id);
}

/** Records one recipient's receipt (also the demo history's way, at a past time). */
export async function insertAcknowledgement(
  trx: Executor,
  r: Pick<ReportRow, 'enterprise_id' | 'id' | 'kind' | 'content' | 'due_at'>,
  recipient: ReportRecipient,
  who: Pick<Who, 'userId' | 'displayName' | 'agencyId'>,
  at: Date,
) {
  await emit(trx, reportAcknowledged(r, recipient, who.displayName, at));
  return repo.insertAcknowledgement(trx, {
    enterprise_id: r.enterprise_id,
    report_id: r.id,
    recipient,
    acknowledged_by: who.userId,
    acknowledged_by_name: who.displayName,
    agency_id: recipient === 'agency' ? who.agencyId : null,
    acknowledged_at: at,
  });
}
