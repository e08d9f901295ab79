import type { z } from '@hono/zod-openapi';
import type { Db } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { requireJurisdictionInScope } from '../../auth/scope.js';
import { forbidden } from '../../lib/errors.js';
import { decodeCursor, decodeTimeCursor, toPage } from '../../lib/pagination.js';
import { chinaDate } from '../checks/check-windows.js';
import { settingsAtEach } from '../jurisdictions/jurisdictions.service.js';
import * as repo from './commitments.repository.js';
import type { StatusQuery, SubtreeHistoryQuery } from './commitments.schemas.js';
import { commitmentDto, dueAtOf } from './commitments.service.js';

// The regulator's side of the daily 承诺 (docs/domain-chemicals.md section 4): which obliged
// enterprises of its subtree have not committed on a day, which committed late, and the history.

const STATUS_LABELS = {
  on_time: '按时发布',
  late: '逾期发布',
  missing: '逾期未发布',
  pending: '尚未发布（未到截止时间）',
} as const;

/** An item's place in the list: by name, then id. */
const key = (i: { enterprise: { id: string; name: string } }): [string, string] => [
  i.enterprise.name,
  i.enterprise.id,
];

/** Orders keys by code unit, so that a cursor compares as the sort did. */
const compareKeys = (a: [string, string], b: [string, string]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

async function subtree(db: Db, who: Who, code: string | undefined) {
  const own = code ?? who.jurisdictionCode;
  if (!own) throw forbidden();
  return requireJurisdictionInScope(db, who, own);
}

export async function status(db: Db, who: Who, q: z.infer<typeof StatusQuery>, now = new Date()) {
  const jurisdiction = await subtree(db, who, q.jurisdiction);
  const day = q.date ?? chinaDate(now);
  const rows = await repo.obligedUnder(db, jurisdiction.path, day);
  const places = new Map(rows.map((r) => [r.jurisdiction_code, r.jurisdiction_path]));
  const settings = await settingsAtEach(
    db,
    [...places].map(([code, path]) => ({ code, path })),
  );
  const all = rows
    .map((r) => {
      const dueAt = r.due_at
        ? new Date(r.due_at)
        : dueAtOf(day, settings.get(r.jurisdiction_code)!.commitmentDeadline);
      const s = r.committed_at
        ? new Date(r.committed_at) > dueAt
          ? ('late' as const)
          : ('on_time' as const)
        : now > dueAt
          ? ('missing' as const)
          : ('pending' as const);
      return {
        enterprise: { id: r.id, name: r.name, jurisdictionCode: r.jurisdiction_code },
        status: s,
        statusLabel: STATUS_LABELS[s],
        commitmentId: r.commitment_id,
        committedAt: r.committed_at ? new Date(r.committed_at).toISOString() : null,
        committedByName: r.committed_by_name,
        dueAt: dueAt.toISOString(),
      };
    })
    .sort((a, b) => compareKeys(key(a), key(b)));
  const count = (s: keyof typeof STATUS_LABELS) => all.filter((i) => i.status === s).length;
  // Paged here, not in SQL: the summary needs every row, and each status is worked out above.
  const after = decodeCursor(q.cursor);
  const shown = all.filter(
    (i) => (!q.status || i.status === q.status) && (!after || compareKeys(key(i), after) > 0),
  );
  const page = toPage(shown.slice(0, q.limit + 1), q.limit, key);
  return {
    date: day,
    jurisdiction: jurisdiction.code,
    items: page.items,
    nextCursor: page.nextCursor,
    summary: {
      obliged: all.length,
      onTime: count('on_time'),
      late: count('late'),
      missing: count('missing'),
      pending: count('pending'),
    },
  };
}

export async function history(db: Db, who: Who, q: z.infer<typeof SubtreeHistoryQuery>) {
  const jurisdiction = await subtree(db, who, q.jurisdiction);
  const rows = await repo.history(
    db,
    { path: jurisdiction.path, enterpriseId: q.enterpriseId },
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
