import {
  actingAs,
  applyForPermit,
  assignCustodian,
  assignDuty,
  chinaDate,
  createMajorHazard,
  dayRange,
  issueGateScreenLink,
  permitMoves,
  publishCommitment,
  recordCustody,
  recordPrestart,
  setRunState,
  windowAt,
} from '@shuangfang/api';
import type { Db } from '@shuangfang/db';
import { seedCheckHistory } from './check-seed.js';
import { GANYUAN } from './data.js';
import { permitPlans, type Plan } from './chemicals-permits.js';

// The demo 危化 enterprise's week (docs/domain-chemicals.md): two 重大危险源 with their 包保责任人,
// the duties that sign permits, run states that change, 包保 checks (one 操作负责人 behind), a week
// of 承诺公告 (one late, one missing, today's still to publish) and permits in every state. Replayed
// in time order through the same services as the API, each step at its own past time.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const GANYUAN_PHONES = {
  principal: '13800000141',
  safety: '13800000142',
  deputy: '13800000143',
  tankLead: '13800000144',
  guard: '13800000145',
  unitHead: '13800000146',
  equipment: '13800000147',
  repairLead: '13800000148',
  guard2: '13800000149',
} as const;
export type Person = keyof typeof GANYUAN_PHONES;

export interface Cast {
  enterpriseId: string;
  who: Record<Person, Awaited<ReturnType<typeof actingAs>>>;
  units: Record<string, { id: string; objectId: string }>;
  objects: Record<string, string>;
}

async function castOf(db: Db): Promise<Cast | null> {
  const e = await db
    .selectFrom('enterprise')
    .select('id')
    .where('name', '=', GANYUAN)
    .executeTakeFirst();
  if (!e) return null;
  const who = {} as Cast['who'];
  for (const [key, phone] of Object.entries(GANYUAN_PHONES)) {
    const m = await db
      .selectFrom('membership as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .select('m.id')
      .where('u.phone', '=', phone)
      .where('m.enterprise_id', '=', e.id)
      .executeTakeFirstOrThrow();
    who[key as Person] = await actingAs(db, m.id);
  }
  const units = await db
    .selectFrom('risk_unit')
    .select(['id', 'name', 'object_id'])
    .where('enterprise_id', '=', e.id)
    .execute();
  const objects = await db
    .selectFrom('risk_object')
    .select(['id', 'name'])
    .where('enterprise_id', '=', e.id)
    .execute();
  return {
    enterpriseId: e.id,
    who,
    units: Object.fromEntries(units.map((u) => [u.name, { id: u.id, objectId: u.object_id }])),
    objects: Object.fromEntries(objects.map((o) => [o.name, o.id])),
  };
}

/** A step of the week at its time. */
export interface Step {
  at: Date;
  run: () => Promise<unknown>;
}

export async function seedChemicals(db: Db): Promise<void> {
  const cast = await castOf(db);
  if (!cast) return;
  const done = await db
    .selectFrom('major_hazard')
    .select('id')
    .where('enterprise_id', '=', cast.enterpriseId)
    .executeTakeFirst();
  if (done) return;
  const { enterpriseId: e, who, units } = cast;
  const now = Date.now();
  /** The China day `d` days back, at `hours` past its midnight. */
  const on = (d: number, hours: number) =>
    new Date(dayRange(chinaDate(new Date(now - d * DAY))).start.getTime() + hours * HOUR);
  /** Today's events happen a little before now, whatever the hour. */
  const ago = (hours: number) => new Date(now - hours * HOUR);
  const start = on(8, 9);

  // 重大危险源, their 包保责任人 and the duties, a week ago.
  const tank = await createMajorHazard(db, who.safety, e, {
    code: 'BJ36073500021',
    name: '甲醇罐区',
    level: '三级',
    description: '甲醇储罐4台，总容积 2000 m³',
    riskObjectIds: [cast.objects['甲醇罐区']!],
  });
  const chlorine = await createMajorHazard(db, who.safety, e, {
    code: 'BJ36073500022',
    name: '液氯库房',
    level: '二级',
    description: '液氯钢瓶库，最大储存量 30 t',
    riskObjectIds: [cast.objects['液氯库房']!],
  });
  const custodians: [string, 'principal' | 'technical' | 'operational', Person, string][] = [
    [tank.id, 'principal', 'principal', '总经理'],
    [tank.id, 'technical', 'safety', '安全总监'],
    [tank.id, 'operational', 'tankLead', '罐区班长'],
    [chlorine.id, 'principal', 'principal', '总经理'],
    [chlorine.id, 'technical', 'deputy', '生产副总经理'],
    [chlorine.id, 'operational', 'unitHead', '储运车间主任'],
  ];
  for (const [id, role, person, title] of custodians) {
    await assignCustodian(
      db,
      who.principal,
      e,
      id,
      role,
      { userId: who[person].userId, title },
      start,
    );
  }
  const duties: [Parameters<typeof assignDuty>[3], Person[]][] = [
    ['commitment_deputy', ['deputy']],
    ['unit_head', ['unitHead']],
    ['safety_dept', ['safety']],
    ['specialty_dept', ['equipment']],
    ['plant_leader', ['deputy']],
    ['power_supplier', ['equipment']],
    ['co_signer', ['equipment']],
    ['shift_leader', ['tankLead']],
  ];
  for (const [duty, people] of duties) {
    await assignDuty(db, who.principal, e, duty, { userIds: people.map((p) => who[p].userId) });
  }
  for (const name of Object.keys(units)) {
    await setRunState(
      db,
      who.safety,
      e,
      { unitId: units[name]!.id, state: 'running', reason: '正常生产' },
      start,
    );
  }
  for (const h of [tank, chlorine]) {
    await setRunState(
      db,
      who.safety,
      e,
      { majorHazardId: h.id, state: 'running', reason: '正常运行' },
      start,
    );
  }
  await issueGateScreenLink(db, who.safety, e);
  // The months of measure checks, as the mine has; none while the 装卸站台 was in 检修 (the
  // windows from then on were suspended, not done).
  await seedCheckHistory(db, e);
  await db
    .deleteFrom('check_record')
    .where('enterprise_id', '=', e)
    .where('window_end', '>', on(2, 8))
    .where('measure_id', 'in', (eb) =>
      eb
        .selectFrom('control_measure as m')
        .innerJoin('risk_event as ev', (j) =>
          j.onRef('ev.enterprise_id', '=', 'm.enterprise_id').onRef('ev.id', '=', 'm.event_id'),
        )
        .select('m.id')
        .where('m.enterprise_id', '=', e)
        .where('ev.unit_id', '=', units['装卸站台']!.id),
    )
    .execute();

  const steps: Step[] = [];
  const at = (time: Date, run: () => Promise<unknown>) => steps.push({ at: time, run });
  const state = (t: Date, unit: string, s: 'running' | 'stopped' | 'maintenance', reason: string) =>
    at(t, () =>
      setRunState(
        db,
        who.safety,
        e,
        { unitId: units[unit]!.id, state: s, reason, startedAt: t.toISOString() },
        t,
      ),
    );

  // Run states: the 汽化间 in 检修 and back; the 吸收精馏单元 stopped since last night; the
  // 装卸站台 back from 检修 this morning, its 开车前检查 still to do.
  state(on(5, 8), '汽化间', 'maintenance', '汽化器年度检修');
  state(on(3, 16), '汽化间', 'running', '检修完毕，恢复运行');
  at(on(3, 17), async () => {
    const period = await db
      .selectFrom('run_state')
      .select('id')
      .where('enterprise_id', '=', e)
      .where('unit_id', '=', units['汽化间']!.id)
      .where('ended_at', 'is', null)
      .executeTakeFirstOrThrow();
    return recordPrestart(
      db,
      who.safety,
      e,
      {
        runStateId: period.id,
        result: 'ok',
        note: '联锁、安全阀校验合格，具备开车条件',
        attachments: [],
      },
      on(3, 17),
    );
  });
  state(on(2, 8), '装卸站台', 'maintenance', '鹤管更换密封');
  state(on(1, 20), '吸收精馏单元', 'stopped', '原料甲醇供应中断，装置停车');
  state(ago(1.5), '装卸站台', 'running', '检修完毕，恢复装卸');

  // 包保: the 罐区's 操作负责人 checks weekly, the 液氯库房's does not (behind); the 技术负责人 of
  // the 液氯库房 finds a hazard; the 主要负责人 checks the 罐区 this quarter.
  const custody = (t: Date, p: Person, body: Parameters<typeof recordCustody>[3]) =>
    at(t, () => recordCustody(db, who[p], e, body, t));
  const patrol = {
    majorHazardId: tank.id,
    role: 'operational' as const,
    result: 'ok' as const,
    note: '罐区巡查正常',
    attachments: [],
  };
  custody(on(6, 10), 'tankLead', patrol);
  // A second weekly check when today falls in another week than that one.
  const week = (d: Date) => windowAt({ unit: 'week', count: 1 }, d).start.getTime();
  if (week(ago(3)) !== week(on(6, 10))) custody(ago(3), 'tankLead', patrol);
  custody(on(5, 14), 'safety', {
    majorHazardId: tank.id,
    role: 'technical',
    result: 'ok',
    note: '监测监控系统运行正常',
    attachments: [],
  });
  custody(on(6, 15), 'principal', {
    majorHazardId: tank.id,
    role: 'principal',
    result: 'ok',
    note: '督促检查包保责任落实',
    attachments: [],
  });
  custody(on(3, 10), 'deputy', {
    majorHazardId: chlorine.id,
    role: 'technical',
    result: 'not_ok',
    note: '液氯库房氯气检测报警器 2# 探头超过标定周期',
    riskUnitId: units['液氯钢瓶库']!.id,
    attachments: [],
  });

  // 承诺公告 at 09:10 most days; one late (by the deputy), one missing, today's still to come.
  const commit = (d: number, hours: number, p: Person, note?: string) =>
    at(on(d, hours), () => publishCommitment(db, who[p], e, { confirm: true, note }, on(d, hours)));
  commit(7, 9.1, 'principal');
  commit(6, 9.2, 'principal');
  commit(5, 9.1, 'principal', '汽化间检修，已隔离置换');
  commit(4, 10.7, 'deputy', '主要负责人外出，由值班负责人发布');
  commit(3, 9.05, 'principal');
  commit(1, 9.3, 'principal');

  for (const plan of permitPlans({ on, ago })) addPlan(steps, db, cast, plan);

  steps.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const step of steps) await step.run();
}

/** A permit's application and moves, each at its time, up to the plan's last step. */
function addPlan(steps: Step[], db: Db, cast: Cast, plan: Plan) {
  const { enterpriseId: e, who } = cast;
  let id = '';
  steps.push({
    at: plan.at,
    run: async () => {
      const body = {
        ...plan.body,
        workLeaderId: who[plan.leader].userId,
        guardId: who[plan.guard].userId,
        riskUnitId: plan.unit ? cast.units[plan.unit]!.id : undefined,
      };
      id = (await applyForPermit(db, who.repairLead, e, body as never, plan.at)).id;
    },
  });
  for (const move of plan.moves) {
    steps.push({
      at: move.at,
      run: async () => {
        const fn = permitMoves[move.action] as (...a: unknown[]) => Promise<unknown>;
        const body =
          move.action === 'confirmMeasures'
            ? {
                items: (
                  await db
                    .selectFrom('work_permit_measure')
                    .select('seq')
                    .where('enterprise_id', '=', e)
                    .where('permit_id', '=', id)
                    .where('confirmed_by', 'is', null)
                    .execute()
                ).map((m) => ({ seq: m.seq, involved: m.seq % 5 !== 0 })),
              }
            : move.body;
        return fn(db, who[move.by], e, id, body, move.at);
      },
    });
  }
}
