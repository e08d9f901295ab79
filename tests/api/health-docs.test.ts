import { createApp } from '@shuangfang/api';
import type { Database, Db } from '@shuangfang/db';
import {
  Kysely,
  sql,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Driver,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/factories.js';
import { rawRequest } from '../support/http.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// What surrounds the routes: health, the OpenAPI document and its viewer, and the error shape
// of requests that reach no route or cannot be parsed.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const jsonHeaders = { origin: 'http://localhost', 'content-type': 'application/json' };

/** A database that cannot be reached: every connection attempt fails. */
function unreachableDb(): Db {
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    },
    beginTransaction: async () => {},
    commitTransaction: async () => {},
    rollbackTransaction: async () => {},
    releaseConnection: async () => {},
    destroy: async () => {},
  };
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => driver,
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

function expectErrorShape(body: any, code: string) {
  expect(body).toEqual({ error: { code, message: expect.any(String) } });
  expect(body.error.message.length).toBeGreaterThan(0);
}

describe('GET /api/health', () => {
  it('answers 200 with the database checked', async () => {
    const reply = await t.api.get('/health');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ status: 'ok', database: true });
  });

  it('answers 503 when the database cannot be reached', async () => {
    const down = createApp({ db: unreachableDb() });
    const res = await down.request('http://localhost/api/health');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', database: false });
  });
});

describe('GET /api/health/live and /api/health/ready (for the balancer)', () => {
  it('live answers 200 while the process runs, whatever the database', async () => {
    expect((await t.api.get('/health/live')).body).toEqual({ status: 'ok' });
    const down = createApp({ db: unreachableDb() });
    const res = await down.request('http://localhost/api/health/live');
    expect(res.status).toBe(200);
  });

  it('ready answers 200 when the database answers and its migrations are this code’s', async () => {
    const reply = await t.api.get('/health/ready');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      status: 'ready',
      database: true,
      migrations: true,
      draining: false,
    });
  });

  it('ready answers 503 when the database cannot be reached', async () => {
    const down = createApp({ db: unreachableDb() });
    const res = await down.request('http://localhost/api/health/ready');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      status: 'unavailable',
      database: false,
      migrations: false,
      draining: false,
    });
  });

  it('ready answers 503 once the process is stopping (it finishes its requests, takes no more)', async () => {
    const stopping = createApp({ db: t.db, draining: () => true });
    const res = await stopping.request('http://localhost/api/health/ready');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', draining: true });
  });

  it('ready answers 503 while a migration this code knows has not run', async () => {
    const latest = (await sql<{ name: string }>`select max(name) as name from kysely_migration`
      .execute(t.db)
      .then((r) => r.rows[0]!.name))!;
    const { rows } = await sql<{
      timestamp: string;
    }>`delete from kysely_migration where name = ${latest} returning timestamp`.execute(t.db);
    try {
      const reply = await t.api.get('/health/ready');
      expect(reply.status).toBe(503);
      expect(reply.body).toMatchObject({ database: true, migrations: false });
    } finally {
      await sql`insert into kysely_migration (name, timestamp)
        values (${latest}, ${rows[0]!.timestamp})`.execute(t.db);
    }
  });
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document', async () => {
    const reply = await t.api.get('/openapi.json');
    expect(reply.status).toBe(200);
    expect(reply.body.openapi).toBe('3.1.0');
    expect(reply.body.info.title).toContain('双防');
  });

  it('lists every /v1 route the app serves, and no route it does not serve', async () => {
    const doc = (await t.api.get('/openapi.json')).body;
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, item]) =>
        METHODS.filter((m) => m in item).map((m) => `${m.toUpperCase()} ${path}`),
      )
      .sort();
    const served = [
      ...new Set(
        t.app.routes
          .filter(
            (r) =>
              r.method !== 'ALL' &&
              (r.path.startsWith('/api/v1/') || r.path.startsWith('/api/health')),
          )
          .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`),
      ),
    ].sort();
    expect(documented).toEqual(served);
    expect(documented.length).toBeGreaterThanOrEqual(25);
  });

  it('declares the error shape and a 401 for every route behind a session', async () => {
    const doc = (await t.api.get('/openapi.json')).body;
    const open = new Set([
      'post /api/v1/auth/login',
      'post /api/v1/auth/logout',
      'get /api/health',
      'get /api/health/live',
      'get /api/health/ready',
    ]);
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      for (const method of METHODS.filter((m) => m in item)) {
        const responses = item[method].responses;
        // Everything under /v1/public/ is meant for people without an account.
        if (!open.has(`${method} ${path}`) && !path.startsWith('/api/v1/public/'))
          expect(responses, `${method} ${path}`).toHaveProperty('401');
      }
    }
    expect(doc.components.schemas.Error).toBeDefined();
  });
});

describe('GET /api/docs', () => {
  it('serves the HTML viewer and every asset it links', async () => {
    const page = await rawRequest(t.app, 'GET', '/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) {
      expect(asset.startsWith('/api/')).toBe(true); // served locally, never from a CDN
      const res = await t.app.request(`http://localhost${asset}`);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('content-type'), asset).toMatch(/^text\/(css|javascript)/);
      expect((await res.arrayBuffer()).byteLength, asset).toBeGreaterThan(0);
    }
  });

  it('answers an unknown asset with the JSON 404', async () => {
    const res = await rawRequest(t.app, 'GET', '/docs/../package.json');
    expect(res.status).toBe(404);
    const other = await rawRequest(t.app, 'GET', '/docs/index.html');
    expect(other.status).toBe(404);
    expectErrorShape(await other.json(), 'NOT_FOUND');
  });
});

describe('requests that reach no route or cannot be read', () => {
  it('answers an unknown path with 404 in the error shape', async () => {
    for (const path of ['/v1/nothing-here', '/v2/enterprises', '/']) {
      const reply = await t.api.get(path, w.users.homeAdmin.cookie);
      expect(reply.status).toBe(404);
      expectErrorShape(reply.body, 'NOT_FOUND');
    }
  });

  it('answers a method the path does not have with 404 in the error shape', async () => {
    const reply = await t.api.request('DELETE', `/v1/enterprises/${w.enterprises.home1.id}`, {
      cookie: w.users.homeAdmin.cookie,
    });
    expect(reply.status).toBe(404);
    expectErrorShape(reply.body, 'NOT_FOUND');
  });

  it('answers malformed JSON with 400, not 500', async () => {
    for (const [path, cookie] of [
      ['/v1/auth/login', undefined],
      ['/v1/enterprises', w.users.homeAdmin.cookie],
    ] as const) {
      const res = await rawRequest(t.app, 'POST', path, {
        headers: { ...jsonHeaders, ...(cookie ? { cookie } : {}) },
        body: '{"login": "13900000001", ',
      });
      expect(res.status).toBe(400);
      expectErrorShape(await res.json(), 'BAD_REQUEST');
    }
  });

  it('answers a JSON route sent another content type with 415, not 500', async () => {
    const res = await rawRequest(t.app, 'POST', '/v1/auth/login', {
      headers: { origin: 'http://localhost', 'content-type': 'text/plain' },
      body: JSON.stringify({ login: w.users.homeAdmin.phone, password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(415);
  });

  it('answers a JSON route sent no body at all with 422 VALIDATION, not 500', async () => {
    const answers: Record<string, string> = {};
    for (const path of ['/v1/auth/login', '/v1/jurisdictions']) {
      const res = await rawRequest(t.app, 'POST', path, {
        headers: { origin: 'http://localhost', cookie: w.users.platformAdmin.cookie },
      });
      answers[path] = `${res.status} ${(await res.json()).error.code}`;
    }
    expect(answers).toEqual({
      '/v1/auth/login': '422 VALIDATION',
      '/v1/jurisdictions': '422 VALIDATION',
    });
  });

  it('validates the body even when the Content-Type header is missing', async () => {
    // Without the header the validator is skipped and the handler gets `{}`: the service then
    // judges `undefined` fields (here: "cannot create role undefined") instead of the schema
    // naming them. (POST /v1/enterprises the same way reaches the database with `undefined`
    // parameters; on PostgreSQL that is a 500 and a query that never settles.)
    const res = await rawRequest(t.app, 'POST', '/v1/users', {
      headers: { origin: 'http://localhost', cookie: w.users.home1Admin.cookie },
    });
    expect(res.status).toBe(422);
    const paths = (await res.json()).error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['displayName', 'role']));
  });
});
