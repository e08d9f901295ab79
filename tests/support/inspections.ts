import type { Db } from '@shuangfang/db';
import { expect } from 'vitest';
import type { ApiClient, Reply } from './test-app.js';
import type { World } from './world.js';

// 双随机一公开 set up through the API as an agency would: two inspectors of the home county
// (the first linked to world's homeInspector account, so that account records), one catalogue
// item, a plan over the home county with teams of 2, and its first draw.

let counter = 0;
const next = () => ++counter;

function ok(reply: Reply, status: number) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  return reply.body;
}

export const planBodyFor = (itemIds: string[], over: Record<string, unknown> = {}) => ({
  name: `2026年第四季度双随机抽查${next()}`,
  periodStart: '2026-10-01',
  periodEnd: '2026-12-31',
  itemIds,
  sampleSize: 2,
  teamSize: 2,
  ...over,
});

/** Records with every plan item passed and no finding, on a China day. */
export const recordBody = (items: { id: string }[], over: Record<string, unknown> = {}) => ({
  inspectedOn: '2026-11-02',
  itemResults: items.map((i) => ({ itemId: i.id, result: 'pass' })),
  ...over,
});

export async function makeHomeInspections(api: ApiClient, w: World) {
  const admin = w.users.homeAdmin.cookie;
  const n = next();
  const linked = ok(
    await api.post(
      '/v1/inspectors',
      { name: '李执法', badgeNumber: `JX0735${n}01`, userId: w.users.homeInspector.userId },
      admin,
    ),
    201,
  );
  const other = ok(
    await api.post('/v1/inspectors', { name: '王执法', badgeNumber: `JX0735${n}02` }, admin),
    201,
  );
  const item = ok(
    await api.post(
      '/v1/inspection-items',
      {
        name: '安全生产责任制落实情况',
        legalBasis: '《安全生产法》第二十二条',
        method: '查阅资料',
      },
      admin,
    ),
    201,
  );
  const plan = ok(await api.post('/v1/inspection-plans', planBodyFor([item.id]), admin), 201);
  const draw = ok(
    await api.post(`/v1/inspection-plans/${plan.id}/draws`, { supervisorValue: '8421' }, admin),
    201,
  );
  const detail = ok(await api.get(`/v1/inspection-plans/${plan.id}`, admin), 200);
  return {
    inspectors: { linked, other },
    item,
    plan,
    draw,
    inspections: detail.inspections as {
      id: string;
      enterpriseId: string;
      items: { id: string }[];
    }[],
  };
}
export type HomeInspections = Awaited<ReturnType<typeof makeHomeInspections>>;

/** The home county's conflict rows, made straight in the database (for fixtures only). */
export async function declareConflictRow(
  db: Db,
  inspectorId: string,
  enterpriseId: string,
  by: string,
) {
  await db
    .insertInto('inspector_conflict')
    .values({
      inspector_id: inspectorId,
      enterprise_id: enterpriseId,
      reason: '近亲属任职',
      declared_by: by,
    })
    .execute();
}

// --- rows of the authorization matrix (tests/api/isolation.test.ts) ---
type Caller = keyof World['users'];
interface InspectionRouteCase {
  public?: string;
  neighbour1Admin?: number[] | 'hides-home' | { created: string };
  neighbourAdmin?: number[] | 'hides-home' | { created: string };
  below?: Caller[];
}
const AGENCY_READ: InspectionRouteCase = {
  neighbour1Admin: [403],
  neighbourAdmin: 'hides-home',
  below: ['platformAdmin', 'home1Admin', 'home1Worker'],
};
/** A record of the home agency: other agencies, even the city above, get 404. */
const HOME_RECORD: InspectionRouteCase = {
  neighbour1Admin: [403],
  neighbourAdmin: [404],
  below: ['platformAdmin', 'cityAdmin', 'home1Admin', 'home1Worker'],
};
const KEEPER_WRITE: InspectionRouteCase = {
  neighbour1Admin: [403],
  neighbourAdmin: [404],
  below: ['platformAdmin', 'homeInspector', 'home1Admin'],
};

export const INSPECTION_ROUTES: Record<string, InspectionRouteCase> = {
  'GET /v1/inspectors': AGENCY_READ,
  // Naming home's inspector account: another agency is refused (not its inspector account).
  'POST /v1/inspectors': { ...KEEPER_WRITE, neighbourAdmin: [422] },
  'PATCH /v1/inspectors/{id}': KEEPER_WRITE,
  'GET /v1/inspector-conflicts': AGENCY_READ,
  'POST /v1/inspector-conflicts': KEEPER_WRITE,
  'GET /v1/inspection-items': AGENCY_READ,
  'POST /v1/inspection-items': {
    ...KEEPER_WRITE,
    neighbourAdmin: { created: "an item of the caller's own agency's catalogue" },
  },
  'GET /v1/inspection-plans': AGENCY_READ,
  // Home's catalogue item: another agency's plan cannot use it.
  'POST /v1/inspection-plans': { ...AGENCY_READ, neighbourAdmin: [422] },
  'GET /v1/inspection-plans/{id}': HOME_RECORD,
  'POST /v1/inspection-plans/{id}/draws': HOME_RECORD,
  'POST /v1/inspection-draws/{id}/verify': HOME_RECORD,
  'GET /v1/inspections': AGENCY_READ,
  'GET /v1/inspections/overdue-publications': AGENCY_READ,
  'GET /v1/inspections/{id}': HOME_RECORD,
  // Not on its team: the home agency's admin may not record either.
  'POST /v1/inspections/{id}/record': {
    ...HOME_RECORD,
    below: [...HOME_RECORD.below!, 'homeAdmin'],
  },
  'POST /v1/inspections/{id}/publish': HOME_RECORD,
  'GET /v1/public/agencies/{agencyId}/inspections': {
    public: '一公开: published inspection results are for everyone',
  },
  'GET /v1/public/inspection-draws/{id}': {
    public: 'a published draw, downloadable so that anyone can recompute it',
  },
  'GET /v1/public/inspection-draws/{id}/verify': {
    public: 'anyone may check that a published draw was not rigged',
  },
};

export const INSPECTION_BODIES: Record<string, (h: HomeInspections) => unknown> = {
  'POST /v1/inspectors': (h) => ({
    name: '越权登记',
    badgeNumber: 'ISO-0001',
    userId: h.inspectors.linked.userId,
  }),
  'PATCH /v1/inspectors/{id}': () => ({ active: false }),
  'POST /v1/inspector-conflicts': (h) => ({
    inspectorId: h.inspectors.other.id,
    enterpriseId: h.inspections[0]!.enterpriseId,
    reason: '越权登记',
  }),
  'POST /v1/inspection-items': () => ({ name: '越权事项', legalBasis: '无', method: '无' }),
  'POST /v1/inspection-plans': (h) => planBodyFor([h.item.id]),
  'POST /v1/inspection-plans/{id}/draws': () => ({ supervisorValue: 'x', redoReason: '越权重抽' }),
  'POST /v1/inspections/{id}/record': (h) => recordBody(h.inspections[0]!.items),
};

/** The concrete path of an inspection route, on the home agency's records; null for others. */
export function inspectionPath(local: string, w: World, h: HomeInspections): string | null {
  const ids: [RegExp, string][] = [
    [/^\/v1\/inspectors\/\{id\}/, h.inspectors.linked.id],
    [/^\/v1\/inspection-plans\/\{id\}/, h.plan.id],
    [/^\/v1\/inspection-draws\/\{id\}/, h.draw.id],
    [/^\/v1\/public\/inspection-draws\/\{id\}/, h.draw.id],
    [/^\/v1\/inspections\/\{id\}/, h.inspections[0]!.id],
  ];
  if (local.includes('{agencyId}')) return local.replace('{agencyId}', w.agencies.home);
  for (const [pattern, id] of ids) if (pattern.test(local)) return local.replace('{id}', id);
  if (/^\/v1\/(inspect|public\/insp)/.test(local)) return local;
  return null;
}
