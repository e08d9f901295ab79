import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  emergencyBody,
  inRegister,
  measureBody,
  riskApi,
  type RiskApi,
  expectRefusedWrite as refusedWrite,
  issuePaths,
} from '../support/risk.js';
import { setupTestApp, type Reply, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// What hangs off a risk event: control measures (管控措施, with category, control level and check
// cycle from fixed lists) and emergency measures (应急处置措施).

let t: TestApp;
let w: World;
let safety: RiskApi;
let admin: RiskApi;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  safety = riskApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
  admin = riskApi(t.api, w.enterprises.home1.id, w.users.home1Admin.cookie);
});
afterAll(() => t.drop());

const register = async (includeArchived?: boolean) => (await safety.register(includeArchived)).body;

const expectRefusedWrite = (write: () => Promise<Reply>, status: number) =>
  refusedWrite(t.db, write, status);

describe('control measures', () => {
  it('adds a measure to an event and lists it there', async () => {
    const { eventId } = await safety.chain();
    const body = measureBody({ checkCycleUnit: 'week', checkCycleCount: 2 });
    const measureId = safety.created(await safety.createMeasure(eventId, body), 'measure');
    const event = inRegister.event(await register(), eventId);
    expect(event.measures).toEqual([{ id: measureId, ...body, sortOrder: 0, archived: false }]);
  });

  it('takes a measure without a check cycle (unit and count both left out, or both null)', async () => {
    const { eventId } = await safety.chain();
    const { checkCycleUnit: _u, checkCycleCount: _c, ...noCycle } = measureBody();
    const a = safety.created(await safety.createMeasure(eventId, noCycle), 'no cycle');
    const b = safety.created(
      await admin.createMeasure(
        eventId,
        measureBody({ checkCycleUnit: null, checkCycleCount: null }),
      ),
      'null cycle',
    );
    const r = await register();
    for (const id of [a, b])
      expect(inRegister.measure(r, id)).toMatchObject({
        checkCycleUnit: null,
        checkCycleCount: null,
      });
  });

  // BUG (risk.schemas.ts cycleIsWhole): on create, an omitted field and null both mean "no
  // cycle", but the rule compares them apart, so a form that sends an unselected unit as null and
  // leaves the count out is refused with "须同时填写或同时为空" although both are empty.
  it('takes a null unit with the count left out as no cycle', async () => {
    const { eventId } = await safety.chain();
    const { checkCycleCount: _, ...body } = measureBody({ checkCycleUnit: null });
    const reply = await safety.createMeasure(eventId, body);
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(inRegister.measure(await register(), reply.body.id)).toMatchObject({
      checkCycleUnit: null,
      checkCycleCount: null,
    });
  });

  it.each([
    ['a unit without a count', { checkCycleCount: undefined }],
    ['a count without a unit', { checkCycleUnit: undefined }],
    ['a null unit with a count', { checkCycleUnit: null }],
    ['a unit with a null count', { checkCycleCount: null }],
  ])('refuses %s: 422 naming the cycle, nothing written', async (_, over) => {
    const { eventId } = await safety.chain();
    const reply = await expectRefusedWrite(
      () => safety.createMeasure(eventId, measureBody(over)),
      422,
    );
    expect(issuePaths(reply.body)).toEqual(['checkCycleCount']);
  });

  it.each([
    ['category', { category: '技术措施' }],
    ['category', { category: undefined }],
    ['controlLevel', { controlLevel: '厂级' }],
    ['controlLevel', { controlLevel: '' }],
    ['checkCycleUnit', { checkCycleUnit: 'fortnight' }],
    ['checkCycleCount', { checkCycleCount: 0 }],
    ['checkCycleCount', { checkCycleCount: 1.5 }],
    ['description', { description: '  ' }],
    ['responsiblePerson', { responsiblePerson: undefined }],
    ['checkContent', { checkContent: 'x'.repeat(4001) }],
  ])('refuses a bad %s: 422 naming it, nothing written', async (path, over) => {
    const { eventId } = await safety.chain();
    const reply = await expectRefusedWrite(
      () => safety.createMeasure(eventId, measureBody(over)),
      422,
    );
    expect(issuePaths(reply.body)).toEqual([path]);
  });

  it('accepts every category and control level of the fixed lists', async () => {
    const { eventId } = await safety.chain();
    const categories = [
      '工程技术',
      '维护保养',
      '操作行为',
      '管理',
      '培训教育',
      '个体防护',
      '应急处置',
    ];
    const levels = ['公司级', '部门级', '车间级', '班组级', '岗位级'];
    for (const [i, category] of categories.entries()) {
      const controlLevel = levels[i % levels.length];
      const reply = await safety.createMeasure(eventId, measureBody({ category, controlLevel }));
      expect(reply.status, `${category} ${controlLevel}`).toBe(201);
    }
    const event = inRegister.event(await register(), eventId);
    expect(event.measures.map((m: any) => m.category)).toEqual(categories);
  });

  it('edits only the fields sent', async () => {
    const { eventId } = await safety.chain();
    const measureId = safety.created(await safety.createMeasure(eventId, measureBody()), 'm');
    const before = inRegister.measure(await register(), measureId);
    const reply = await admin.update('control-measures', measureId, {
      description: '增设火花探测熄灭装置',
      controlLevel: '部门级',
    });
    expect(reply.status).toBe(200);
    expect(inRegister.measure(await register(), measureId)).toEqual({
      ...before,
      description: '增设火花探测熄灭装置',
      controlLevel: '部门级',
    });
    expect(
      (
        await safety.update('control-measures', measureId, {
          checkCycleUnit: 'month',
          checkCycleCount: 3,
        })
      ).status,
    ).toBe(200);
    expect(inRegister.measure(await register(), measureId)).toMatchObject({
      checkCycleUnit: 'month',
      checkCycleCount: 3,
      category: before.category,
    });
    expect(
      (
        await safety.update('control-measures', measureId, {
          checkCycleUnit: null,
          checkCycleCount: null,
        })
      ).status,
    ).toBe(200);
    expect(inRegister.measure(await register(), measureId)).toMatchObject({
      checkCycleUnit: null,
      checkCycleCount: null,
    });
  });

  it('refuses an edit of half a cycle or off the lists: 422, nothing changed', async () => {
    const { eventId } = await safety.chain();
    const measureId = safety.created(await safety.createMeasure(eventId, measureBody()), 'm');
    for (const [body, path] of [
      [{ checkCycleCount: 2 }, 'checkCycleCount'],
      [{ checkCycleUnit: 'year' }, 'checkCycleCount'],
      [{ checkCycleUnit: null, checkCycleCount: 2 }, 'checkCycleCount'],
      [{ category: '其他' }, 'category'],
      [{ controlLevel: '集团级' }, 'controlLevel'],
    ] as const) {
      const reply = await expectRefusedWrite(
        () => safety.update('control-measures', measureId, body),
        422,
      );
      expect(issuePaths(reply.body), JSON.stringify(body)).toEqual([path]);
    }
  });

  it('archives a measure: gone from the register, shown flagged with includeArchived', async () => {
    const { eventId } = await safety.chain();
    const measureId = safety.created(await safety.createMeasure(eventId, measureBody()), 'm');
    const kept = safety.created(await safety.createMeasure(eventId, measureBody()), 'kept');
    expect((await safety.archive('control-measures', measureId)).status).toBe(200);
    expect(inRegister.event(await register(), eventId).measures.map((m: any) => m.id)).toEqual([
      kept,
    ]);
    expect(inRegister.measure(await register(true), measureId).archived).toBe(true);
    await expectRefusedWrite(
      () => safety.update('control-measures', measureId, { description: '改' }),
      409,
    );
    await expectRefusedWrite(() => safety.archive('control-measures', measureId), 409);
  });

  it('refuses a measure under an archived event, and edits of one under it: 409', async () => {
    const { eventId } = await safety.chain();
    const measureId = safety.created(await safety.createMeasure(eventId, measureBody()), 'm');
    await safety.archive('risk-events', eventId);
    await expectRefusedWrite(() => safety.createMeasure(eventId, measureBody()), 409);
    await expectRefusedWrite(
      () => safety.update('control-measures', measureId, { description: '改' }),
      409,
    );
    await expectRefusedWrite(() => safety.archive('control-measures', measureId), 409);
  });

  it('answers 404 for an event or a measure that does not exist', async () => {
    await expectRefusedWrite(() => safety.createMeasure(crypto.randomUUID(), measureBody()), 404);
    await expectRefusedWrite(
      () => safety.update('control-measures', crypto.randomUUID(), { description: '改' }),
      404,
    );
  });
});

describe('emergency measures', () => {
  it('creates, edits (only the fields sent) and archives one', async () => {
    const { eventId } = await safety.chain();
    const body = emergencyBody();
    const id = safety.created(await safety.createEmergency(eventId, body), 'emergency');
    expect(inRegister.event(await register(), eventId).emergencyMeasures).toEqual([
      { id, ...body, sortOrder: 0, archived: false },
    ]);

    expect((await admin.update('emergency-measures', id, { phone: '119' })).status).toBe(200);
    expect(inRegister.emergency(await register(), id)).toEqual({
      id,
      ...body,
      phone: '119',
      sortOrder: 0,
      archived: false,
    });
    expect((await safety.update('emergency-measures', id, { equipment: '' })).status).toBe(200);
    expect(inRegister.emergency(await register(), id)).toMatchObject({
      equipment: '',
      steps: body.steps,
    });

    expect((await safety.archive('emergency-measures', id)).status).toBe(200);
    expect(inRegister.event(await register(), eventId).emergencyMeasures).toEqual([]);
    expect(inRegister.emergency(await register(true), id).archived).toBe(true);
    await expectRefusedWrite(() => safety.update('emergency-measures', id, { phone: '110' }), 409);
  });

  it('takes one without equipment', async () => {
    const { eventId } = await safety.chain();
    const { equipment: _, ...body } = emergencyBody();
    const id = safety.created(await safety.createEmergency(eventId, body), 'emergency');
    expect(inRegister.emergency(await register(), id).equipment).toBe('');
  });

  it.each([
    ['steps', { steps: undefined }],
    ['steps', { steps: ' ' }],
    ['phone', { phone: undefined }],
    ['phone', { phone: 'x'.repeat(51) }],
    ['equipment', { equipment: 3 }],
    ['sortOrder', { sortOrder: 'first' }],
  ])('refuses a bad %s: 422 naming it, nothing written', async (path, over) => {
    const { eventId } = await safety.chain();
    const reply = await expectRefusedWrite(
      () => safety.createEmergency(eventId, emergencyBody(over)),
      422,
    );
    expect(issuePaths(reply.body)).toEqual([path]);
  });

  it('refuses one under an archived event: 409', async () => {
    const { eventId, objectId } = await safety.chain();
    await safety.archive('risk-objects', objectId);
    await expectRefusedWrite(() => safety.createEmergency(eventId, emergencyBody()), 409);
  });
});
