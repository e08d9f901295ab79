import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../support/db-snapshot.js';
import { makeJpegHead, makePng } from '../support/images.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// 一图: the site plan upload (checked by content and size) and risk objects drawn on it.

let t: TestApp;
let w: World;
let enterpriseId: string;
let objectId: string;
const planPath = () => `/v1/enterprises/${enterpriseId}/site-plan`;
const polygonPath = () => `/v1/enterprises/${enterpriseId}/risk-objects/${objectId}/polygon`;
const square: [number, number][] = [
  [0.1, 0.1],
  [0.4, 0.1],
  [0.4, 0.3],
  [0.1, 0.3],
];

function upload(data: Buffer, name: string, cookie = w.users.home1Safety.cookie) {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(data)], name));
  return t.api.request('PUT', planPath(), { body: form, cookie });
}

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  enterpriseId = w.enterprises.home1.id;
  const object = await t.api.post(
    `/v1/enterprises/${enterpriseId}/risk-objects`,
    { name: '罐区', kind: '储存设施', department: '储运部', responsiblePerson: '孙七' },
    w.users.home1Safety.cookie,
  );
  objectId = object.body.id;
});
afterAll(() => t.drop());

describe('site plan', () => {
  it('cannot place an object before a plan exists: 409', async () => {
    const reply = await t.api.put(polygonPath(), { points: square }, w.users.home1Safety.cookie);
    expect(reply.status).toBe(409);
  });

  it('refuses a file that is not a PNG or JPEG, whatever its name: 422 naming file', async () => {
    const before = await snapshot(t.db);
    for (const [data, name] of [
      [Buffer.from('not an image at all'), 'plan.png'],
      [Buffer.from('%PDF-1.7 fake'), 'plan.jpg'],
      [Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'truncated.png'],
    ] as const) {
      const reply = await upload(data, name);
      expect(reply.status).toBe(422);
      expect(reply.body.error.issues[0].path).toBe('file');
      expect(reply.body.error.message).toContain('PNG 或 JPEG');
    }
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('refuses a plan over 10 MB: 422 naming file', async () => {
    const huge = Buffer.concat([makePng(4, 4), Buffer.alloc(10 * 1024 * 1024)]);
    const reply = await upload(huge, 'huge.png');
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues[0].path).toBe('file');
    expect(reply.body.error.message).toContain('10 MB');
  });

  it('refuses any body over 20 MB before reading it: 413', async () => {
    const reply = await upload(Buffer.alloc(21 * 1024 * 1024), 'enormous.png');
    expect(reply.status).toBe(413);
    expect(reply.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('accepts a PNG, reads its size from the content and serves it back with safe headers', async () => {
    const png = makePng(64, 48);
    const reply = await upload(png, 'whatever.bin');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      contentType: 'image/png',
      width: 64,
      height: 48,
      byteSize: png.length,
    });
    const image = await t.api.get(planPath(), w.users.homeInspector.cookie);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.compare(image.body, png)).toBe(0);
  });

  it('replaces it with a JPEG', async () => {
    const reply = await upload(makeJpegHead(1200, 800), 'plan.jpg');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ contentType: 'image/jpeg', width: 1200, height: 800 });
    const register = await t.api.get(
      `/v1/enterprises/${enterpriseId}/risk-register`,
      w.users.home1Worker.cookie,
    );
    expect(register.body.sitePlan).toMatchObject({
      contentType: 'image/jpeg',
      width: 1200,
      height: 800,
    });
  });

  it('places an object as a polygon of fractions, shown in the register; null removes it', async () => {
    const cookie = w.users.home1Safety.cookie;
    expect((await t.api.put(polygonPath(), { points: square }, cookie)).status).toBe(200);
    const register = await t.api.get(`/v1/enterprises/${enterpriseId}/risk-register`, cookie);
    expect(register.body.objects[0].polygon).toEqual(square);
    expect((await t.api.put(polygonPath(), { points: null }, cookie)).status).toBe(200);
    const after = await t.api.get(`/v1/enterprises/${enterpriseId}/risk-register`, cookie);
    expect(after.body.objects[0].polygon).toBeNull();
    await t.api.put(polygonPath(), { points: square }, cookie);
  });

  it('refuses a polygon of fewer than 3 points or off the plan: 422 naming points', async () => {
    for (const points of [
      [
        [0.1, 0.1],
        [0.2, 0.2],
      ],
      [
        [0.1, 0.1],
        [1.5, 0.2],
        [0.3, 0.3],
      ],
    ]) {
      const reply = await t.api.put(polygonPath(), { points }, w.users.home1Safety.cookie);
      expect(reply.status).toBe(422);
      expect(reply.body.error.issues[0].path).toMatch(/^points/);
    }
  });

  it('is read by the enterprise and its regulators, changed only by its managers', async () => {
    const before = await snapshot(t.db);
    for (const user of [w.users.home2Admin, w.users.neighbour1Admin]) {
      expect((await t.api.get(planPath(), user.cookie)).status).toBe(404);
      expect((await upload(makePng(2, 2), 'x.png', user.cookie)).status).toBe(404);
      expect((await t.api.put(polygonPath(), { points: square }, user.cookie)).status).toBe(404);
    }
    // A regulator outside the jurisdiction cannot see it; no regulator may change it (role: 403).
    expect((await t.api.get(planPath(), w.users.neighbourAdmin.cookie)).status).toBe(404);
    expect((await upload(makePng(2, 2), 'x.png', w.users.neighbourAdmin.cookie)).status).toBe(403);
    for (const user of [
      w.users.home1Worker,
      w.users.home1Congress,
      w.users.homeAdmin,
      w.users.homeInspector,
    ]) {
      expect((await t.api.get(planPath(), user.cookie)).status).toBe(200);
      expect((await upload(makePng(2, 2), 'x.png', user.cookie)).status).toBe(403);
      expect((await t.api.put(polygonPath(), { points: null }, user.cookie)).status).toBe(403);
    }
    expect((await t.api.get(planPath())).status).toBe(401);
    expect(await snapshot(t.db)).toEqual(before);
  });
});
