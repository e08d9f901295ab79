import { createHash } from 'node:crypto';
import type { z } from '@hono/zod-openapi';
import type { Db } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { generateSecureRandomString } from '../../auth/session-token.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { canonicalJson } from '../../lib/canonical-json.js';
import { conflict, forbidden, notFound } from '../../lib/errors.js';
import { decodeTimeCursor, toPage } from '../../lib/pagination.js';
import { chinaDate, dayRange } from '../checks/check-windows.js';
import { dutiesOf } from '../duties/duties.repository.js';
import { settingsAt } from '../jurisdictions/jurisdictions.service.js';
import { deriveFacts, type CommitmentFacts } from './commitment-counts.js';
import { committerRole, mayKeepScreenLink } from './commitments.access.js';
import * as repo from './commitments.repository.js';
import type { HistoryQuery, PublishBody } from './commitments.schemas.js';

// 安全风险研判与承诺公告 (docs/domain-chemicals.md section 4): one per enterprise and China day,
// its facts derived from the data at publication, frozen with the statement and hashed. Late =
// published after the day's deadline (the jurisdiction's `commitmentDeadline`, China time).

export const COMMITTED_AS_LABELS = { principal: '主要负责人', deputy: '值班负责人' } as const;

/** The day's deadline: `HH:MM` China time on that day. */
export function dueAtOf(day: string, deadline: string): Date {
  const [h, m] = deadline.split(':').map(Number) as [number, number];
  return new Date(dayRange(day).start.getTime() + (h * 60 + m) * 60_000);
}

interface Stored {
  enterpriseName: string;
  facts: CommitmentFacts;
  statement: string;
  note: string | null;
}

export function hashOf(r: {
  enterprise_id: string;
  day: string;
  due_at: Date | string;
  committed_by: string;
  committed_by_name: string;
  committed_as: string;
  committed_at: Date | string;
  content: Record<string, unknown>;
}) {
  return createHash('sha256')
    .update(
      canonicalJson([
        'risk-commitment/v1',
        r.enterprise_id.toLowerCase(),
        r.day,
        new Date(r.due_at).toISOString(),
        r.committed_by.toLowerCase(),
        r.committed_by_name,
        r.committed_as,
        new Date(r.committed_at).toISOString(),
        r.content,
      ]),
    )
    .digest('hex');
}

export function commitmentDto(r: repo.CommitmentRow) {
  const content = r.content as unknown as Stored;
  return {
    id: r.id,
    date: r.day,
    enterpriseName: content.enterpriseName,
    facts: content.facts,
    statement: content.statement,
    note: content.note,
    committedBy: { id: r.committed_by, name: r.committed_by_name },
    committedAs: r.committed_as,
    committedAsLabel: COMMITTED_AS_LABELS[r.committed_as],
    committedAt: new Date(r.committed_at).toISOString(),
    dueAt: new Date(r.due_at).toISOString(),
    late: new Date(r.committed_at) > new Date(r.due_at),
    contentHash: r.content_hash,
    hashVerified: hashOf(r) === r.content_hash,
  };
}

export async function today(db: Db, who: Who, enterpriseId: string, now = new Date()) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const day = chinaDate(now);
  const settings = await settingsAt(db, enterprise.jurisdiction_code);
  const [committed, link, duties] = await Promise.all([
    repo.findByDay(db, enterprise.id, day),
    repo.liveScreenLink(db, enterprise.id),
    who.enterpriseId === enterprise.id ? dutiesOf(db, enterprise.id, who.userId) : new Set(),
  ]);
  const dueAt = dueAtOf(day, settings.commitmentDeadline);
  const actions: ('publish' | 'issue_screen_link' | 'revoke_screen_link')[] = [];
  if (!committed && committerRole(who, duties.has('commitment_deputy'))) actions.push('publish');
  if (mayKeepScreenLink(who)) {
    actions.push('issue_screen_link');
    if (link) actions.push('revoke_screen_link');
  }
  return {
    date: day,
    dueAt: dueAt.toISOString(),
    overdue: !committed && now > dueAt,
    commitment: committed ? commitmentDto(committed) : null,
    draft: committed
      ? null
      : {
          facts: await deriveFacts(db, enterprise.id, now),
          statement: settings.commitmentStatement,
        },
    screenLink: link
      ? { token: link.token, createdAt: new Date(link.created_at).toISOString() }
      : null,
    actions,
  };
}

export async function publish(
  db: Db,
  who: Who,
  enterpriseId: string,
  body: z.infer<typeof PublishBody>,
  now = new Date(),
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const duties = await dutiesOf(db, enterprise.id, who.userId);
  const as = committerRole(who, duties.has('commitment_deputy'));
  if (!as) throw forbidden('承诺公告由企业主要负责人或其指定的值班负责人发布');
  const day = chinaDate(now);
  const settings = await settingsAt(db, enterprise.jurisdiction_code);
  const id = await db.transaction().execute(async (trx) => {
    if (await repo.findByDay(trx, enterprise.id, day)) throw conflict(`${day} 的承诺公告已发布`);
    const content: Stored = {
      enterpriseName: enterprise.name,
      facts: await deriveFacts(trx, enterprise.id, now),
      statement: settings.commitmentStatement,
      note: body.note ?? null,
    };
    const row = {
      enterprise_id: enterprise.id,
      day,
      due_at: dueAtOf(day, settings.commitmentDeadline),
      content: content as unknown as Record<string, unknown>,
      committed_by: who.userId,
      committed_by_name: who.displayName,
      committed_as: as,
      committed_at: now,
    };
    return repo.insertCommitment(trx, { ...row, content_hash: hashOf(row) });
  });
  return commitmentDto((await repo.findById(db, enterprise.id, id))!);
}

export async function getOne(db: Db, who: Who, enterpriseId: string, id: string) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const row = await repo.findById(db, enterprise.id, id);
  if (!row) throw notFound('承诺公告');
  return commitmentDto(row);
}

export async function history(
  db: Db,
  who: Who,
  enterpriseId: string,
  q: z.infer<typeof HistoryQuery>,
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const rows = await repo.history(
    db,
    { enterpriseId: enterprise.id },
    { from: q.from, to: q.to, late: q.late === undefined ? undefined : q.late === 'true' },
    q.limit,
    decodeTimeCursor(q.cursor),
  );
  const page = toPage(rows, q.limit, (r) => [new Date(r.committed_at).toISOString(), r.id]);
  return {
    items: page.items.map((r) => ({ ...commitmentDto(r), enterpriseId: r.enterprise_id })),
    nextCursor: page.nextCursor,
  };
}

/** Issues the gate screen's public link; the previous one stops working. */
export async function issueScreenLink(db: Db, who: Who, enterpriseId: string) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const token = generateSecureRandomString();
  await db.transaction().execute(async (trx) => {
    await repo.revokeScreenLinks(trx, enterprise.id);
    await repo.insertScreenLink(trx, enterprise.id, token, who.userId);
  });
  const link = (await repo.liveScreenLink(db, enterprise.id))!;
  return { token: link.token, createdAt: new Date(link.created_at).toISOString() };
}

export async function revokeScreenLink(db: Db, who: Who, enterpriseId: string) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  await repo.revokeScreenLinks(db, enterprise.id);
  return { ok: true as const };
}

/**
 * The gate screen (门岗显示屏): the day's published commitment only — the facts, the statement,
 * the 承诺人's name and the 包保责任人's names it publishes; no phone, no account id.
 */
export async function gateScreen(db: Db, token: string, now = new Date()) {
  const link = await repo.findScreenLink(db, token);
  if (!link) throw notFound('门岗显示屏');
  const day = chinaDate(now);
  const [row, settings] = await Promise.all([
    repo.findByDay(db, link.enterprise_id, day),
    settingsAt(db, link.jurisdiction_code),
  ]);
  const dueAt = dueAtOf(day, settings.commitmentDeadline);
  const c = row ? commitmentDto(row) : null;
  return {
    enterpriseName: link.name,
    date: day,
    dueAt: dueAt.toISOString(),
    committed: c !== null,
    overdue: !c && now > dueAt,
    commitment: c
      ? {
          facts: c.facts,
          statement: c.statement,
          note: c.note,
          committedByName: c.committedBy.name,
          committedAsLabel: c.committedAsLabel,
          committedAt: c.committedAt,
          late: c.late,
        }
      : null,
    refreshSeconds: 60,
    generatedAt: now.toISOString(),
  };
}
