import type { z } from '@hono/zod-openapi';
import { CUSTODY_ROLES, type Db, type MajorHazardRow } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { requireEnterpriseInScope, requireJurisdictionInScope } from '../../auth/scope.js';
import { CUSTODY_ROLE_LABELS } from '../../lib/chemical-labels.js';
import { forbidden } from '../../lib/errors.js';
import { chinaDate, dayRange, type Window } from '../checks/check-windows.js';
import { settingsAt } from '../jurisdictions/jurisdictions.service.js';
import type { Settings } from '../jurisdictions/settings.defaults.js';
import { judgedAt } from '../run-states/operation.js';
import { operationContext } from '../run-states/operation-context.js';
import { periodsOverlapping } from '../run-states/run-states.repository.js';
import { custodyWindowsEndingIn } from './custody-windows.js';
import * as repo from './major-hazards.repository.js';
import type { CompletionQuery, SubtreeCompletionQuery } from './major-hazards.schemas.js';

// 包保 completion per role per 重大危险源 per month (docs/domain-chemicals.md section 2), derived
// from the windows and the records like the check tasks: a window belongs to the month its last
// instant falls in; it counts while a 包保责任人 held the role at that instant; done = recorded,
// suspended = the 重大危险源 was stopped or in 检修 then, missed = over and neither.

/** A China-time month `YYYY-MM` as [start, end). */
export function monthRange(month: string): Window {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { start: dayRange(`${month}-01`).start, end: dayRange(`${next}-01`).start };
}

type Hazard = Pick<MajorHazardRow, 'id' | 'enterprise_id' | 'code' | 'name' | 'level'> & {
  jurisdiction_code: string;
};

async function rows(db: Db, hazards: Hazard[], month: Window, now: Date) {
  const enterpriseIds = [...new Set(hazards.map((h) => h.enterprise_id))];
  const [custodians, records, periods] = await Promise.all([
    repo.custodiansOverlapping(db, enterpriseIds, month.start, month.end),
    repo.custodyRecordsEnding(db, enterpriseIds, month.start, month.end),
    periodsOverlapping(db, enterpriseIds, month.start, month.end),
  ]);
  const settings = new Map<string, Settings>();
  for (const code of new Set(hazards.map((h) => h.jurisdiction_code))) {
    settings.set(code, await settingsAt(db, code));
  }
  const op = operationContext(periods, []);
  const done = new Set(
    records.map(
      (r) =>
        `${r.major_hazard_id}|${r.custody_role}|${new Date(r.window_start).getTime()}|${new Date(r.window_end).getTime()}`,
    ),
  );
  const shown = new Date(Math.min(month.end.getTime() - 1, now.getTime()));
  return hazards.flatMap((h) =>
    CUSTODY_ROLES.map((role) => {
      const terms = custodians.filter((c) => c.major_hazard_id === h.id && c.role === role);
      const holderAt = (t: Date) =>
        terms.find(
          (c) => new Date(c.assigned_at) <= t && (c.ended_at === null || new Date(c.ended_at) > t),
        );
      const counts = { done: 0, missed: 0, suspended: 0, pending: 0 };
      const windows = custodyWindowsEndingIn(
        role,
        settings.get(h.jurisdiction_code)!,
        month.start,
        month.end,
      );
      for (const w of windows) {
        if (w.start > now) continue;
        const judged = judgedAt(w, now);
        if (!holderAt(judged)) continue; // the role was not held then: nobody's task
        if (done.has(`${h.id}|${role}|${w.start.getTime()}|${w.end.getTime()}`)) counts.done += 1;
        else if (op.majorHazard(h.id, judged) !== 'operating') counts.suspended += 1;
        else if (w.end > now) counts.pending += 1;
        else counts.missed += 1;
      }
      const holder = holderAt(shown);
      const judgedCount = counts.done + counts.missed;
      return {
        majorHazard: { id: h.id, code: h.code, name: h.name, level: h.level },
        enterpriseId: h.enterprise_id,
        role,
        roleLabel: CUSTODY_ROLE_LABELS[role],
        custodian: holder ? { id: holder.user_id, name: holder.name } : null,
        expected: counts.done + counts.missed + counts.pending,
        ...counts,
        rate: judgedCount === 0 ? null : counts.done / judgedCount,
        behind: counts.missed > 0,
      };
    }),
  );
}

const monthOf = (q: { month?: string }, now: Date) => q.month ?? chinaDate(now).slice(0, 7);

export async function enterpriseCompletion(
  db: Db,
  who: Who,
  enterpriseId: string,
  q: z.infer<typeof CompletionQuery>,
  now = new Date(),
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const month = monthOf(q, now);
  const hazards = (await repo.listMajorHazards(db, enterprise.id)).map((h) => ({
    ...h,
    jurisdiction_code: enterprise.jurisdiction_code,
  }));
  const items = await rows(db, hazards, monthRange(month), now);
  return { month, items: items.map(({ enterpriseId: _, ...row }) => row) };
}

/** Which 包保责任人 are behind, across the caller's subtree (or a part of it). */
export async function subtreeCompletion(
  db: Db,
  who: Who,
  q: z.infer<typeof SubtreeCompletionQuery>,
  now = new Date(),
) {
  const code = q.jurisdiction ?? who.jurisdictionCode;
  if (!code) throw forbidden();
  const jurisdiction = await requireJurisdictionInScope(db, who, code);
  const month = monthOf(q, now);
  const hazards = await repo.majorHazardsUnder(db, jurisdiction.path);
  const names = new Map(hazards.map((h) => [h.enterprise_id, h.enterprise_name]));
  const all = await rows(db, hazards, monthRange(month), now);
  const items = all
    .filter((r) => q.behind !== 'true' || r.behind)
    .map(({ enterpriseId, ...row }) => ({
      ...row,
      enterprise: { id: enterpriseId, name: names.get(enterpriseId)! },
    }));
  return {
    month,
    jurisdiction: code,
    items,
    summary: {
      majorHazards: hazards.length,
      custodianRoles: all.filter((r) => r.custodian !== null).length,
      behind: all.filter((r) => r.behind).length,
    },
  };
}
