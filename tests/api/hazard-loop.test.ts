import { uploadPhoto } from '../support/checks.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../support/factories.js';
import {
  confirmGeneralNow,
  confirmGeneralTimed,
  confirmMajor,
  expectStatus,
  hazardApi,
  hazardBody,
  MAJOR_EXTRAS,
  planBody,
  submitBody,
  type HazardApi,
} from '../support/hazards.js';
import { expectRefusedWrite, issuePaths } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// The closed loop of docs/domain.md section 2 through the API: report → confirm → rectify → accept,
// with each move recorded as an event, and every refusal leaving the database as it was.

let t: TestApp;
let w: World;
let worker: HazardApi;
let safety: HazardApi;
let admin: HazardApi;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  const id = w.enterprises.home1.id;
  worker = hazardApi(t.api, id, w.users.home1Worker.cookie);
  safety = hazardApi(t.api, id, w.users.home1Safety.cookie);
  admin = hazardApi(t.api, id, w.users.home1Admin.cookie);
});
afterAll(() => t.drop());

const trail = (hazard: any) =>
  hazard.events.map((e: any) => `${e.action}:${e.fromState ?? '-'}→${e.toState}`);

describe('一般隐患, 即查即改', () => {
  it('goes from a worker’s report to closed, every move an event', async () => {
    const reported = expectStatus(
      await worker.register(hazardBody({ source: undefined, attachments: [] })),
      201,
    );
    expect(reported).toMatchObject({
      state: 'reported',
      source: '员工随手拍',
      grade: null,
      manageType: null,
      deadline: null,
      overdue: false,
      reporter: { id: w.users.home1Worker.userId },
      // What each caller may do: the worker who reported it, nothing; the safety manager triages.
      actions: [],
    });
    const triage = expectStatus(await safety.get(reported.id), 200);
    expect(triage.actions).toEqual(['reject', 'confirm']);

    const confirmed = await safety.moved(reported.id, confirmGeneralNow);
    expect(confirmed).toMatchObject({ state: 'rectifying', grade: '一般', manageType: '即查即改' });
    expect(confirmed.plan).toBeNull();

    const photo = await uploadPhoto(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
    const submitted = await safety.moved(reported.id, submitBody('已更换泄爆片', [photo]));
    expect(submitted).toMatchObject({
      state: 'awaiting_acceptance',
      rectifierId: w.users.home1Safety.userId,
    });

    const closed = await admin.moved(reported.id, { action: 'accept', comment: '复查合格' });
    expect(closed.state).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    expect(closed.actions).toEqual([]);
    expect(trail(closed)).toEqual([
      'register:-→reported',
      'confirm:reported→rectifying',
      'submit:rectifying→awaiting_acceptance',
      'accept:awaiting_acceptance→closed',
    ]);
    const submitEvent = closed.events[2];
    expect(submitEvent).toMatchObject({
      actor: { id: w.users.home1Safety.userId },
      comment: '已更换泄爆片',
      attachments: [photo],
    });
    expect(closed.events[3].comment).toBe('复查合格');
    expect(expectStatus(await admin.verify(), 200)).toMatchObject({ ok: true, firstBroken: null });
  });

  it('can be rejected at triage, with the reason recorded, and is then final', async () => {
    const id = await worker.registered(hazardBody({ source: '员工随手拍' }));
    const rejected = await safety.moved(id, { action: 'reject', reason: '非隐患，属正常工况' });
    expect(rejected.state).toBe('rejected');
    expect(rejected.events[1]).toMatchObject({ action: 'reject', comment: '非隐患，属正常工况' });
    const again = await expectRefusedWrite(t.db, () => admin.move(id, confirmGeneralNow), 409);
    expect(again.body.error.code).toBe('ILLEGAL_TRANSITION');
    expect(again.body.error.message).toContain('「不予确认」');
  });
});

describe('一般隐患, 限期整改', () => {
  it('needs the 五到位, and comes back to rectifying when acceptance is refused', async () => {
    const id = await safety.registered();
    const confirmed = await safety.moved(id, confirmGeneralTimed());
    expect(confirmed).toMatchObject({ state: 'rectifying', manageType: '限期整改' });
    expect(confirmed.plan).toMatchObject({
      measures: '更换泄爆片，清理积尘',
      responsiblePerson: '王工',
      funds: 12000.5,
      contingencyPlan: expect.any(String),
      responsibleUserId: null,
    });
    expect(new Date(confirmed.deadline).getTime()).toBeGreaterThan(Date.now());

    await safety.moved(id, submitBody('第一次整改'));
    const refused = await admin.moved(id, { action: 'reject_acceptance', reason: '积尘未清理' });
    expect(refused.state).toBe('rectifying');
    expect(refused.actions).toContain('submit');
    expect(refused.actions).not.toContain('accept');

    await safety.moved(id, submitBody('第二次整改'));
    const closed = await admin.moved(id, { action: 'accept' });
    expect(closed.state).toBe('closed');
    expect(trail(closed)).toEqual([
      'register:-→reported',
      'confirm:reported→rectifying',
      'submit:rectifying→awaiting_acceptance',
      'reject_acceptance:awaiting_acceptance→rectifying',
      'submit:rectifying→awaiting_acceptance',
      'accept:awaiting_acceptance→closed',
    ]);
    expect(closed.events[3].comment).toBe('积尘未清理');
    expect(closed.events[1].payload.plan.funds).toBe(12000.5);
  });

  it.each(['measures', 'responsiblePerson', 'funds', 'deadline', 'contingencyPlan'])(
    'is refused without %s (422 naming it inside the plan), nothing written',
    async (field) => {
      const id = await safety.registered();
      const body = confirmGeneralTimed();
      delete (body.plan as Record<string, unknown>)[field];
      const reply = await expectRefusedWrite(t.db, () => safety.move(id, body), 422);
      expect(issuePaths(reply.body)).toEqual([`plan.${field}`]);
      expect(reply.body.error.message).toContain('五到位');
    },
  );

  it('is refused without any plan, and with a deadline already past', async () => {
    const id = await safety.registered();
    const { plan: _, ...noPlan } = confirmGeneralTimed();
    const reply = await expectRefusedWrite(t.db, () => safety.move(id, noPlan), 422);
    expect(issuePaths(reply.body)).toEqual(['plan']);
    const past = await expectRefusedWrite(
      t.db,
      () => safety.move(id, confirmGeneralTimed({ deadline: '2020-01-01T00:00:00Z' })),
      422,
    );
    expect(issuePaths(past.body)).toEqual(['plan.deadline']);
  });
});

describe('重大隐患', () => {
  it('needs 现状及原因, 危害分析, 治理目标 and the stoppage besides the five', async () => {
    const id = await safety.registered();
    const reply = await expectRefusedWrite(
      t.db,
      () => safety.move(id, { ...confirmGeneralTimed(), grade: '重大' }),
      422,
    );
    expect(issuePaths(reply.body).sort()).toEqual(
      ['plan.currentSituation', 'plan.goal', 'plan.harmAnalysis', 'plan.stoppage'].sort(),
    );
    for (const field of Object.keys(MAJOR_EXTRAS)) {
      const partial = confirmMajor();
      delete (partial.plan as Record<string, unknown>)[field];
      const one = await expectRefusedWrite(t.db, () => safety.move(id, partial), 422);
      expect(issuePaths(one.body)).toEqual([`plan.${field}`]);
    }
  });

  it('cannot be 即查即改', async () => {
    const id = await safety.registered();
    const reply = await expectRefusedWrite(
      t.db,
      () => safety.move(id, { action: 'confirm', grade: '重大', manageType: '即查即改' }),
      422,
    );
    expect(issuePaths(reply.body)).toEqual(['manageType']);
  });

  it('is confirmed with the full plan, which the hazard and its event carry', async () => {
    const id = await safety.registered();
    const confirmed = await admin.moved(id, confirmMajor());
    expect(confirmed).toMatchObject({ grade: '重大', state: 'rectifying' });
    expect(confirmed.plan).toMatchObject(MAJOR_EXTRAS);
    expect(confirmed.events[1].payload.plan).toMatchObject(MAJOR_EXTRAS);
  });
});

describe('who accepts', () => {
  it('never the user who submitted the rectification', async () => {
    const id = await safety.registered();
    await safety.moved(id, confirmGeneralNow);
    await safety.moved(id, submitBody());
    for (const action of ['accept', 'reject_acceptance']) {
      const reply = await expectRefusedWrite(
        t.db,
        () => safety.move(id, { action, reason: '自己验收自己' }),
        403,
      );
      expect(reply.body.error.message).toContain('验收人不能是整改提交人');
    }
    expect((await admin.moved(id, { action: 'accept' })).state).toBe('closed');
  });

  it('the plan’s responsible user may submit, then a manager accepts', async () => {
    const id = await safety.registered();
    await safety.moved(id, confirmGeneralTimed({ responsibleUserId: w.users.home1Worker.userId }));
    // The worker now reads the hazard they answer for, and submits its rectification.
    expect((await worker.get(id)).status).toBe(200);
    const submitted = await worker.moved(id, submitBody());
    expect(submitted.rectifierId).toBe(w.users.home1Worker.userId);
    await expectRefusedWrite(t.db, () => worker.move(id, { action: 'accept' }), 403);
    expect((await safety.moved(id, { action: 'accept' })).state).toBe('closed');
  });

  it('refuses a responsible user who does not work for the enterprise', async () => {
    const id = await safety.registered();
    const reply = await expectRefusedWrite(
      t.db,
      () => safety.move(id, confirmGeneralTimed({ responsibleUserId: w.users.home2Admin.userId })),
      422,
    );
    expect(issuePaths(reply.body)).toEqual(['plan.responsibleUserId']);
  });
});

describe('moves the loop does not have', () => {
  it('answer 409 naming the current state and the allowed moves', async () => {
    const id = await safety.registered();
    await safety.moved(id, confirmGeneralNow);
    const reply = await expectRefusedWrite(t.db, () => admin.move(id, { action: 'accept' }), 409);
    expect(reply.body.error).toEqual({
      code: 'ILLEGAL_TRANSITION',
      message: '当前状态为「整改中」，只允许：提交整改',
    });
    const twice = await expectRefusedWrite(t.db, () => safety.move(id, confirmGeneralNow), 409);
    expect(twice.body.error.message).toBe('当前状态为「整改中」，只允许：提交整改');
  });

  it('leave a closed hazard as it is for everyone, extensions included', async () => {
    const id = await safety.registered();
    await safety.moved(id, confirmGeneralTimed());
    await safety.moved(id, submitBody());
    await admin.moved(id, { action: 'accept' });
    for (const [api, body] of [
      [admin, { action: 'reject_acceptance', reason: '重新打开' }],
      [safety, submitBody()],
      [admin, confirmGeneralNow],
    ] as const) {
      const reply = await expectRefusedWrite(t.db, () => api.move(id, body), 409);
      expect(reply.body.error.message).toContain('「已销号」');
    }
    const extension = await expectRefusedWrite(
      t.db,
      () => safety.requestExtension(id, { requestedDeadline: planBody().deadline, reason: '再延' }),
      409,
    );
    expect(extension.body.error.message).toContain('「已销号」');
  });
});

describe('a second safety manager', () => {
  it('may accept what the first submitted', async () => {
    const other = await makeUser(t.db, {
      role: 'safety_manager',
      enterpriseId: w.enterprises.home1.id,
    });
    const second = hazardApi(t.api, w.enterprises.home1.id, other.cookie);
    const id = await safety.registered();
    await safety.moved(id, confirmGeneralNow);
    await safety.moved(id, submitBody());
    const closed = await second.moved(id, { action: 'accept' });
    expect(closed.events.at(-1).actor.id).toBe(other.userId);
  });
});
