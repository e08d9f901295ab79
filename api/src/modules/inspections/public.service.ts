import type { Db } from '@shuangfang/db';
import { notFound } from '../../lib/errors.js';
import type { PublicOrigin } from '../../lib/public-origin.js';
import { findAgency } from '../agencies/agencies.repository.js';
import { verifyDraw, type PublishedDraw } from './draw.js';
import { hazardStates, listPublished } from './inspections.repository.js';
import { agencyDraws, findPublished } from './plans.repository.js';

// 一公开: what anyone may read without a session — an agency's published inspection results
// (enterprise, items, outcome, the hazards found and their current state) and every draw of the
// agency with its inputs, so that anyone can recompute it.

const VERIFY_COMMAND = 'pnpm --filter @shuangfang/api verify-draw <下载的抽取记录.json>';

/** How anyone checks a draw, for the public page (docs/architecture.md states the exact form). */
const howToVerify = (origin: PublicOrigin) => ({
  command: VERIFY_COMMAND,
  steps: [
    '在线核对：打开抽取记录的“复算”地址，服务器按记录中的输入重新计算，matches 为 true 即一致',
    '离线核对：下载抽取记录（JSON），在本系统源码目录运行上述命令，无需数据库和网络；退出码 0 表示一致',
    '自行核对：按公开的算法说明（种子、候选名单哈希、抽取与分组规则）用任何语言重算，结果应与记录相同',
  ],
  warning: origin.warning,
});

export async function agencyResults(db: Db, agencyId: string, origin: PublicOrigin) {
  const agency = await findAgency(db, agencyId);
  if (!agency) throw notFound('监管部门');
  const rows = await listPublished(db, agencyId);
  const hazards = await hazardStates(
    db,
    rows.flatMap((r) =>
      (r.findings ?? []).flatMap((f) =>
        f.hazardId ? [{ enterpriseId: r.enterprise_id, id: f.hazardId }] : [],
      ),
    ),
  );
  const draws = await agencyDraws(db, agencyId);
  return {
    agency: { id: agency.id, name: agency.name },
    items: rows.map((r) => ({
      id: r.id,
      planName: r.plan_name,
      enterpriseName: r.enterprise_name,
      creditCode: r.credit_code,
      inspectedOn: r.inspected_day!,
      publishedAt: new Date(r.published_at!).toISOString(),
      items: (r.item_results ?? []).map((i) => ({ name: i.name, result: i.result })),
      outcome: (r.item_results ?? []).some((i) => i.result === 'fail')
        ? ('fail' as const)
        : ('pass' as const),
      // Only the hazards the inspection opened; nothing that names a person.
      hazards: (r.findings ?? []).flatMap((f) => {
        const h = f.hazardId ? hazards.get(f.hazardId) : undefined;
        return h ? [{ description: h.description, grade: h.grade, state: h.state }] : [];
      }),
      drawId: r.draw_id,
    })),
    draws: draws.map((d) => ({
      id: d.id,
      planName: d.name,
      seq: d.seq,
      drawnAt: new Date(d.drawn_at).toISOString(),
      redoReason: d.redo_reason,
      failed: d.failed,
      failure: (d.published as PublishedDraw).failure?.message ?? null,
      fileUrl: `${origin.origin}/api/v1/public/inspection-draws/${d.id}`,
      verifyUrl: `${origin.origin}/api/v1/public/inspection-draws/${d.id}/verify`,
    })),
    verification: howToVerify(origin),
  };
}

export async function publishedDraw(db: Db, drawId: string): Promise<PublishedDraw> {
  const published = await findPublished(db, drawId);
  if (!published) throw notFound('抽取记录');
  return published as PublishedDraw;
}

export async function verifyPublished(db: Db, drawId: string) {
  return verifyDraw(await publishedDraw(db, drawId));
}
