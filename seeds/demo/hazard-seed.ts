import {
  appendHazardEvent,
  draftEventReport,
  findCriterionItem,
  flagRepeatFailure,
  insertAcknowledgement,
  submitReport,
} from '@shuangfang/api';
import type { Executor, HazardRow, HazardState } from '@shuangfang/db';
import { seedCheckHistory } from './check-seed.js';
import { seedQuarterlyReport } from './report-seed.js';
import { DEMO_HAZARDS, type DemoActor, type DemoHazard, type DemoStep } from './hazard-data.js';

const DAY = 86_400_000;

type ExtensionStep = Extract<DemoStep, { do: 'request_extension' | 'approve_extension' }>;
const isExtension = (step: DemoStep): step is ExtensionStep =>
  step.do === 'request_extension' || step.do === 'approve_extension';
type ReportStep = Extract<DemoStep, { do: 'draft_progress' | 'submit_report' | 'sign_report' }>;
const isReport = (step: DemoStep): step is ReportStep =>
  step.do === 'draft_progress' || step.do === 'submit_report' || step.do === 'sign_report';
type People = Record<DemoActor, Actor>;

const ACTOR_PHONES: Record<DemoActor, string> = {
  admin: '13800000011',
  safety: '13800000012',
  worker: '13800000013',
  inspector: '13800000002',
  agency: '13800000001',
  congress: '13800000014',
};

interface Actor {
  id: string;
  name: string;
  agencyId: string | null;
}

async function actors(db: Executor): Promise<People> {
  const rows = await db
    .selectFrom('app_user')
    .innerJoin('membership', 'membership.user_id', 'app_user.id')
    .select(['app_user.id', 'app_user.display_name', 'app_user.phone', 'membership.agency_id'])
    .where('app_user.phone', 'in', Object.values(ACTOR_PHONES))
    .execute();
  const byPhone = new Map(rows.map((r) => [r.phone, r]));
  const entries = Object.entries(ACTOR_PHONES).map(([key, phone]) => {
    const row = byPhone.get(phone);
    if (!row) throw new Error(`demo user ${phone} is missing`);
    return [key, { id: row.id, name: row.display_name, agencyId: row.agency_id }];
  });
  return Object.fromEntries(entries) as People;
}

/** Where the script leaves the hazard row after a step, and what the step's event records. */
function applyStep(
  h: HazardRow,
  step: Exclude<DemoStep, ExtensionStep | ReportStep>,
  at: Date,
  now: number,
  who: Actor,
  people: People,
) {
  const days = (n: number) => new Date(now + n * DAY);
  const from = h.state;
  const base = { action: step.do, fromState: from, comment: null as string | null, payload: {} };
  switch (step.do) {
    case 'register':
      throw new Error('register is the first step only');
    case 'reject':
      h.state = 'rejected';
      return { ...base, toState: h.state, comment: step.reason, payload: { reason: step.reason } };
    case 'confirm': {
      const deadline = step.deadlineIn === undefined ? null : days(step.deadlineIn);
      h.state = 'rectifying';
      h.grade = step.grade;
      h.manage_type = step.manageType;
      h.deadline = deadline;
      h.plan = step.plan ?? null;
      h.responsible_user_id = step.responsible ? people[step.responsible].id : null;
      h.criteria_dismissal = step.notApplicable ?? null;
      const payload = {
        grade: step.grade,
        manageType: step.manageType,
        deadline: deadline?.toISOString() ?? null,
        plan: step.plan ? { ...step.plan, responsibleUserId: h.responsible_user_id } : null,
        ...(h.criteria_item_id && {
          criterion: { itemId: h.criteria_item_id, version: h.criteria_item_version },
          criterionNotApplicable: h.criteria_dismissal,
        }),
      };
      return { ...base, toState: h.state, payload };
    }
    case 'submit':
      h.state = 'awaiting_acceptance';
      h.rectifier_id = who.id;
      return { ...base, toState: h.state, comment: step.note, payload: { note: step.note } };
    case 'accept':
      h.state = 'closed';
      h.closed_at = at;
      return { ...base, toState: h.state, comment: step.comment ?? null };
    case 'reject_acceptance':
      h.state = 'rectifying';
      return { ...base, toState: h.state, comment: step.reason, payload: { reason: step.reason } };
  }
}

/**
 * Replays the demo hazard scripts of the enterprises that have no hazard yet, with their check
 * history and last quarter's statistics report. All steps of an
 * enterprise go through its hash chain in time order, so `pnpm --filter @shuangfang/api
 * verify-chain` passes on the demo data like on any other.
 */
export async function seedHazards(db: Executor): Promise<void> {
  const now = Date.now();
  const people = await actors(db);
  for (const [name, hazards] of Object.entries(DEMO_HAZARDS)) {
    const enterprise = await db
      .selectFrom('enterprise')
      .select(['id', 'jurisdiction_code'])
      .where('name', '=', name)
      .executeTakeFirst();
    if (!enterprise) continue;
    const existing = await db
      .selectFrom('hazard')
      .select('id')
      .where('enterprise_id', '=', enterprise.id)
      .executeTakeFirst();
    if (existing) continue;

    const steps = hazards
      .flatMap((hazard, index) =>
        hazard.steps.map((step, order) => ({ hazard, index, step, order })),
      )
      .sort((a, b) => b.step.ago - a.step.ago || a.index - b.index || a.order - b.order);
    const rows = new Map<number, HazardRow>();
    for (const { hazard, index, step } of steps) {
      const at = new Date(now - step.ago * DAY);
      const who = people[step.by];
      if (step.do === 'register') {
        const h = await register(db, enterprise.id, hazard, at, now, who);
        rows.set(index, h);
        if (h.control_measure_id) await flagRepeatFailure(db, enterprise, h.control_measure_id);
        continue;
      }
      const h = rows.get(index)!;
      if (isReport(step)) {
        await reportStep(db, h, step, at, who);
        continue;
      }
      const change = isExtension(step)
        ? await extension(db, h, step, at, now, who)
        : applyStep(h, step, at, now, who, people);
      await db
        .updateTable('hazard')
        .set({
          state: h.state,
          grade: h.grade,
          manage_type: h.manage_type,
          deadline: h.deadline,
          plan: h.plan,
          responsible_user_id: h.responsible_user_id,
          rectifier_id: h.rectifier_id,
          closed_at: h.closed_at,
          criteria_dismissal: h.criteria_dismissal,
          updated_at: at,
        })
        .where('enterprise_id', '=', h.enterprise_id)
        .where('id', '=', h.id)
        .execute();
      await appendHazardEvent(
        db,
        {
          enterpriseId: h.enterprise_id,
          hazardId: h.id,
          actorId: who.id,
          actorName: who.name,
          attachments: [],
          ...change,
        },
        at,
      );
      // 双报告: as the API does, a major hazard's confirmation and closure draft its reports.
      if (h.grade === '重大' && (step.do === 'confirm' || step.do === 'accept')) {
        const kind = step.do === 'confirm' ? 'major_initial' : 'major_closure';
        await draftEventReport(db, { userId: who.id }, h.enterprise_id, h.id, kind, at);
      }
    }
    // The same months seen from the checks, and the quarter's statistics report.
    await seedCheckHistory(db, enterprise.id);
    await seedQuarterlyReport(db, enterprise.id, people);
  }
}

/** A report step: a progress report drafted, or the latest report of a kind submitted or signed. */
async function reportStep(db: Executor, h: HazardRow, step: ReportStep, at: Date, who: Actor) {
  if (step.do === 'draft_progress') {
    await draftEventReport(db, { userId: who.id }, h.enterprise_id, h.id, 'major_progress', at);
    return;
  }
  const report = await db
    .selectFrom('report')
    .selectAll()
    .where('enterprise_id', '=', h.enterprise_id)
    .where('hazard_id', '=', h.id)
    .where('kind', '=', step.kind)
    .orderBy('drafted_at', 'desc')
    .executeTakeFirstOrThrow();
  if (step.do === 'submit_report') await submitReport(db, report, who.id, at);
  else {
    const signer = { userId: who.id, displayName: who.name, agencyId: who.agencyId };
    await insertAcknowledgement(db, report, step.by, signer, at);
  }
}

async function register(
  db: Executor,
  enterpriseId: string,
  hazard: DemoHazard,
  at: Date,
  now: number,
  who: Actor,
): Promise<HazardRow> {
  const place = hazard.unit
    ? await db
        .selectFrom('risk_unit')
        .leftJoin('risk_event', (j) =>
          j
            .onRef('risk_event.enterprise_id', '=', 'risk_unit.enterprise_id')
            .onRef('risk_event.unit_id', '=', 'risk_unit.id'),
        )
        .leftJoin('control_measure', (j) =>
          j
            .onRef('control_measure.enterprise_id', '=', 'risk_event.enterprise_id')
            .onRef('control_measure.event_id', '=', 'risk_event.id'),
        )
        .select([
          'risk_unit.id as unitId',
          'risk_unit.object_id as objectId',
          'control_measure.id as measureId',
        ])
        .where('risk_unit.enterprise_id', '=', enterpriseId)
        .where('risk_unit.name', '=', hazard.unit)
        .orderBy('risk_event.sort_order')
        .orderBy('control_measure.sort_order')
        .executeTakeFirstOrThrow()
    : null;
  const regulator = hazard.regulator;
  const state: HazardState = regulator ? 'rectifying' : 'reported';
  const criterion = hazard.criterion
    ? await findCriterionItem(db, hazard.criterion.standard, hazard.criterion.number)
    : undefined;
  if (hazard.criterion && !criterion) throw new Error(`no 判定 item ${hazard.criterion.number}`);
  const deadline = regulator ? new Date(now + regulator.deadlineIn * DAY) : null;
  const row = await db
    .insertInto('hazard')
    .values({
      enterprise_id: enterpriseId,
      source: hazard.source,
      kind: hazard.kind,
      category: hazard.category,
      description: hazard.description,
      location: hazard.location,
      risk_object_id: place?.objectId ?? null,
      risk_unit_id: place?.unitId ?? null,
      control_measure_id: hazard.measure ? (place?.measureId ?? null) : null,
      grade: regulator?.grade ?? null,
      manage_type: regulator ? '限期整改' : null,
      state,
      deadline,
      plan: null,
      responsible_user_id: null,
      rectifier_id: null,
      reporter_id: who.id,
      found_by_agency_id: regulator ? who.agencyId : null,
      criteria_item_id: criterion?.itemId ?? null,
      criteria_item_version: criterion?.version ?? null,
      criteria_origin: criterion ? 'manual' : null,
      criteria_dismissal: null,
      created_at: at,
      updated_at: at,
      closed_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendHazardEvent(
    db,
    {
      enterpriseId,
      hazardId: row.id,
      actorId: who.id,
      actorName: who.name,
      action: 'register',
      fromState: null,
      toState: state,
      comment: null,
      attachments: [],
      payload: {
        source: row.source,
        kind: row.kind,
        category: row.category,
        description: row.description,
        location: row.location,
        riskObjectId: row.risk_object_id,
        riskUnitId: row.risk_unit_id,
        controlMeasureId: row.control_measure_id,
        grade: row.grade,
        manageType: row.manage_type,
        deadline: deadline?.toISOString() ?? null,
        foundByAgencyId: row.found_by_agency_id,
        criterion: criterion
          ? { itemId: criterion.itemId, version: criterion.version, citation: criterion.citation }
          : null,
      },
    },
    at,
  );
  return row;
}

/** An extension step: its row, so the hazard page shows it, and its event. */
async function extension(
  db: Executor,
  h: HazardRow,
  step: ExtensionStep,
  at: Date,
  now: number,
  who: Actor,
) {
  const previousDeadline = h.deadline!.toISOString();
  const base = { fromState: h.state, toState: h.state };
  if (step.do === 'request_extension') {
    const requested = new Date(now + step.deadlineIn * DAY);
    const { id } = await db
      .insertInto('hazard_extension')
      .values({
        enterprise_id: h.enterprise_id,
        hazard_id: h.id,
        previous_deadline: h.deadline!,
        requested_deadline: requested,
        reason: step.reason,
        requested_by: who.id,
        requested_at: at,
        decided_by: null,
        decided_at: null,
        refusal_reason: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const payload = {
      extensionId: id,
      previousDeadline,
      requestedDeadline: requested.toISOString(),
    };
    return { ...base, action: step.do, comment: step.reason, payload };
  }
  const approved = await db
    .updateTable('hazard_extension')
    .set({ state: 'approved', decided_by: who.id, decided_at: at })
    .where('enterprise_id', '=', h.enterprise_id)
    .where('hazard_id', '=', h.id)
    .where('state', '=', 'pending')
    .returning(['id', 'requested_deadline'])
    .executeTakeFirstOrThrow();
  h.deadline = approved.requested_deadline;
  const payload = {
    extensionId: approved.id,
    previousDeadline,
    deadline: new Date(approved.requested_deadline).toISOString(),
  };
  return { ...base, action: step.do, comment: null, payload };
}
