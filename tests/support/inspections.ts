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
export const recordBody = (
  items: { id: string }[],
  over: Record<string, unknown> = {},
) => ({
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
      { name: '安全生产责任制落实情况', legalBasis: '《安全生产法》第二十二条', method: '查阅资料' },
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
    inspections: detail.inspections as { id: string; enterpriseId: string; items: { id: string }[] }[],
  };
}
export type HomeInspections = Awaited<ReturnType<typeof makeHomeInspections>>;

/** The home county's conflict rows, made straight in the database (for fixtures only). */
export async function declareConflictRow(db: Db, inspectorId: string, enterpriseId: string, by: string) {
  await db
    .insertInto('inspector_conflict')
    .values({ inspector_id: inspectorId, enterprise_id: enterpriseId, reason: '近亲属任职', declared_by: by })
    .execute();
}
