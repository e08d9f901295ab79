import type { z } from '@hono/zod-openapi';
import type { Db, Executor, HazardAttachment } from '@shuangfang/db';
import type { ActingMembership, Who } from '../../auth/actor.js';
import { chinaToday } from '../../lib/china-time.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { decodeTimeCursor, toPage } from '../../lib/pagination.js';
import { registerIn } from '../hazards/hazards.service.js';
import { effectiveSettings } from '../jurisdictions/jurisdictions.service.js';
import { insertUpload } from '../uploads/uploads.repository.js';
import { hashReceiptCode, normalizeReceiptCode } from './receipt-code.js';
import { reporterTrace, TRACE_NAMES } from './reporter-traces.js';
import { rewardFen, yuanToFen } from './reward.js';
import { stripMetadata } from './strip-metadata.js';
import { allowedActions, type TipoffAction } from './tipoffs.access.js';
import { STATE_NAMES, tipoffDto } from './tipoffs.dto.js';
import * as repo from './tipoffs.repository.js';
import type { MoveBodyValues, TriageListQuery } from './tipoffs.schemas.js';

// Triage by the agencies over the reported enterprise (any agency whose subtree holds it; others
// get 404). The tip-off keeps its reporter; the hazard a verification opens is the regulator's
// registration (reporter = the triaging regulator), so nothing on the enterprise's side can lead
// back to the citizen. The moves each state allows are in tipoffs.access.ts.

const ACTION_NAMES: Record<TipoffAction, string> = {
  review: '开始核查',
  reject: '认定不属实',
  verify: '核实并生成隐患',
  fine: '登记罚款与奖励',
  pay: '登记奖励发放',
};

function requireAllowed(t: Parameters<typeof allowedActions>[0], action: TipoffAction) {
  const allowed = allowedActions(t);
  if (allowed.includes(action)) return;
  const paid = t.reward_paid_on !== null ? '（奖励已发放）' : '';
  const list = allowed.length ? allowed.map((a) => ACTION_NAMES[a]).join('、') : '无';
  throw conflict(`当前状态为「${STATE_NAMES[t.state]}」${paid}，只允许：${list}`);
}

async function requireVisible(db: Executor, m: ActingMembership, id: string) {
  const tipoff = await repo.findVisible(db, m, id);
  if (!tipoff) throw notFound('举报');
  return tipoff;
}

export async function list(db: Db, m: ActingMembership, q: z.infer<typeof TriageListQuery>) {
  const rows = await repo.listVisible(db, m, q, q.limit, decodeTimeCursor(q.cursor));
  const page = toPage(rows, q.limit, (t) => [new Date(t.filed_at).toISOString(), t.id]);
  return { items: page.items.map(tipoffDto), nextCursor: page.nextCursor };
}

export async function detail(db: Executor, m: ActingMembership, id: string) {
  const tipoff = await requireVisible(db, m, id);
  const photos = await repo.listPhotos(db, tipoff.enterprise_id, tipoff.id);
  return {
    ...tipoffDto(tipoff),
    // Everyone who may read a tip-off triages it, so its state alone says what may be done.
    actions: allowedActions(tipoff),
    photos: photos.map((p) => ({
      id: p.id,
      name: p.name,
      contentType: p.content_type,
      size: p.byte_size,
    })),
  };
}

export async function photo(db: Db, m: ActingMembership, tipoffId: string, photoId: string) {
  const tipoff = await requireVisible(db, m, tipoffId);
  const row = await repo.findPhoto(db, tipoff.enterprise_id, tipoff.id, photoId);
  if (!row) throw notFound('照片');
  return row;
}

/** Copies the tip-off's photos into the enterprise's uploads, as the regulator's, to attach. */
async function copyPhotos(trx: Executor, who: Who, enterpriseId: string, tipoffId: string) {
  const attachments: HazardAttachment[] = [];
  for (const [i, p] of (await repo.photosWithData(trx, enterpriseId, tipoffId)).entries()) {
    const name = `现场照片-${i + 1}`;
    const row = await insertUpload(trx, {
      enterpriseId,
      name,
      contentType: p.content_type,
      // The enterprise's copy without EXIF/XMP/text: nothing of the phone or the place it was in.
      data: stripMetadata(new Uint8Array(p.data), p.content_type),
      userId: who.userId,
    });
    attachments.push({ name, ref: row.id });
  }
  return attachments;
}

/**
 * The enterprise reads what a verification writes into its hazard: a text naming the reporter,
 * their phone or their receipt code is refused (422 naming the field) before anything is written.
 */
function refuseReporterTraces(
  t: { reporter_name: string | null; reporter_phone: string | null; receipt_hash: string },
  fields: [string, string | undefined][],
) {
  const reporter = { name: t.reporter_name, phone: t.reporter_phone, receiptHash: t.receipt_hash };
  for (const [field, text] of fields) {
    const trace = text ? reporterTrace(text, reporter) : null;
    if (trace) {
      throw invalid(field, `不得包含${TRACE_NAMES[trace]}：生成的隐患企业可以看到，会暴露举报人`);
    }
  }
}

/** Today's date in China time, the calendar a payment date is written in. */

export async function move(db: Db, who: Who, id: string, body: MoveBodyValues) {
  const visible = await requireVisible(db, who, id);
  const enterpriseId = visible.enterprise_id;
  await db.transaction().execute(async (trx) => {
    const t = await repo.lockTipoff(trx, enterpriseId, id);
    requireAllowed(t, body.action);
    const now = new Date();
    switch (body.action) {
      case 'review':
        return repo.updateTipoff(trx, enterpriseId, id, {
          state: 'reviewing',
          reviewed_by: who.userId,
          reviewed_at: now,
        });
      case 'reject':
        return repo.updateTipoff(trx, enterpriseId, id, {
          state: 'unsubstantiated',
          reject_reason: body.reason,
          decided_by: who.userId,
          decided_at: now,
        });
      case 'verify': {
        const enterprise = await repo.findActiveEnterprise(trx, enterpriseId);
        if (!enterprise) throw conflict('被举报企业已停用，不能生成隐患');
        refuseReporterTraces(t, [
          ['description', body.description],
          ['location', body.location],
        ]);
        const attachments = body.attachPhotos ? await copyPhotos(trx, who, enterpriseId, id) : [];
        refuseReporterTraces(
          t,
          attachments.map((a, i) => [`attachments.${i}.name`, a.name]),
        );
        const hazardId = await registerIn(trx, who, enterprise, '举报', {
          kind: body.kind,
          category: body.category,
          description: body.description,
          location: body.location ?? null,
          attachments,
          criterionItemId: body.criterionItemId,
        });
        return repo.updateTipoff(trx, enterpriseId, id, {
          state: 'verified',
          hazard_id: hazardId,
          decided_by: who.userId,
          decided_at: now,
        });
      }
      case 'fine': {
        const fineFen = yuanToFen(body.fineYuan);
        if (!fineFen) throw invalid('fineYuan', '罚款金额须大于 0');
        const rule = await rewardRule(trx, enterpriseId);
        return repo.updateTipoff(trx, enterpriseId, id, {
          fine_fen: fineFen,
          reward_fen: rewardFen(fineFen, rule),
          reward_recorded_by: who.userId,
          reward_recorded_at: now,
        });
      }
      case 'pay': {
        if (body.paidOn > chinaToday()) throw invalid('paidOn', '发放日期不能晚于今天');
        // An anonymous reporter is known only by the receipt code: the agency pays whoever shows it.
        if (t.reporter_name === null) {
          const code = body.receiptCode && normalizeReceiptCode(body.receiptCode);
          if (!code || hashReceiptCode(code) !== t.receipt_hash) {
            throw invalid('receiptCode', '匿名举报的奖励须凭查询码领取，查询码不符');
          }
        }
        return repo.updateTipoff(trx, enterpriseId, id, {
          reward_paid_on: body.paidOn,
          reward_paid_by: who.userId,
        });
      }
    }
  });
  return detail(db, who, id);
}

/** The reward rule in force at the enterprise's jurisdiction. */
async function rewardRule(db: Executor, enterpriseId: string) {
  const place = await db
    .selectFrom('enterprise as e')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .select(['j.code', 'j.path'])
    .where('e.id', '=', enterpriseId)
    .executeTakeFirstOrThrow();
  // effectiveSettings only reads; typed for Db, it runs as well inside the transaction.
  return (await effectiveSettings(db as Db, place.path, place.code)).effective.tipoffReward;
}
