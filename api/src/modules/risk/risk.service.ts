import type { ControlLevel, Db, Executor } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.js';
import { effectiveSettings } from '../jurisdictions/jurisdictions.service.js';
import { findJurisdiction } from '../jurisdictions/jurisdictions.repository.js';
import {
  assess as gradeAssessment,
  defaultControlLevel,
  highestGrade,
  type AssessmentInput,
} from './grading.js';
import { findMeta } from '../site-plan/site-plan.repository.js';
import { metaDto } from '../site-plan/site-plan.service.js';
import { assessmentDto, registerDto } from './risk.dto.js';
import * as repo from './risk.repository.js';
import type { RegisterTable } from './risk.repository.js';
import { ORDER_LISTS } from './risk.schemas.js';

const NAMES: Record<RegisterTable, string> = {
  risk_object: '风险分析对象',
  risk_unit: '风险分析单元',
  risk_event: '风险事件',
  control_measure: '管控措施',
  emergency_measure: '应急处置措施',
};

export async function getRegister(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  includeArchived: boolean,
) {
  const enterprise = await requireEnterpriseInScope(db, m, enterpriseId);
  const rows = await repo.loadRegister(db, enterpriseId, includeArchived);
  const [assessments, plan, settings] = await Promise.all([
    repo.listAssessments(
      db,
      enterpriseId,
      rows.events.map((e) => e.id),
    ),
    findMeta(db, enterpriseId),
    settingsFor(db, enterprise.jurisdiction_code),
  ]);
  const sitePlan = plan ? metaDto(plan) : null;
  return {
    ...registerDto(enterpriseId, enterprise.risk_level, sitePlan, rows, assessments),
    listNames: settings.listNames,
    gradeBands: { lec: settings.lecBands, ls: settings.lsBands },
  };
}

/** A current (not archived) row of the enterprise: 404 if there is none, 409 if archived. */
async function requireCurrent(
  db: Executor,
  table: RegisterTable,
  enterpriseId: string,
  id: string,
) {
  const row = await repo.findInChain(db, table, enterpriseId, id);
  if (!row) throw notFound(NAMES[table]);
  if (row.archived) throw conflict(`${NAMES[table]}已归档（或其上级已归档），不能再修改或添加下级`);
}

/** The enterprise's risk level is the highest grade of its current events; kept on the enterprise
 *  row so that regulators sort and filter on it without reading registers. */
async function refreshRiskLevel(db: Executor, enterpriseId: string) {
  // Two transactions grading the same enterprise at once would each miss the other's
  // uncommitted grade, and the last to commit would win. Locking the enterprise row first
  // serialises them: the second reads the grades after the first has committed.
  await repo.lockEnterprise(db, enterpriseId);
  await repo.setEnterpriseRiskLevel(
    db,
    enterpriseId,
    highestGrade(await repo.currentGrades(db, enterpriseId)),
  );
}

type Values = Parameters<typeof repo.insertRow>[2];

export async function createRow<T extends RegisterTable>(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  table: T,
  parentId: string | null,
  values: Omit<Values & object, 'enterprise_id'>,
) {
  await requireEnterpriseInScope(db, m, enterpriseId);
  const parent = repo.PARENT[table];
  if (parent && parentId) await requireCurrent(db, parent.table, enterpriseId, parentId);
  const link = parent && parentId ? { [parent.column]: parentId } : {};
  const id = await repo.insertRow(db, table, {
    ...values,
    ...link,
    enterprise_id: enterpriseId,
  } as never);
  return { id };
}

export async function updateRow(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  table: RegisterTable,
  id: string,
  values: Record<string, unknown>,
) {
  await requireEnterpriseInScope(db, m, enterpriseId);
  await requireCurrent(db, table, enterpriseId, id);
  await repo.updateRow(db, table, enterpriseId, id, values as never);
  return { id };
}

export async function archive(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  table: RegisterTable,
  id: string,
) {
  await requireEnterpriseInScope(db, m, enterpriseId);
  await requireCurrent(db, table, enterpriseId, id);
  await db.transaction().execute(async (trx) => {
    await repo.archiveRow(trx, table, enterpriseId, id);
    await refreshRiskLevel(trx, enterpriseId);
  });
  return { id };
}

async function settingsFor(db: Db, jurisdictionCode: string) {
  const j = await findJurisdiction(db, jurisdictionCode);
  return (await effectiveSettings(db, j!.path, jurisdictionCode)).effective;
}

/** Grades an event on the server with the bands of the enterprise's jurisdiction; every
 *  assessment is kept, the event shows the latest. */
export async function assess(
  db: Db,
  m: ActingMembership,
  userId: string,
  enterpriseId: string,
  eventId: string,
  input: AssessmentInput,
) {
  const enterprise = await requireEnterpriseInScope(db, m, enterpriseId);
  await requireCurrent(db, 'risk_event', enterpriseId, eventId);
  const settings = await settingsFor(db, enterprise.jurisdiction_code);
  const { inputs, score, grade } = gradeAssessment(input, settings);
  const { id } = await db.transaction().execute(async (trx) => {
    const created = await repo.insertAssessment(trx, {
      enterprise_id: enterpriseId,
      event_id: eventId,
      method: input.method,
      inputs,
      score,
      grade,
      assessed_by: userId,
    });
    // A new grade brings its default control level; a level changed by hand is decided again.
    await repo.updateRow(trx, 'risk_event', enterpriseId, eventId, {
      grade,
      control_level: defaultControlLevel(grade, settings.controlLevelByGrade),
      control_level_reason: null,
      // The re-assessment a repeated failure asked for is this one.
      reassess_flagged_at: null,
    });
    await refreshRiskLevel(trx, enterpriseId);
    return created;
  });
  const [row] = (await repo.listAssessments(db, enterpriseId, [eventId])).filter(
    (a) => a.id === id,
  );
  return assessmentDto(row!);
}

export async function history(db: Db, m: ActingMembership, enterpriseId: string, eventId: string) {
  await requireEnterpriseInScope(db, m, enterpriseId);
  if (!(await repo.findInChain(db, 'risk_event', enterpriseId, eventId)))
    throw notFound('风险事件');
  return (await repo.listAssessments(db, enterpriseId, [eventId])).map(assessmentDto);
}

/** Moves an event's control level; a level other than its grade's default needs a reason. */
export async function setControlLevel(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  eventId: string,
  input: { controlLevel: ControlLevel; reason: string | null },
) {
  const enterprise = await requireEnterpriseInScope(db, m, enterpriseId);
  await requireCurrent(db, 'risk_event', enterpriseId, eventId);
  const event = (await repo.loadEvent(db, enterpriseId, eventId))!;
  if (!event.grade) throw new AppError(409, 'CONFLICT', '风险事件尚未评估，请先评估再调整管控层级');
  const settings = await settingsFor(db, enterprise.jurisdiction_code);
  const isDefault =
    input.controlLevel === defaultControlLevel(event.grade, settings.controlLevelByGrade);
  if (!isDefault && !input.reason)
    throw invalid('reason', '管控层级与风险等级的默认层级不同，须说明理由');
  await repo.updateRow(db, 'risk_event', enterpriseId, eventId, {
    control_level: input.controlLevel,
    control_level_reason: isDefault ? null : input.reason,
  });
  return { id: eventId };
}

/** Puts one list in the order given; the ids must be exactly that list's current rows. */
export async function reorder(
  db: Db,
  m: ActingMembership,
  enterpriseId: string,
  body: { list: keyof typeof ORDER_LISTS; parentId: string | null; ids: string[] },
) {
  await requireEnterpriseInScope(db, m, enterpriseId);
  const table = ORDER_LISTS[body.list];
  const parent = repo.PARENT[table];
  await db.transaction().execute(async (trx) => {
    if (parent && body.parentId)
      await requireCurrent(trx, parent.table, enterpriseId, body.parentId);
    const current = await repo.lockList(trx, table, enterpriseId, body.parentId);
    const given = new Set(body.ids);
    if (current.length !== given.size || !current.every((id) => given.has(id)))
      throw invalid('ids', `须恰好列出该列表的全部当前记录（共 ${current.length} 条），每条一次`);
    await repo.setSortOrders(trx, table, enterpriseId, body.ids);
  });
  return { ok: true as const };
}
