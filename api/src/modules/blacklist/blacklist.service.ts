import type { Who } from '../../auth/actor.js';
import type { z } from '@hono/zod-openapi';
import type { Db } from '@shuangfang/db';
import {
  isAgencyRole,
  jurisdictionFilterPath,
  requireEnterpriseInScope,
} from '../../auth/scope.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { decodeTimeCursor, toPage } from '../../lib/pagination.js';
import { effectiveSettings } from '../jurisdictions/jurisdictions.service.js';
import { openRevocationReview } from '../standardization/certificates.service.js';
import { workingDaysAfter } from '../reports/report-calendar.js';
import { actsForAgency } from './blacklist.access.js';
import { chinaMinute, listedUntil, repairPossibleFrom } from './blacklist-calendar.js';
import { entryDto, eventDto, publicDto, repairDto } from './blacklist.dto.js';
import { hiddenFrom, moveEntry } from './blacklist-moves.js';
import { allowedMoves, AGENCY_MOVES, type BlacklistMove } from './blacklist-states.js';
import * as repo from './blacklist.repository.js';
import type * as s from './blacklist.schemas.js';

// 严重失信主体名单 (docs/domain.md section 4, 应急管理部令第11号): an agency over the enterprise
// proposes, notifies (告知, opening the 陈述申辩 period), then lists or withdraws. Listing sets the
// enterprise's credit_status in the same transaction. Removal and 信用修复: blacklist-repair.service.ts.
//
// Listing before the 陈述申辩 period ends is refused (409 naming the due date), except when the
// enterprise has already filed its statement: the period has then served its purpose, and the
// agency lists by answering it (`statementResponse`, required then), which records that the
// statement was considered.

/** The moves the caller could make on the entry now (for the pages' buttons). */
async function movesFor(db: Db, who: Who, r: repo.EntryView, now: Date): Promise<BlacklistMove[]> {
  if (isAgencyRole(who)) {
    if (who.role !== 'agency_admin' || !actsForAgency(who, r.agency_path)) return [];
    const pending =
      r.state === 'listed' && (await repo.pendingRepair(db, r.enterprise_id, r.id, false));
    return allowedMoves(r.state, AGENCY_MOVES).filter((m) =>
      m === 'approve_repair' || m === 'refuse_repair'
        ? Boolean(pending)
        : m === 'revoke_removal'
          ? r.removal_kind === 'early' && r.listed_until! > now
          : true,
    );
  }
  if (who.role !== 'enterprise_admin') return [];
  if (r.state === 'notified' && r.statement === null && r.statement_due_at! >= now) {
    return ['statement'];
  }
  if (r.state === 'listed' && repairPossibleFrom(r.listed_at!) <= now) {
    return (await repo.pendingRepair(db, r.enterprise_id, r.id, false)) ? [] : ['apply_repair'];
  }
  return [];
}

export async function getOne(db: Db, who: Who, enterpriseId: string, id: string, now = new Date()) {
  await requireEnterpriseInScope(db, who, enterpriseId);
  const r = await repo.findEntry(db, enterpriseId, id);
  if (!r || hiddenFrom(who, r.notified_at)) throw notFound('失信名单记录');
  return {
    ...entryDto(r, await movesFor(db, who, r, now)),
    repairPossibleFrom: r.listed_at ? repairPossibleFrom(r.listed_at).toISOString() : null,
    events: (await repo.listEvents(db, enterpriseId, id)).map(eventDto),
    repairs: (await repo.listRepairs(db, enterpriseId, id)).map(repairDto),
  };
}

export async function listForEnterprise(db: Db, who: Who, enterpriseId: string, now = new Date()) {
  await requireEnterpriseInScope(db, who, enterpriseId);
  const rows = await repo.listForEnterprise(db, enterpriseId, !isAgencyRole(who));
  const items = [];
  for (const r of rows) items.push(entryDto(r, await movesFor(db, who, r, now)));
  return { items };
}

export async function listSubtree(db: Db, who: Who, q: z.infer<typeof s.ListQuery>) {
  const rows = await repo.listSubtree(
    db,
    who,
    {
      state: q.state,
      q: q.q,
      underPath: await jurisdictionFilterPath(db, who, q.jurisdictionCode),
      active: q.active === undefined ? undefined : q.active === 'true',
    },
    q.limit,
    decodeTimeCursor(q.cursor),
  );
  const page = toPage(rows, q.limit, (r) => [new Date(r.proposed_at).toISOString(), r.id]);
  const now = new Date();
  const items = [];
  for (const r of page.items) items.push(entryDto(r, await movesFor(db, who, r, now)));
  return { items, nextCursor: page.nextCursor };
}

export async function searchPublic(db: Db, q: string, now = new Date()) {
  return { items: (await repo.searchListed(db, q, now, 50)).map(publicDto) };
}

export async function propose(
  db: Db,
  who: Who,
  enterpriseId: string,
  body: z.infer<typeof s.ProposeBody>,
  now = new Date(),
) {
  await requireEnterpriseInScope(db, who, enterpriseId);
  const id = await db.transaction().execute(async (trx) => {
    // The enterprise row lock serialises two proposals against the same enterprise.
    await trx
      .selectFrom('enterprise')
      .select('id')
      .where('id', '=', enterpriseId)
      .forUpdate()
      .execute();
    const live = await repo.otherLiveEntry(trx, enterpriseId);
    if (live) throw conflict('该企业已有进行中或有效的失信名单记录，不能重复提出');
    const { id } = await repo.insertEntry(trx, {
      enterprise_id: enterpriseId,
      agency_id: who.agencyId!,
      state: 'proposed',
      penalty_decision_number: body.penaltyDecisionNumber,
      reason: body.reason,
      legal_basis: body.legalBasis,
      proposed_by: who.userId,
      proposed_at: now,
    });
    await repo.insertEvent(trx, {
      enterpriseId,
      entryId: id,
      action: 'propose',
      from: null,
      to: 'proposed',
      actorId: who.userId,
      note: null,
      at: now,
    });
    return id;
  });
  return getOne(db, who, enterpriseId, id, now);
}

/** 告知: the 陈述申辩 period runs the jurisdiction's working days from now. */
export async function notify(db: Db, who: Who, enterpriseId: string, id: string, now = new Date()) {
  await moveEntry(db, who, enterpriseId, id, 'notify', now, async ({ trx, to, record }) => {
    const e = await trx
      .selectFrom('enterprise as e')
      .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
      .select(['j.path', 'j.code'])
      .where('e.id', '=', enterpriseId)
      .executeTakeFirstOrThrow();
    const { effective } = await effectiveSettings(trx as Db, e.path, e.code);
    const due = workingDaysAfter(now, effective.blacklistStatementWorkingDays);
    await repo.updateEntry(trx, enterpriseId, id, {
      state: to,
      notified_at: now,
      statement_due_at: due,
    });
    await record(`陈述申辩期至 ${chinaMinute(due)}`);
  });
  return getOne(db, who, enterpriseId, id, now);
}

/** 陈述申辩 by the enterprise, once, within the period. */
export async function fileStatement(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof s.StatementBody>,
  now = new Date(),
) {
  await moveEntry(
    db,
    who,
    enterpriseId,
    id,
    'statement',
    now,
    async ({ trx, entry, to, record }) => {
      if (entry.statement !== null) throw conflict('已提交陈述申辩，不能重复提交');
      if (now > entry.statement_due_at!) {
        throw conflict(`陈述申辩期已于 ${chinaMinute(entry.statement_due_at!)} 截止，不能再提交`);
      }
      await repo.updateEntry(trx, enterpriseId, id, {
        state: to,
        statement: body.statement,
        statement_at: now,
      });
      await record(body.statement);
    },
  );
  return getOne(db, who, enterpriseId, id, now);
}

export async function list(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof s.ListBody>,
  now = new Date(),
) {
  await moveEntry(db, who, enterpriseId, id, 'list', now, async ({ trx, entry, to, record }) => {
    if (entry.statement !== null) {
      if (!body.statementResponse) {
        throw invalid('statementResponse', '企业已提交陈述申辩，列入前须写明对陈述申辩的处理意见');
      }
    } else if (now <= entry.statement_due_at!) {
      throw conflict(
        `陈述申辩期至 ${chinaMinute(entry.statement_due_at!)} 截止，期满前不能列入（企业已提交陈述申辩的除外）`,
      );
    }
    await repo.updateEntry(trx, enterpriseId, id, {
      state: to,
      decision_number: body.decisionNumber,
      listed_at: now,
      listed_until: listedUntil(now),
    });
    await repo.refreshCreditStatus(trx, enterpriseId);
    // Listing is a reason to revoke its 标准化 certificate: the certifying agency decides.
    await openRevocationReview(trx, enterpriseId, id, now);
    await record(body.statementResponse ?? null);
  });
  return getOne(db, who, enterpriseId, id, now);
}

export async function withdraw(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof s.ReasonBody>,
  now = new Date(),
) {
  await moveEntry(db, who, enterpriseId, id, 'withdraw', now, async ({ trx, to, record }) => {
    await repo.updateEntry(trx, enterpriseId, id, { state: to });
    await record(body.reason);
  });
  return getOne(db, who, enterpriseId, id, now);
}
