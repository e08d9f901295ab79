import type { z } from '@hono/zod-openapi';
import type { Db } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import {
  PERMIT_LEVEL_LABELS,
  PERMIT_STATE_LABELS,
  PERMIT_TYPE_LABELS,
} from '../../lib/chemical-labels.js';
import { writeSheet, type Column } from '../../lib/xlsx.js';
import { dayRange } from '../checks/check-windows.js';
import { validityExpired } from './permit-facts.js';
import * as repo from './permits.repository.js';
import type { LedgerQuery } from './permits.schemas.js';

// 特殊作业票台账 (.xlsx), one row per permit, as the 安全管理部门 files them (B.3: kept at least a
// year). Times print in China Standard Time.

const cst = (d: Date | string | null) => {
  if (!d) return '';
  const local = new Date(new Date(d).getTime() + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
};

type Row = repo.PermitRow & {
  n: number;
  approvers: string;
  acceptor: string;
  acceptedAt: string;
  expired: boolean;
};

const COLUMNS: Column<Row>[] = [
  { header: '序号', width: 6, value: (r) => r.n },
  { header: '编号', width: 18, value: (r) => r.number },
  { header: '作业类型', width: 12, value: (r) => PERMIT_TYPE_LABELS[r.type] },
  { header: '级别', width: 10, value: (r) => (r.level ? PERMIT_LEVEL_LABELS[r.level] : '') },
  { header: '作业内容', width: 30, value: (r) => r.content },
  { header: '作业地点', width: 20, value: (r) => r.location },
  { header: '作业单位', width: 20, value: (r) => r.work_unit },
  { header: '承包商', width: 8, value: (r) => (r.contractor ? '是' : '否') },
  { header: '作业负责人', width: 10, value: (r) => r.work_leader_name },
  { header: '监护人', width: 10, value: (r) => r.guard_name },
  { header: '作业人', width: 20, value: (r) => r.workers.map((w) => w.name).join('、') },
  { header: '实施时间自', width: 17, value: (r) => cst(r.valid_from) },
  { header: '实施时间至', width: 17, value: (r) => cst(r.valid_to) },
  { header: '审批签字', width: 24, value: (r) => r.approvers },
  { header: '开始作业', width: 17, value: (r) => cst(r.started_at) },
  { header: '完工', width: 17, value: (r) => cst(r.completed_at) },
  { header: '验收人', width: 10, value: (r) => r.acceptor },
  { header: '验收时间', width: 17, value: (r) => r.acceptedAt },
  { header: '状态', width: 10, value: (r) => PERMIT_STATE_LABELS[r.state] },
  { header: '超期', width: 8, value: (r) => (r.expired ? '超期' : '') },
];

export async function ledgerFile(
  db: Db,
  who: Who,
  enterpriseId: string,
  q: z.infer<typeof LedgerQuery>,
  now = new Date(),
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const rows = await repo.allPermits(db, enterprise.id, {
    type: q.type,
    state: q.state,
    appliedFrom: q.from ? dayRange(q.from).start : undefined,
    appliedTo: q.to ? dayRange(q.to).end : undefined,
  });
  const signed = rows.length
    ? await db
        .selectFrom('work_permit_step')
        .select(['permit_id', 'action', 'actor_name', 'at'])
        .where('enterprise_id', '=', enterprise.id)
        .where(
          'permit_id',
          'in',
          rows.map((r) => r.id),
        )
        .where('action', 'in', ['approve', 'accept'])
        .orderBy('seq')
        .execute()
    : [];
  const file = await writeSheet(
    '特殊作业票台账',
    COLUMNS,
    rows.map((r, i) => {
      const mine = signed.filter((s) => s.permit_id === r.id);
      const accept = mine.find((s) => s.action === 'accept');
      return {
        ...r,
        n: i + 1,
        approvers: mine
          .filter((s) => s.action === 'approve')
          .map((s) => s.actor_name)
          .join('、'),
        acceptor: accept?.actor_name ?? '',
        acceptedAt: cst(accept?.at ?? null),
        expired: validityExpired(r, now),
      };
    }),
  );
  return { file, name: `${enterprise.name}-特殊作业票台账.xlsx` };
}
