import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chemApi,
  confirmAll,
  inMinutes,
  ok,
  passingSample,
  permitBody,
  type ChemApi,
} from '../support/chemicals.js';
import { makeUser, type TestUser } from '../support/factories.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';
import { readXlsx } from '../support/xlsx.js';

// 特殊作业票 (docs/domain-chemicals.md section 5, GB 30871-2022): levels and validity, the step
// order and who signs each step, gas limits blocking approval, the 监护人 rule, expiry, extension.

let t: TestApp;
let w: World;
const as: Record<string, ChemApi> = {};
const people: Record<string, TestUser> = {};
const HOUR = 60;

/** The leader (安全管理员) and the 监护人 (岗位员工) of world's home1. */
const crew = () => ({ leaderId: w.users.home1Safety.userId, guardId: w.users.home1Worker.userId });
/** A passing sample with what the type must measure (oxygen for confined spaces). */
const gasFor = (type: string) =>
  type === 'confined_space' || type === 'excavation'
    ? passingSample(1, {
        readings: [
          { gas: '氧气', kind: 'oxygen', value: 20.5, unit: '%VOL' },
          { gas: '硫化氢', kind: 'toxic', value: 1, unit: 'mg/m³', exposureLimit: 10 },
        ],
      })
    : passingSample();
const failing = (ago = 1) =>
  passingSample(ago, {
    readings: [{ gas: '甲醇', kind: 'flammable', value: 0.6, unit: '%VOL', lel: 6 }],
  });

/** A permit of the type taken to `approved` by the rightful signers. */
async function approved(type: string, over: Record<string, unknown> = {}, guard = 'guard') {
  const body = permitBody(
    type,
    { ...crew(), guardId: people[guard]?.userId ?? crew().guardId },
    over,
  );
  const p = ok(await as.leader!.apply(body), 201);
  await confirmAll(as.leader!, p.id);
  if (p.gasRequired) ok(await as.leader!.gas(p.id, gasFor(type)));
  ok(await as.leader!.brief(p.id));
  let current = ok(await as.leader!.permit(p.id));
  while (current.state === 'briefed') {
    const next = current.signatures.find((s: any) => s.signed === null);
    current = ok(await SIGNER[next.role]!().approve(p.id));
  }
  return current;
}
const SIGNER: Record<string, () => ChemApi> = {
  work_leader: () => as.leader!,
  unit_head: () => as.unitHead!,
  safety_dept: () => as.safetyDept!,
  specialty_dept: () => as.specialty!,
  plant_leader: () => as.plant!,
  power_supplier: () => as.power!,
  co_signer: () => as.coSigner!,
};

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  const home1 = w.enterprises.home1.id;
  for (const name of [
    'unitHead',
    'safetyDept',
    'specialty',
    'plant',
    'power',
    'coSigner',
    'shift',
    'guard2',
  ]) {
    people[name] = await makeUser(t.db, { role: 'worker', enterpriseId: home1, name });
    as[name] = chemApi(t.api, home1, people[name]!.cookie);
  }
  as.admin = chemApi(t.api, home1, w.users.home1Admin.cookie);
  as.leader = chemApi(t.api, home1, w.users.home1Safety.cookie);
  as.guard = chemApi(t.api, home1, w.users.home1Worker.cookie);
  const duties: Record<string, string> = {
    unit_head: 'unitHead',
    safety_dept: 'safetyDept',
    specialty_dept: 'specialty',
    plant_leader: 'plant',
    power_supplier: 'power',
    co_signer: 'coSigner',
    shift_leader: 'shift',
  };
  for (const [duty, who] of Object.entries(duties)) {
    ok(await as.admin.assignDuty(duty, [people[who]!.userId]));
  }
  expect((await as.leader.assignDuty('unit_head', [])).status).toBe(403);
});
afterAll(() => t.drop());

describe('applying', () => {
  it('fixes the level, its validity, the approval chain and the measure list', async () => {
    const hot = ok(await as.leader!.apply(permitBody('hot_work', crew())), 201);
    expect(hot).toMatchObject({
      type: 'hot_work',
      typeLabel: '动火作业',
      level: 'hot_2',
      levelLabel: '二级动火',
      state: 'applied',
      contractor: true,
      gasRequired: true,
      awaiting: { action: 'confirm_measure' },
    });
    expect(hot.number).toMatch(/^DH-\d{8}-\d{3}$/);
    expect(hot.measures).toHaveLength(16);
    expect(hot.measures.at(-1).text).toBe('其他安全措施：无');
    expect(hot.signatures.map((s: any) => s.role)).toEqual(['work_leader', 'unit_head']);
    expect(hot.detailLines[0]).toEqual({ label: '动火作业级别', value: '二级动火' });
    expect(hot.steps).toMatchObject([
      { seq: 1, action: 'apply', by: { id: w.users.home1Safety.userId } },
    ]);
    expect(hot.stepsVerified).toBe(true);
    const second = ok(await as.leader!.apply(permitBody('hot_work', crew())), 201);
    expect(Number(second.number.slice(-3))).toBe(Number(hot.number.slice(-3)) + 1);

    const special = ok(
      await as.leader!.apply(
        permitBody('hot_work', crew(), {
          validTo: inMinutes(7 * HOUR),
          details: { level: 'hot_special', hotWorkMethod: '气割', raisedReason: '公休日' },
        }),
      ),
      201,
    );
    expect(special.signatures.map((s: any) => s.label)).toEqual([
      '作业负责人意见',
      '所在单位意见',
      '安全管理部门意见',
      '动火审批人意见（主管领导）',
    ]);
    const height = async (heightM: number, objectiveFactors: string[]) =>
      ok(
        await as.leader!.apply(
          permitBody('work_at_height', crew(), { details: { heightM, objectiveFactors } }),
        ),
        201,
      );
    expect((await height(4, [])).level).toBe('height_1');
    expect((await height(8, ['slippery'])).level).toBe('height_3');
    const iv = await height(35, []);
    expect(iv.level).toBe('height_4');
    expect(iv.signatures.at(-1).role).toBe('plant_leader');
    const lifting = ok(
      await as.leader!.apply(
        permitBody('lifting', crew(), {
          details: { ...permitBody('lifting', crew()).details, loadTonnes: 120 },
        }),
      ),
      201,
    );
    expect(lifting).toMatchObject({ level: 'lifting_1', gasRequired: false });
    expect(lifting.signatures[0].label).toBe('作业指挥意见');
    const power = ok(await as.leader!.apply(permitBody('temporary_power', crew())), 201);
    expect(power.signatures.map((s: any) => s.role)).toEqual([
      'work_leader',
      'unit_head',
      'power_supplier',
    ]);
    const deep = ok(
      await as.leader!.apply(
        permitBody('excavation', crew(), {
          details: { depthM: 1.5, workScope: '深坑', hazardousArea: true },
        }),
      ),
      201,
    );
    expect(deep.gasRequired).toBe(true);
  });

  it('refuses a validity longer than the level allows', async () => {
    const cases: [string, Record<string, unknown>, number][] = [
      ['hot_work', {}, 73],
      ['hot_work', { details: { level: 'hot_1', hotWorkMethod: '电焊' } }, 9],
      ['confined_space', {}, 25],
      ['work_at_height', {}, 7 * 24 + 1],
      ['temporary_power', {}, 15 * 24 + 1],
    ];
    for (const [type, over, hours] of cases) {
      const reply = await as.leader!.apply(
        permitBody(type, crew(), { ...over, validTo: inMinutes(hours * HOUR - 5) }),
      );
      expect(reply.status, type).toBe(422);
      expect(reply.body.error.message).toContain('有效期不应超过');
    }
    ok(
      await as.leader!.apply(permitBody('blind_plate', crew(), { validTo: inMinutes(200 * HOUR) })),
      201,
    );
  });

  it('keeps the 监护人 to guarding: never the leader nor one of the workers', async () => {
    const same = await as.leader!.apply(
      permitBody('hot_work', { leaderId: crew().leaderId, guardId: crew().leaderId }),
    );
    expect(same.status).toBe(422);
    expect(same.body.error.message).toContain('4.10');
    const worker = await as.leader!.apply(
      permitBody('hot_work', crew(), {
        workers: [{ name: '某人', certificate: 'T1', userId: crew().guardId }],
      }),
    );
    expect(worker.status).toBe(422);
    const uncertified = await as.leader!.apply(
      permitBody('hot_work', crew(), { workers: [{ name: '孙焊工', certificate: null }] }),
    );
    expect(uncertified.status).toBe(422);
    expect(uncertified.body.error.message).toContain('证书编号');
    const stranger = await as.leader!.apply(
      permitBody('hot_work', { ...crew(), guardId: w.users.home2Admin.userId }),
    );
    expect(stranger.status).toBe(422);
  });
});

describe('the steps of a 一级动火 permit', () => {
  let id: string;

  it('confirms the measures item by item, by those on site only', async () => {
    const p = ok(
      await as.leader!.apply(
        permitBody('hot_work', crew(), {
          validTo: inMinutes(7 * HOUR),
          details: { level: 'hot_1', hotWorkMethod: '电焊' },
        }),
      ),
      201,
    );
    id = p.id;
    expect(p.actions).toEqual(['confirm_measures', 'cancel']);
    expect((await as.admin!.confirm(id, [{ seq: 1, involved: true }])).status).toBe(403);
    const some = ok(
      await as.guard!.confirm(id, [
        { seq: 1, involved: true },
        { seq: 4, involved: false },
      ]),
    );
    expect(some.state).toBe('applied');
    expect(some.measures[3]).toMatchObject({
      involved: false,
      confirmed: { by: { id: w.users.home1Worker.userId } },
    });
    expect((await as.leader!.confirm(id, [{ seq: 1, involved: true }])).status).toBe(409);
    expect((await as.leader!.confirm(id, [{ seq: 99, involved: true }])).status).toBe(422);
    expect((await as.leader!.approve(id)).status).toBe(409);
    const all = await confirmAll(as.leader!, id);
    expect(all.state).toBe('measures_confirmed');
    expect(all.awaiting).toMatchObject({ action: 'record_gas', blockers: [] });
  });

  it('needs a passing gas analysis before the briefing and every approval', async () => {
    expect((await as.leader!.brief(id)).status).toBe(409);
    const bad = ok(await as.guard!.gas(id, failing()));
    expect(bad.gasSamples[0]).toMatchObject({
      passed: false,
      analyst: { id: w.users.home1Worker.userId },
      readings: [{ limit: '≤ 0.5 %VOL（爆炸下限≥4%）', passed: false }],
    });
    const blocked = await as.leader!.brief(id);
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.message).toContain('不合格');
    ok(await as.guard!.gas(id, passingSample()));
    const briefed = ok(await as.guard!.brief(id));
    expect(briefed).toMatchObject({ state: 'briefed', briefing: { recipients: ['孙焊工'] } });
    expect(briefed.awaiting).toMatchObject({ action: 'approve', who: '作业负责人' });
  });

  it('is approved along its chain, in order, by the holder of each line — on site', async () => {
    const early = await as.unitHead!.approve(id);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('作业负责人意见');
    expect((await as.guard!.approve(id)).status).toBe(403);
    const offSite = await as.leader!.move(id, 'approvals', { onSite: false });
    expect(offSite.status).toBe(422);
    ok(await as.leader!.approve(id));
    // An out-of-limit value blocks the next approval until a passing one is recorded.
    ok(await as.guard!.gas(id, failing()));
    const unitView = ok(await as.unitHead!.permit(id));
    expect(unitView.actions).not.toContain('approve');
    expect(unitView.awaiting.blockers).toEqual(['最近一次气体分析不合格']);
    expect((await as.unitHead!.approve(id)).status).toBe(409);
    ok(await as.guard!.gas(id, passingSample()));
    expect(ok(await as.unitHead!.permit(id)).actions).toContain('approve');
    ok(await as.unitHead!.approve(id));
    expect((await as.plant!.approve(id)).status).toBe(403);
    const done = ok(await as.safetyDept!.approve(id, '同意动火'));
    expect(done.state).toBe('approved');
    expect(done.signatures.map((s: any) => [s.role, s.signed.by.name, s.signed.comment])).toEqual([
      ['work_leader', expect.any(String), '同意'],
      ['unit_head', 'unitHead', '同意'],
      ['safety_dept', 'safetyDept', '同意动火'],
    ]);
  });

  it('is opened by the shift leader’s ticket check with a fresh analysis, then worked, stopped and accepted', async () => {
    expect((await as.leader!.move(id, 'start')).status).toBe(403);
    const shiftView = ok(await as.shift!.permit(id));
    expect(shiftView.actions).toContain('start');
    expect(ok(await as.shift!.permitTasks()).items.map((p: any) => p.id)).toContain(id);
    const started = ok(await as.shift!.move(id, 'start'));
    expect(started).toMatchObject({
      state: 'in_progress',
      ticketCheck: { by: { id: people.shift!.userId } },
    });
    ok(await as.guard!.move(id, 'interrupt', { reason: '监护人短暂离开，收回作业票' }));
    const resumed = ok(await as.guard!.move(id, 'resume'));
    expect(resumed.state).toBe('in_progress');
    // A failing sample while working stops the work at once.
    const stopped = ok(await as.guard!.gas(id, failing(0)));
    expect(stopped.state).toBe('interrupted');
    expect(stopped.steps.at(-1)).toMatchObject({
      action: 'record_gas',
      comment: expect.stringContaining('中断'),
    });
    expect((await as.guard!.move(id, 'resume')).status).toBe(409);
    ok(await as.guard!.gas(id, passingSample(0)));
    ok(await as.guard!.move(id, 'resume'));
    expect((await as.guard!.move(id, 'accept')).status).toBe(403);
    ok(await as.leader!.move(id, 'complete', { comment: '作业完毕，现场已清理' }));
    expect((await as.leader!.move(id, 'accept')).status).toBe(403);
    const accepted = ok(await as.unitHead!.move(id, 'accept', { comment: '验收合格' }));
    expect(accepted).toMatchObject({
      state: 'accepted',
      stateLabel: '已验收',
      awaiting: null,
      actions: [],
      acceptance: { by: { id: people.unitHead!.userId }, comment: '验收合格' },
      stepsVerified: true,
    });
    expect(accepted.steps.map((s: any) => s.action)).toContain('accept');
    expect((await as.leader!.move(id, 'cancel', { reason: 'x' })).status).toBe(409);
  });
});

describe('the 监护人 rule, expiry and extension', () => {
  it('lets one 监护人 guard one hot work at a time', async () => {
    const first = await approved('hot_work');
    ok(await as.shift!.move(first.id, 'start'));
    const second = await approved('hot_work');
    const view = ok(await as.shift!.permit(second.id));
    expect(view.actions).not.toContain('start');
    expect(view.awaiting.blockers[0]).toContain(first.number);
    const refused = await as.shift!.move(second.id, 'start');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('监护人正在监护另一处');
    // Another 监护人's hot work starts; so does non-hot work under the same 监护人.
    const other = await approved('hot_work', {}, 'guard2');
    ok(await as.shift!.move(other.id, 'start'));
    const height = await approved('work_at_height');
    ok(await as.guard!.move(height.id, 'start'));
    ok(await as.guard!.move(first.id, 'complete'));
    ok(await as.shift!.move(second.id, 'start'));
    for (const p of [second, other, height]) ok(await as.leader!.move(p.id, 'complete'));
  });

  it('flags a permit whose validity ended while in progress, and refuses to extend or start it', async () => {
    const p = await approved('hot_work', {}, 'guard2');
    const late = await approved('confined_space', {
      details: { spaceName: 'V-201', originalMedium: '甲醇' },
    });
    for (const id of [p.id, late.id]) {
      if (id === p.id) {
        ok(await as.leader!.gas(id, passingSample()));
        ok(await as.shift!.move(id, 'start'));
      }
      await t.db
        .updateTable('work_permit')
        .set({
          valid_to: new Date(Date.now() - 60_000),
          valid_from: new Date(Date.now() - 3_600_000),
        })
        .where('id', '=', id)
        .execute();
    }
    const view = ok(await as.leader!.permit(p.id));
    expect(view).toMatchObject({ state: 'in_progress', validityExpired: true });
    const expired = ok(await as.leader!.permits('expired=true'));
    expect(expired.items.map((x: any) => x.id).sort()).toEqual([p.id, late.id].sort());
    expect(
      (await as.unitHead!.move(p.id, 'extend', { validTo: inMinutes(60), reason: '延长' })).status,
    ).toBe(409);
    const start = await as.guard!.move(late.id, 'start');
    expect(start.status).toBe(409);
    expect(start.body.error.message).toContain('有效期');
  });

  it('extends only up to the level’s longest validity, by the approving line', async () => {
    const power = await approved('temporary_power', { validTo: inMinutes(10 * 24 * HOUR) });
    const body = (hours: number) => ({ validTo: inMinutes(hours * HOUR), reason: '检修延期' });
    expect((await as.leader!.move(power.id, 'extend', body(20 * 24))).status).toBe(403);
    const extended = ok(await as.power!.move(power.id, 'extend', body(20 * 24)));
    expect(new Date(extended.validTo).getTime()).toBeGreaterThan(new Date(power.validTo).getTime());
    const tooLong = await as.power!.move(power.id, 'extend', body(31 * 24));
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error.message).toContain('重新办理');
    const hot = await approved('hot_work', { validTo: inMinutes(48 * HOUR) }, 'guard2');
    expect((await as.unitHead!.move(hot.id, 'extend', body(73))).status).toBe(422);
    ok(await as.unitHead!.move(hot.id, 'extend', body(71)));
  });

  it('is cancelled before completion by its applicant, not by the 监护人', async () => {
    const p = ok(await as.leader!.apply(permitBody('road_closure', crew(), { workers: [] })), 201);
    expect((await as.guard!.move(p.id, 'cancel', { reason: '不做了' })).status).toBe(403);
    const cancelled = ok(await as.leader!.move(p.id, 'cancel', { reason: '吊装改期' }));
    expect(cancelled).toMatchObject({ state: 'cancelled', cancelReason: '吊装改期', actions: [] });
    const moved = await as.leader!.confirm(p.id, [{ seq: 1, involved: true }]);
    expect(moved.status).toBe(409);
    expect(moved.body.error.code).toBe('ILLEGAL_TRANSITION');
  });
});

describe('the ledger', () => {
  it('lists every permit in a spreadsheet for managers and regulators, not workers', async () => {
    const reply = await as.leader!.ledger();
    expect(reply.status).toBe(200);
    const rows = await readXlsx(reply.body);
    expect(rows[0]).toContain('编号');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.flat().join('|')).toContain('已验收');
    expect((await as.guard!.ledger()).status).toBe(403);
    const county = chemApi(t.api, w.enterprises.home1.id, w.users.homeInspector.cookie);
    expect((await county.ledger('type=hot_work')).status).toBe(200);
    expect(ok(await county.permits()).actions).toEqual([]);
  });
});
