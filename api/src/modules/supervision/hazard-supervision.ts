import type { Executor } from '@shuangfang/db';
import { supervisionDto } from './supervision.dto.js';
import { findLatestForHazard } from './supervision.repository.js';

// What the hazard module reads of 挂牌督办, kept apart from the supervision service so that the
// two services do not import each other.

/** The supervision shown on a hazard: the current one, else the last; null if never listed. */
export async function supervisionOf(db: Executor, enterpriseId: string, hazardId: string) {
  const row = await findLatestForHazard(db, enterpriseId, hazardId);
  return row ? supervisionDto(row) : null;
}

export { lockListed as lockListedSupervision } from './supervision.repository.js';
export { extendDeadline as extendSupervisionDeadline } from './supervision.repository.js';
