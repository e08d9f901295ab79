import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../support/db-snapshot.js';
import {
  emergencyBody,
  eventBody,
  LEC_FOR,
  makeRiskChain,
  measureBody,
  objectBody,
  unitBody,
  type RiskChain,
} from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Who may read and write home1's risk register, route by route: the enterprise's managers write;
// its other people and the regulators above it read; everyone else is refused, and a refused write
// changes nothing. The cross-route matrix is in isolation.test.ts.

let t: TestApp;
let w: World;
/** home1's chain (the event graded red, so that its control level may be set) and home2's. */
let home1: RiskChain;
let home2: RiskChain;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  home1 = await makeRiskChain(t.db, w.enterprises.home1.id, { grade: 'red' });
  home2 = await makeRiskChain(t.db, w.enterprises.home2.id, { grade: 'red' });
});
afterAll(() => t.drop());

type UserKey = keyof World['users'];
interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  /** The path under /v1/enterprises/{enterpriseId}, with the ids of a chain. */
  path: (c: RiskChain) => string;
  body?: () => unknown;
}

const ROUTES: Record<string, Route> = {
  register: { method: 'GET', path: () => '/risk-register?includeArchived=true' },
  createObject: { method: 'POST', path: () => '/risk-objects', body: () => objectBody() },
  updateObject: {
    method: 'PATCH',
    path: (c) => `/risk-objects/${c.objectId}`,
    body: () => ({ name: '改名' }),
  },
  archiveObject: { method: 'POST', path: (c) => `/risk-objects/${c.objectId}/archive` },
  createUnit: {
    method: 'POST',
    path: (c) => `/risk-objects/${c.objectId}/units`,
    body: () => unitBody(),
  },
  updateUnit: {
    method: 'PATCH',
    path: (c) => `/risk-units/${c.unitId}`,
    body: () => ({ responsiblePerson: '改人' }),
  },
  archiveUnit: { method: 'POST', path: (c) => `/risk-units/${c.unitId}/archive` },
  createEvent: {
    method: 'POST',
    path: (c) => `/risk-units/${c.unitId}/events`,
    body: () => eventBody(),
  },
  updateEvent: {
    method: 'PATCH',
    path: (c) => `/risk-events/${c.eventId}`,
    body: () => ({ consequence: '改后果' }),
  },
  archiveEvent: { method: 'POST', path: (c) => `/risk-events/${c.eventId}/archive` },
  setControlLevel: {
    method: 'PUT',
    path: (c) => `/risk-events/${c.eventId}/control-level`,
    body: () => ({ controlLevel: '部门级', reason: '交叉作业' }),
  },
  assess: {
    method: 'POST',
    path: (c) => `/risk-events/${c.eventId}/assessments`,
    body: () => LEC_FOR.orange,
  },
  history: { method: 'GET', path: (c) => `/risk-events/${c.eventId}/assessments` },
  createMeasure: {
    method: 'POST',
    path: (c) => `/risk-events/${c.eventId}/measures`,
    body: () => measureBody(),
  },
  updateMeasure: {
    method: 'PATCH',
    path: (c) => `/control-measures/${c.measureId}`,
    body: () => ({ description: '改措施' }),
  },
  archiveMeasure: { method: 'POST', path: (c) => `/control-measures/${c.measureId}/archive` },
  createEmergency: {
    method: 'POST',
    path: (c) => `/risk-events/${c.eventId}/emergency-measures`,
    body: () => emergencyBody(),
  },
  updateEmergency: {
    method: 'PATCH',
    path: (c) => `/emergency-measures/${c.emergencyId}`,
    body: () => ({ phone: '119' }),
  },
  archiveEmergency: {
    method: 'POST',
    path: (c) => `/emergency-measures/${c.emergencyId}/archive`,
  },
};
const NAMES = Object.keys(ROUTES);
const READS = NAMES.filter((n) => ROUTES[n]!.method === 'GET');
const WRITES = NAMES.filter((n) => ROUTES[n]!.method !== 'GET');

function call(
  name: string,
  caller: UserKey | 'anonymous',
  options: { enterpriseId?: string; chain?: RiskChain } = {},
) {
  const route = ROUTES[name]!;
  const enterpriseId = options.enterpriseId ?? w.enterprises.home1.id;
  const path = `/v1/enterprises/${enterpriseId}${route.path(options.chain ?? home1)}`;
  const cookie = caller === 'anonymous' ? undefined : w.users[caller].cookie;
  return t.api.request(route.method, path, { body: route.body?.(), cookie });
}

/** Every call answers `status`, and (a write) leaves every table as it was. */
async function expectEach(
  name: string,
  callers: (UserKey | 'anonymous')[],
  status: number,
  options: { enterpriseId?: string; chain?: RiskChain } = {},
) {
  const write = ROUTES[name]!.method !== 'GET';
  for (const caller of callers) {
    const before = write ? await snapshot(t.db) : undefined;
    const reply = await call(name, caller, options);
    expect(reply.status, `${name} as ${caller}: ${JSON.stringify(reply.body)}`).toBe(status);
    if (write) expect(await snapshot(t.db), `${name} as ${caller} wrote`).toEqual(before);
  }
}

it('has a case for each of the 19 register routes', () => {
  expect(NAMES).toHaveLength(19);
  expect(READS).toEqual(['register', 'history']);
});

describe.each(NAMES)('%s', (name) => {
  const write = ROUTES[name]!.method !== 'GET';

  it('answers 401 without a session', async () => {
    await expectEach(name, ['anonymous'], 401);
  });

  it('answers 404 to another enterprise’s people', async () => {
    await expectEach(name, ['home2Admin', 'neighbour1Admin'], 404);
  });

  it(
    write
      ? 'refuses agencies of other counties by role: 403'
      : 'answers 404 to agencies of other counties',
    async () => {
      await expectEach(name, ['neighbourAdmin', 'farAdmin'], write ? 403 : 404);
    },
  );

  it(
    write
      ? 'refuses the home agency, the worker and the congress rep: 403'
      : 'lets the home agency, the city above it, the worker and the congress rep read',
    async () => {
      const callers: UserKey[] = [
        'homeAdmin',
        'homeInspector',
        'cityAdmin',
        'provinceAdmin',
        'home1Worker',
        'home1Congress',
        'home1Safety',
        'home1Admin',
      ];
      if (!write) return expectEach(name, callers, 200);
      await expectEach(name, callers.slice(0, 6), 403);
    },
  );

  it('refuses the platform admin, who manages configuration, not registers: 403', async () => {
    await expectEach(name, ['platformAdmin'], 403);
  });

  it('answers 404 to rows of another enterprise under home1’s id, and the reverse', async () => {
    if (name === 'register' || name === 'createObject') return; // no row id in the path
    await expectEach(name, ['home1Safety', 'home1Admin'], 404, { chain: home2 });
    await expectEach(name, ['home2Admin'], 404, {
      enterpriseId: w.enterprises.home2.id,
      chain: home1,
    });
  });

  it('answers 404 for an enterprise that does not exist', async () => {
    const callers: UserKey[] = write ? ['home1Safety'] : ['home1Safety', 'homeAdmin'];
    await expectEach(name, callers, 404, {
      enterpriseId: crypto.randomUUID(),
    });
  });
});

describe.each(WRITES)('%s by home1’s managers', (name) => {
  it.each(['home1Safety', 'home1Admin'] as const)('succeeds as %s', async (caller) => {
    const chain = await makeRiskChain(t.db, w.enterprises.home1.id, { grade: 'red' });
    const reply = await call(name, caller, { chain });
    expect(reply.status, JSON.stringify(reply.body)).toBeLessThan(300);
    expect([200, 201]).toContain(reply.status);
  });
});
