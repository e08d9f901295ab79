import type { Db, PositionRow } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { positionActions } from './positions.access.js';
import * as repo from './positions.repository.js';

export async function list(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  includeArchived: boolean,
) {
  await requireEnterpriseInScope(db, m, enterpriseId);
  const positions = await repo.listPositions(db, enterpriseId, includeArchived);
  return describe(db, m, enterpriseId, positions);
}

async function describe(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  positions: PositionRow[],
) {
  const ids = positions.map((p) => p.id);
  const [units, workers] = await Promise.all([
    repo.unitsOf(db, enterpriseId, ids),
    repo.workersOf(db, enterpriseId, ids),
  ]);
  return positions.map((p) => ({
    id: p.id,
    name: p.name,
    sortOrder: p.sort_order,
    archived: p.archived_at !== null,
    units: units
      .filter((u) => u.position_id === p.id)
      .map((u) => ({ id: u.id, name: u.name, objectName: u.object_name })),
    workers: workers
      .filter((w) => w.position_id === p.id)
      .map((w) => ({ userId: w.id, displayName: w.display_name })),
    actions: positionActions(m, enterpriseId, p.archived_at !== null),
  }));
}

/** Units must be the enterprise's current units, workers its members; each bad id is named. */
async function checkLinks(db: Db, enterpriseId: string, unitIds?: string[], userIds?: string[]) {
  if (unitIds) {
    const known = await repo.currentUnitIds(db, enterpriseId, unitIds);
    const bad = unitIds.find((id) => !known.has(id));
    if (bad) throw invalid('unitIds', `风险分析单元 ${bad} 不存在、已归档或不属于本企业`);
  }
  if (userIds) {
    const known = await repo.memberIds(db, enterpriseId, userIds);
    const bad = userIds.find((id) => !known.has(id));
    if (bad) throw invalid('workerUserIds', `用户 ${bad} 不是本企业的在职人员`);
  }
}

async function view(db: Db, m: ActingMembership, enterpriseId: string, id: string) {
  const [position] = await describe(db, m, enterpriseId, [
    (await repo.findPosition(db, enterpriseId, id))!,
  ]);
  return position!;
}

export async function create(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  input: { name: string; unitIds: string[]; workerUserIds: string[]; sortOrder?: number },
) {
  await requireEnterpriseInScope(db, m, enterpriseId);
  await checkLinks(db, enterpriseId, input.unitIds, input.workerUserIds);
  const id = await db.transaction().execute(async (trx) => {
    const id = await repo.insertPosition(trx, enterpriseId, input.name, input.sortOrder);
    await repo.replaceUnits(trx, enterpriseId, id, input.unitIds);
    await repo.replaceWorkers(trx, enterpriseId, id, input.workerUserIds);
    return id;
  });
  return view(db, m, enterpriseId, id);
}

async function requireCurrentPosition(db: Db, enterpriseId: string, id: string) {
  const position = await repo.findPosition(db, enterpriseId, id);
  if (!position) throw notFound('岗位');
  if (position.archived_at) throw conflict('岗位已归档，不能再修改');
}

export async function update(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  id: string,
  input: { name?: string; unitIds?: string[]; workerUserIds?: string[]; sortOrder?: number },
) {
  await requireEnterpriseInScope(db, m, enterpriseId);
  await requireCurrentPosition(db, enterpriseId, id);
  await checkLinks(db, enterpriseId, input.unitIds, input.workerUserIds);
  await db.transaction().execute(async (trx) => {
    await repo.updatePosition(trx, enterpriseId, id, {
      name: input.name,
      sort_order: input.sortOrder,
    });
    if (input.unitIds) await repo.replaceUnits(trx, enterpriseId, id, input.unitIds);
    if (input.workerUserIds) await repo.replaceWorkers(trx, enterpriseId, id, input.workerUserIds);
  });
  return view(db, m, enterpriseId, id);
}

export async function archive(db: Db, m: ActingMembership, enterpriseId: string, id: string) {
  await requireEnterpriseInScope(db, m, enterpriseId);
  await requireCurrentPosition(db, enterpriseId, id);
  await repo.updatePosition(db, enterpriseId, id, { archived: true });
  return view(db, m, enterpriseId, id);
}
