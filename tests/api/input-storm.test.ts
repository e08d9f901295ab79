import { createSession, SESSION_COOKIE } from '@shuangfang/api';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../support/db-snapshot.js';
import { makeExtension, makeHazard } from '../support/hazards.js';
import { makeRiskChain, type RiskChain } from '../support/risk.js';
import { stormCases, type Operation, type Schema, type StormCase } from '../support/storm-cases.js';
import { ORIGIN, setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// The bad-input storm: for every operation of the OpenAPI document (so routes added later are
// covered too), requests derived from its schema with bad ids, bad query values and broken
// bodies — wrong types, missing and extra fields, huge strings, Unicode edge cases, SQL and HTML
// — at least 10,000 in all, from fixed seeds. Each is sent as a caller the route lets in, so it
// reaches validation and the service. Expected: no 5xx, no stack trace or SQL in an error body,
// and no refused request changes a row.
//
// Spotting a write without a full snapshot per request: PostgreSQL gives a transaction an id only
// when it writes, so when the next id to hand out (the snapshot's xmax) has not moved, nothing
// was written. When it has moved after a refusal, the tables are compared with the last snapshot.

const TOTAL = 10_000;
const SEED = 20261123;

let t: TestApp;
let w: World;
let chain: RiskChain;
const ids: Record<string, string> = {};

type UserKey = keyof World['users'];
/** Tried in this order; the first the route does not refuse by role sends the storm. */
const CANDIDATES: UserKey[] = [
  'home1Admin',
  'home1Safety',
  'home1Worker',
  'home1Congress',
  'homeAdmin',
  'homeInspector',
  'platformAdmin',
];

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  const enterpriseId = w.enterprises.home1.id;
  chain = await makeRiskChain(t.db, enterpriseId, { grade: 'red' });
  const position = await t.db
    .insertInto('position')
    .values({ enterprise_id: enterpriseId, name: '岗位', archived_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const hazard = await makeHazard(t.db, enterpriseId, w.users.home1Safety.userId, {
    state: 'rectifying',
  });
  Object.assign(ids, {
    enterpriseId,
    positions: position.id,
    hazards: hazard,
    extensionId: await makeExtension(t.db, enterpriseId, hazard, w.users.home1Safety.userId),
    'risk-objects': chain.objectId,
    'risk-units': chain.unitId,
    'risk-events': chain.eventId,
    'control-measures': chain.measureId,
    'emergency-measures': chain.emergencyId,
    enterprises: enterpriseId,
    users: w.users.home1Worker.userId,
    code: '360735',
    kind: 'risk',
  });
});
afterAll(() => t.drop());

/** A lone surrogate cannot be percent-encoded: it goes as the invalid UTF-8 bytes it would be. */
const encodeSegment = (value: string) =>
  value.replace(/[\s\S]/gu, (ch) =>
    ch.length === 1 && /[\ud800-\udfff]/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch),
  );

/** A real row for each `{param}`, by its name or the segment before it; else a random id. */
function fillPath(path: string, params: Record<string, string>): string {
  return path
    .replace(/^\/api/, '')
    .replace(/([a-z-]+)\/\{(\w+)\}/g, (_, segment: string, name: string) => {
      const value = params[name] ?? (name === 'id' ? ids[segment] : ids[name]);
      return `${segment}/${encodeSegment(value ?? '6f1c2f1e-0000-4000-8000-000000000000')}`;
    });
}

async function send(method: string, path: string, c: StormCase, cookie: string) {
  const url = new URL(`${ORIGIN}/api${fillPath(path, c.params)}`);
  for (const [key, value] of Object.entries(c.query))
    for (const v of [value].flat()) url.searchParams.append(key, v);
  const headers: Record<string, string> = { origin: ORIGIN, cookie };
  let body: BodyInit | undefined;
  if (c.raw) {
    if (c.raw.contentType) headers['content-type'] = c.raw.contentType;
    body = c.raw.data === '' ? undefined : c.raw.data;
  } else if (c.body !== undefined && method !== 'GET') {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(c.body);
  }
  const res = await t.app.request(url, {
    method,
    headers,
    body: method === 'GET' ? undefined : body,
  });
  const text = await res.text();
  return { status: res.status, text, type: res.headers.get('content-type') ?? '' };
}

/** The next transaction id PostgreSQL will hand out: it moves only when something writes. */
async function nextXid(): Promise<string> {
  const { rows } = await sql<{
    x: string;
  }>`select pg_snapshot_xmax(pg_current_snapshot())::text as x`.execute(t.db);
  return rows[0]!.x;
}

/**
 * A snapshot without the one table a refusal may change: the login and tip-off limits count
 * refused attempts by design (api/src/auth/rate-limit.ts).
 */
const withoutLimits = (snap: Record<string, string>) => ({ ...snap, rate_limit: undefined });

async function freshCookie(user: UserKey): Promise<string> {
  const { userId, membershipId } = w.users[user];
  return `${SESSION_COOKIE}=${await createSession(t.db, userId, membershipId)}`;
}

const LEAKS =
  /node_modules|\bat \S+ \(\S+:\d+:\d+\)|relation "|violates \S+ constraint|duplicate key value|syntax error at or near/;

describe('bad-input storm', () => {
  it(
    `sends at least ${TOTAL} bad requests: no 5xx, no leaks, no refused write`,
    { timeout: 1_500_000 },
    async () => {
      const doc = (await t.api.get('/openapi.json')).body as {
        paths: Record<string, Record<string, Operation>>;
        components: { schemas: Record<string, Schema> };
      };
      const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
        Object.entries(item)
          .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
          .map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
      );
      const components = doc.components?.schemas ?? {};
      // The write detector must see a write, else "no refused write" would prove nothing.
      const idle = await nextXid();
      expect(await nextXid()).toBe(idle);
      await freshCookie('home1Worker');
      expect(await nextXid()).not.toBe(idle);

      const fixed = operations.reduce(
        (n, o, i) => n + stormCases(o.op, components, SEED + i, 0).length,
        0,
      );
      // A margin over the total for the probes and the routes with fewer places to break.
      const extra = Math.max(5, Math.ceil((TOTAL * 1.05 - fixed) / operations.length));

      const serverErrors: string[] = [];
      const leaks: string[] = [];
      const changed: string[] = [];
      const statuses: Record<number, number> = {};
      let sent = 0;
      for (const [i, { method, path, op }] of operations.entries()) {
        const cases = stormCases(op, components, SEED + i, extra);
        // The caller: the first candidate not refused by role (a fresh session each, as a case
        // may end the session it was sent with).
        let cookie = '';
        for (const user of CANDIDATES) {
          cookie = await freshCookie(user);
          const probe = await send(method, path, { label: 'probe', params: {}, query: {} }, cookie);
          sent++;
          if (probe.status >= 500) serverErrors.push(`${method} ${path} probe → ${probe.status}`);
          if (probe.status !== 401 && probe.status !== 403) break;
        }
        let before = await snapshot(t.db);
        let xid = await nextXid();
        for (const c of cases) {
          const reply = await send(method, path, c, cookie);
          sent++;
          statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
          const label = `${method} ${path} [${c.label}] → ${reply.status}`;
          if (reply.status >= 500) serverErrors.push(`${label} ${reply.text.slice(0, 200)}`);
          if (reply.status >= 400 && LEAKS.test(reply.text))
            leaks.push(`${label} ${reply.text.slice(0, 300)}`);
          const now = await nextXid();
          if (now === xid) continue;
          const after = await snapshot(t.db);
          if (
            reply.status >= 400 &&
            JSON.stringify(withoutLimits(after)) !== JSON.stringify(withoutLimits(before))
          )
            changed.push(label);
          before = after;
          xid = await nextXid();
        }
      }
      console.log(
        `input storm: ${operations.length} operations, ${sent} requests, statuses ${JSON.stringify(statuses)}, ` +
          `5xx ${serverErrors.length}, leaks ${leaks.length}, refused writes that changed rows ${changed.length}`,
      );
      expect(serverErrors.slice(0, 40)).toEqual([]);
      expect(leaks.slice(0, 20)).toEqual([]);
      expect(changed.slice(0, 20)).toEqual([]);
      expect(sent).toBeGreaterThanOrEqual(TOTAL);
    },
  );
});
