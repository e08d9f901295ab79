import type { Executor } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { dutiesOf } from '../duties/duties.repository.js';
import { coverage } from '../major-hazards/major-hazards.repository.js';
import type { Facts } from './permit-facts.js';
import type { Context } from './permits.dto.js';
import * as repo from './permits.repository.js';

// What the permit DTOs and moves are judged with: the caller's duties, the enterprise's open
// permits, and each permit's samples and signatures.

export async function contextOf(
  db: Executor,
  who: Who,
  enterpriseId: string,
  now: Date,
): Promise<Context> {
  const [duties, open] = await Promise.all([
    who.enterpriseId === enterpriseId ? dutiesOf(db, enterpriseId, who.userId) : new Set<never>(),
    repo.permitsInStates(db, enterpriseId, ['in_progress', 'interrupted']),
  ]);
  return { caller: { who, duties }, open, now };
}

/** The facts of several permits at once (a page of the list). */
export async function factsOf(db: Executor, enterpriseId: string, ids: string[]) {
  const [samples, approvals] = await Promise.all([
    repo.samplesOfMany(db, enterpriseId, ids),
    repo.approvalCounts(db, enterpriseId, ids),
  ]);
  return new Map<string, Facts>(
    ids.map((id) => [
      id,
      {
        samples: samples.filter((s) => s.permit_id === id),
        approvals: Number(approvals.find((a) => a.permit_id === id)?.n ?? 0),
      },
    ]),
  );
}

/** Everything the detail shows. */
export async function detailOf(db: Executor, p: repo.PermitRow) {
  const [measures, samples, steps, covered] = await Promise.all([
    repo.measuresOf(db, p.enterprise_id, p.id),
    repo.samplesOf(db, p.enterprise_id, p.id),
    repo.stepsOf(db, p.enterprise_id, p.id),
    p.risk_object_id ? coverage(db, p.enterprise_id) : Promise.resolve([]),
  ]);
  const hazardIds = covered
    .filter((c) => c.risk_object_id === p.risk_object_id)
    .map((c) => c.major_hazard_id);
  const hazards = hazardIds.length
    ? await db
        .selectFrom('major_hazard')
        .select(['id', 'code', 'name'])
        .where('enterprise_id', '=', p.enterprise_id)
        .where('id', 'in', hazardIds)
        .execute()
    : [];
  return { measures, samples, steps, majorHazards: hazards };
}
