import type { Executor } from '@shuangfang/db';
import type { Window } from '../checks/check-windows.js';
import { coverage } from '../major-hazards/major-hazards.repository.js';
import { combinedOperationAt, operationAt, type Operation, type Period } from './operation.js';
import { periodsOverlapping } from './run-states.repository.js';

// The run-state history an enterprise's checks are judged against, loaded once per request for
// the range it reads. A unit is out of operation when it is, or when a 重大危险源 covering its
// object is; a 重大危险源's own 包保 checks follow its own state.

export interface OperationContext {
  unit(unitId: string, objectId: string, t: Date): Operation;
  majorHazard(majorHazardId: string, t: Date): Operation;
}

const ALWAYS: OperationContext = { unit: () => 'operating', majorHazard: () => 'operating' };

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export async function loadOperation(
  db: Executor,
  enterpriseId: string,
  range: Window,
): Promise<OperationContext> {
  const rows = await periodsOverlapping(db, [enterpriseId], range.start, range.end);
  if (rows.length === 0) return ALWAYS;
  const covered = await coverage(db, enterpriseId);
  return operationContext(rows, covered);
}

/** Builds the context from rows already read (the regulator's roll-up reads many enterprises). */
export function operationContext(
  rows: (Period & { unit_id: string | null; major_hazard_id: string | null })[],
  covered: { major_hazard_id: string; risk_object_id: string }[],
): OperationContext {
  const byUnit = new Map<string, Period[]>();
  const byMajorHazard = new Map<string, Period[]>();
  for (const r of rows) {
    if (r.unit_id) push(byUnit, r.unit_id, r);
    if (r.major_hazard_id) push(byMajorHazard, r.major_hazard_id, r);
  }
  const hazardsOfObject = new Map<string, string[]>();
  for (const c of covered) push(hazardsOfObject, c.risk_object_id, c.major_hazard_id);
  return {
    unit: (unitId, objectId, t) =>
      combinedOperationAt(
        [
          byUnit.get(unitId) ?? [],
          ...(hazardsOfObject.get(objectId) ?? []).map((h) => byMajorHazard.get(h) ?? []),
        ],
        t,
      ),
    majorHazard: (id, t) => operationAt(byMajorHazard.get(id) ?? [], t),
  };
}
