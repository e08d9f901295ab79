import type { z } from '@hono/zod-openapi';
import type { Db } from '@shuangfang/db';
import { sql } from 'kysely';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { decodeTimeCursor, toPage } from '../../lib/pagination.js';
import { overdue } from '../hazards/hazards.repository.js';
import type { NoticeBoardQuery } from './reports.schemas.js';
import type { Who } from '../../auth/actor.js';

// 信息公示栏 (安全生产法 Art. 41: tell the workers): every hazard of the enterprise with its state,
// grade, kind and deadline — and never who reported it. The query selects the columns it shows by
// name, so no reporter, rectifier, responsible user or finding agency can slip into the answer;
// nor the source, which for a 员工随手拍 or a 举报 would point at a person.

export async function noticeBoard(
  db: Db,
  who: Who,
  enterpriseId: string,
  q: z.infer<typeof NoticeBoardQuery>,
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const after = decodeTimeCursor(q.cursor);
  const rows = await db
    .selectFrom('hazard as h')
    .select([
      'h.id',
      'h.state',
      'h.grade',
      'h.manage_type',
      'h.kind',
      'h.category',
      'h.description',
      'h.location',
      'h.deadline',
      'h.created_at',
      'h.closed_at',
      overdue.as('overdue'),
    ])
    .where('h.enterprise_id', '=', enterprise.id)
    .$if(!!q.state, (b) => b.where('h.state', '=', q.state!))
    .$if(q.overdue === 'true', (b) => b.where(overdue))
    .$if(q.overdue === 'false', (b) => b.where(sql<boolean>`not ${overdue}`))
    .$if(!!after, (b) =>
      b.where((eb) => eb(eb.refTuple('h.created_at', 'h.id'), '<', eb.tuple(after![0], after![1]))),
    )
    .orderBy('h.created_at', 'desc')
    .orderBy('h.id', 'desc')
    .limit(q.limit + 1)
    .execute();
  const page = toPage(rows, q.limit, (h) => [new Date(h.created_at).toISOString(), h.id]);
  const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());
  return {
    enterpriseName: enterprise.name,
    items: page.items.map((h) => ({
      id: h.id,
      state: h.state,
      grade: h.grade,
      manageType: h.manage_type,
      kind: h.kind,
      category: h.category,
      description: h.description,
      location: h.location,
      deadline: iso(h.deadline),
      overdue: h.overdue,
      createdAt: new Date(h.created_at).toISOString(),
      closedAt: iso(h.closed_at),
    })),
    nextCursor: page.nextCursor,
  };
}
