import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../support/db-snapshot.js';
import { objectBody } from '../support/risk.js';
import { ORIGIN, setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Input no schema can catch by itself, refused for every route by one middleware: U+0000 (which
// PostgreSQL text cannot hold) anywhere in a body, a query or a form, and a form that cannot be
// parsed. Each is a 4xx naming where, and leaves the database as it was.

let t: TestApp;
let w: World;
let objects: string;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  objects = `/v1/enterprises/${w.enterprises.home1.id}/risk-objects`;
});
afterAll(() => t.drop());

describe('U+0000 and unparseable forms', () => {
  it('refuses U+0000 in a JSON field, naming the field, without writing', async () => {
    const before = await snapshot(t.db);
    const reply = await t.api.post(
      objects,
      objectBody({ name: 'a\u0000b' }),
      w.users.home1Safety.cookie,
    );
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues).toEqual([
      { path: 'name', message: '不能包含空字符（U+0000）' },
    ]);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('refuses U+0000 deep in a nested body and in a query parameter', async () => {
    const nested = await t.api.post(
      objects,
      { ...objectBody(), polygon: [[0, 0]], extra: { deep: [['x', 'y\u0000']] } },
      w.users.home1Safety.cookie,
    );
    expect(nested.status).toBe(422);
    expect(nested.body.error.issues[0].path).toBe('extra.deep.0.1');
    const query = await t.api.get('/v1/enterprises?q=%00', w.users.homeAdmin.cookie);
    expect(query.status).toBe(422);
    expect(query.body.error.issues[0].path).toBe('q');
  });

  it('answers 400 to a multipart body that cannot be parsed', async () => {
    const res = await t.app.request(`${ORIGIN}/api/v1/enterprises/import`, {
      method: 'POST',
      headers: {
        origin: ORIGIN,
        cookie: w.users.homeAdmin.cookie,
        'content-type': 'multipart/form-data; boundary=abc',
      },
      body: '--xyz\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('表单内容无法解析');
  });

  it('still takes ordinary text, including escaped backslashes before u0000', async () => {
    const reply = await t.api.post(
      objects,
      objectBody({ name: '路径 C:\\u0000 目录' }),
      w.users.home1Safety.cookie,
    );
    expect(reply.status).toBe(201);
  });
});
