import { randomBytes } from 'node:crypto';
import {
  DEFAULT_SETTINGS,
  defaultControlLevel,
  gradeAssessment,
  highestGrade,
} from '@shuangfang/api';
import type { Executor, RiskColour } from '@shuangfang/db';
import { DEMO_REGISTERS } from './risk-data.js';
import { drawSitePlan } from './site-plan-image.js';

const REGISTER_AGE_DAYS = 180;

/**
 * Fills the demo registers of the enterprises that have none yet, graded with the default bands
 * (the demo jurisdictions keep the defaults) by the same grading code as the API.
 */
export async function seedRiskRegisters(db: Executor, assessorId: string): Promise<void> {
  // The registers predate the demo's months of checks and hazards.
  const since = new Date(Date.now() - REGISTER_AGE_DAYS * 86_400_000);
  const made = { created_at: since, updated_at: since };
  for (const [name, register] of Object.entries(DEMO_REGISTERS)) {
    const enterprise = await db
      .selectFrom('enterprise')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirst();
    if (!enterprise) continue;
    const enterprise_id = enterprise.id;
    const existing = await db
      .selectFrom('risk_object')
      .select('id')
      .where('enterprise_id', '=', enterprise_id)
      .executeTakeFirst();
    if (existing) continue;

    const grades: RiskColour[] = [];
    const unitIds: string[] = [];
    for (const [o, object] of register.objects.entries()) {
      const { id: object_id } = await db
        .insertInto('risk_object')
        .values({
          enterprise_id,
          name: object.name,
          kind: object.kind,
          major_hazard_code: object.majorHazardCode ?? null,
          department: object.department,
          responsible_person: object.person,
          polygon: object.polygon,
          sort_order: o,
          archived_at: null,
          ...made,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const [u, unit] of object.units.entries()) {
        const { id: unit_id } = await db
          .insertInto('risk_unit')
          .values({
            enterprise_id,
            object_id,
            name: unit.name,
            responsible_person: unit.person,
            sort_order: u,
            archived_at: null,
            ...made,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        unitIds.push(unit_id);
        for (const [e, event] of unit.events.entries()) {
          const graded = gradeAssessment(event.assessment, DEFAULT_SETTINGS);
          grades.push(graded.grade);
          const { id: event_id } = await db
            .insertInto('risk_event')
            .values({
              enterprise_id,
              unit_id,
              hazard_factor: event.factor,
              accident_type: event.accident,
              consequence: event.consequence,
              grade: graded.grade,
              control_level: defaultControlLevel(
                graded.grade,
                DEFAULT_SETTINGS.controlLevelByGrade,
              ),
              control_level_reason: null,
              sort_order: e,
              archived_at: null,
              ...made,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await db
            .insertInto('risk_assessment')
            .values({
              enterprise_id,
              event_id,
              method: event.assessment.method,
              inputs: graded.inputs,
              score: graded.score,
              grade: graded.grade,
              assessed_by: assessorId,
              assessed_at: since,
            })
            .execute();
          for (const [m, measure] of event.measures.entries()) {
            await db
              .insertInto('control_measure')
              .values({
                enterprise_id,
                event_id,
                category: measure.category,
                description: measure.description,
                control_level: measure.level,
                responsible_person: measure.person,
                check_content: measure.check,
                check_cycle_unit: measure.cycle?.[0] ?? null,
                check_cycle_count: measure.cycle?.[1] ?? null,
                sort_order: m,
                archived_at: null,
                ...made,
              })
              .execute();
          }
          if (event.emergency) {
            await db
              .insertInto('emergency_measure')
              .values({ enterprise_id, event_id, ...event.emergency, archived_at: null, ...made })
              .execute();
          }
        }
      }
    }
    for (const [p, positionName] of register.positions.entries()) {
      const { id: position_id } = await db
        .insertInto('position')
        .values({ enterprise_id, name: positionName, sort_order: p, archived_at: null, ...made })
        .returning('id')
        .executeTakeFirstOrThrow();
      const unit_id = unitIds[p % unitIds.length];
      if (unit_id)
        await db
          .insertInto('position_unit')
          .values({ enterprise_id, position_id, unit_id })
          .execute();
    }
    const plan = drawSitePlan(register.objects.map((o) => o.polygon));
    await db
      .insertInto('site_plan')
      .values({
        enterprise_id,
        content_type: 'image/png',
        width: plan.width,
        height: plan.height,
        byte_size: plan.png.length,
        data: plan.png,
        uploaded_by: assessorId,
      })
      .execute();
    await db
      .updateTable('enterprise')
      .set({ risk_level: highestGrade(grades) })
      .where('id', '=', enterprise_id)
      .execute();
  }
}

/**
 * 一图一牌三清单 complete for one enterprise: every position's 告知卡 published (a live public
 * link, as 发布 issues it). Only positions without a live link get one, so a replay adds none.
 */
export async function publishBoards(db: Executor, enterpriseName: string, publisherId: string) {
  const positions = await db
    .selectFrom('position as p')
    .innerJoin('enterprise as e', 'e.id', 'p.enterprise_id')
    .where('e.name', '=', enterpriseName)
    .where('p.archived_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('board_link as l')
            .select('l.id')
            .whereRef('l.enterprise_id', '=', 'p.enterprise_id')
            .whereRef('l.position_id', '=', 'p.id')
            .where('l.revoked_at', 'is', null),
        ),
      ),
    )
    .select(['p.enterprise_id', 'p.id'])
    .execute();
  for (const p of positions) {
    await db
      .insertInto('board_link')
      .values({
        enterprise_id: p.enterprise_id,
        position_id: p.id,
        token: randomBytes(24).toString('base64url'),
        created_by: publisherId,
      })
      .execute();
  }
}
