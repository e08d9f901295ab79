import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

describe('probe', () => {
  it('probes', async () => {
    const doc = await t.api.get('/openapi.json');
    console.log(Object.keys(doc.body.paths), doc.body.openapi);
    console.log(t.app.routes.map((r) => `${r.method} ${r.path}`));
    const raw = (path: string, init: RequestInit) => t.app.request(`http://localhost/api${path}`, init);
    let r = await raw('/v1/auth/login', { method: 'POST', headers: { origin: 'http://localhost', 'content-type': 'text/plain' }, body: '{"login":"x","password":"y"}' });
    console.log('textplain', r.status, await r.text());
    r = await raw('/v1/auth/login', { method: 'POST', headers: { origin: 'http://localhost' } });
    console.log('nobody', r.status, await r.text());
    r = await raw('/v1/enterprises', { method: 'POST', headers: { origin: 'http://localhost', cookie: w.users.homeAdmin.cookie } });
    console.log('ent nobody', r.status, await r.text());
    r = await raw('/v1/auth/login', { method: 'POST', headers: { origin: 'http://localhost', 'content-type': 'application/json' }, body: '{bad' });
    console.log('badjson', r.status, await r.text());
    const cur = Buffer.from(JSON.stringify(['a', 'b'])).toString('base64url');
    let q = await t.api.get(`/v1/enterprises?cursor=${cur}`, w.users.homeAdmin.cookie);
    console.log('cursor', q.status, q.body);
    q = await t.api.get(`/v1/users?cursor=${cur}`, w.users.homeAdmin.cookie);
    console.log('ucursor', q.status, q.body);
    q = await t.api.get(`/docs/nothing`);
    console.log('docs404', q.status, q.body);
    q = await t.api.post(`/v1/users/${w.users.homeAdmin.userId}/deactivate`, undefined, w.users.homeAdmin.cookie);
    console.log('selfdeact', q.status, q.body);
    q = await t.api.request('POST', `/v1/enterprises`, { body: { x: 1 }, cookie: w.users.homeAdmin.cookie });
    console.log('extra', q.status, JSON.stringify(q.body));
    q = await t.api.request('POST', `/v1/enterprises/import`, { body: new FormData(), cookie: w.users.homeAdmin.cookie });
    console.log('nofile', q.status, JSON.stringify(q.body));
    expect(1).toBe(1);
  });
});
