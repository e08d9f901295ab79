import { createApp } from '@shuangfang/api';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hazardBody } from '../support/hazards.js';
import { ApiClient } from '../support/test-app.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Heavy reads go to the read replica (DATABASE_READ_URL), everything else to the primary
// (api/src/lib/read-routing.ts). Here the "replica" is a second handle on the same database that
// counts the queries it runs; a real streaming replica, its lag and reads right after one's own
// write are the cluster test's (pnpm test:cluster).

let t: TestApp;
let w: World;
let replicaQueries = 0;
let withReplica: ApiClient;

const counting: KyselyPlugin = {
  transformQuery: (args) => {
    replicaQueries++;
    return args.node;
  },
  transformResult: async (args) => args.result,
};

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  withReplica = new ApiClient(createApp({ db: t.db, readDb: t.db.withPlugin(counting) }));
});
afterAll(() => t.drop());
beforeEach(() => {
  replicaQueries = 0;
});

const wroteCookie = (headers: Headers) =>
  headers
    .getSetCookie()
    .find((c) => c.startsWith('sf_wrote='))
    ?.split(';')[0];

describe('with a read replica', () => {
  it('serves a regulator’s dashboard, hazard search and ledger from the replica', async () => {
    const cookie = w.users.homeAdmin.cookie;
    for (const path of ['/v1/dashboard', '/v1/hazards', '/v1/hazard-ledger']) {
      const before = replicaQueries;
      expect((await withReplica.get(path, cookie)).status, path).toBe(200);
      expect(replicaQueries, path).toBeGreaterThan(before);
    }
  });

  it('serves the public queries from the replica', async () => {
    const reply = await withReplica.get(`/v1/public/blacklist?q=${encodeURIComponent('企业')}`);
    expect(reply.status).toBe(200);
    expect(replicaQueries).toBeGreaterThan(0);
  });

  it('never writes through the replica, and hands the writer its position in the WAL', async () => {
    const enterpriseId = w.enterprises.home1.id;
    const reply = await withReplica.post(
      `/v1/enterprises/${enterpriseId}/hazards`,
      hazardBody(),
      w.users.home1Safety.cookie,
    );
    expect(reply.status).toBe(201);
    expect(replicaQueries).toBe(0);
    // PostgreSQL's text form of an LSN; the next heavy read waits for the replica to pass it.
    expect(wroteCookie(reply.headers)).toMatch(/^sf_wrote=[0-9A-F]+%2F[0-9A-F]+$/);
  });

  it('keeps the ordinary reads on the primary', async () => {
    const reply = await withReplica.get(
      `/v1/enterprises/${w.enterprises.home1.id}/hazards`,
      w.users.home1Safety.cookie,
    );
    expect(reply.status).toBe(200);
    expect(replicaQueries).toBe(0);
  });
});

describe('without a read replica', () => {
  it('reads and writes on the one database and sets no WAL cookie', async () => {
    const reply = await t.api.post(
      `/v1/enterprises/${w.enterprises.home1.id}/hazards`,
      hazardBody(),
      w.users.home1Safety.cookie,
    );
    expect(reply.status).toBe(201);
    expect(wroteCookie(reply.headers)).toBeUndefined();
    expect((await t.api.get('/v1/dashboard', w.users.homeAdmin.cookie)).status).toBe(200);
  });
});
