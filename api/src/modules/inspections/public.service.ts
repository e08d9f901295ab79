import type { Db } from '@shuangfang/db';
import { notFound } from '../../lib/errors.js';
import { findAgency } from '../agencies/agencies.repository.js';
import { verifyDraw, type PublishedDraw } from './draw.js';
import { hazardStates, listPublished } from './inspections.repository.js';
import { agencyDraws, findPublished } from './plans.repository.js';

// 一公开: what anyone may read without a session — an agency's published inspection results
// (enterprise, items, outcome, the hazards found and their current state) and every draw of the
// agency with its inputs, so that anyone can recompute it.

export async function agencyResults(db: Db, agencyId: string) {
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
    })),
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
