import type { Db, RiskColour } from '@shuangfang/db';
import { expect } from 'vitest';
import { snapshot } from './db-snapshot.js';
import type { ApiClient, Reply } from './test-app.js';

// The risk chain of docs/domain.md section 1 (object → unit → event → measures), made either straight
// in the database (makeRiskChain: fast, for tests about who may touch it) or through the API as a
// user would (riskApi: for tests about what the API does with it).

let counter = 0;
const next = () => ++counter;

export const objectBody = (over: Record<string, unknown> = {}) => ({
  name: `粉碎车间${next()}`,
  kind: '车间',
  department: '生产部',
  responsiblePerson: '张主任',
  ...over,
});
export const unitBody = (over: Record<string, unknown> = {}) => ({
  name: `铝粉收集单元${next()}`,
  responsiblePerson: '李班长',
  ...over,
});
export const eventBody = (over: Record<string, unknown> = {}) => ({
  hazardFactor: `铝粉粉尘积聚遇点火源${next()}`,
  accidentType: '其他爆炸',
  consequence: '粉尘爆炸，人员伤亡',
  ...over,
});
export const measureBody = (over: Record<string, unknown> = {}) => ({
  category: '工程技术',
  description: `除尘系统设泄爆装置${next()}`,
  controlLevel: '车间级',
  responsiblePerson: '王工',
  checkContent: '泄爆片完好、除尘器压差正常',
  checkCycleUnit: 'day',
  checkCycleCount: 1,
  ...over,
});
export const emergencyBody = (over: Record<string, unknown> = {}) => ({
  steps: `立即停机断电，疏散人员${next()}`,
  equipment: '干粉灭火器、防爆手电',
  phone: '0797-5712345',
  ...over,
});

/** LEC inputs giving each default grade: D = 540, 252, 126 and 18. */
export const LEC_FOR: Record<RiskColour, { method: 'LEC'; l: number; e: number; c: number }> = {
  red: { method: 'LEC', l: 6, e: 6, c: 15 },
  orange: { method: 'LEC', l: 6, e: 6, c: 7 },
  yellow: { method: 'LEC', l: 3, e: 6, c: 7 },
  blue: { method: 'LEC', l: 1, e: 6, c: 3 },
};

export interface RiskChain {
  objectId: string;
  unitId: string;
  eventId: string;
  measureId: string;
  emergencyId: string;
}

/** A whole chain of one enterprise, written straight to the database; the event is unassessed
 *  unless a grade is given (then it is set on the event as an assessment would, without one). */
export async function makeRiskChain(
  db: Db,
  enterpriseId: string,
  options: { grade?: RiskColour } = {},
): Promise<RiskChain> {
  const n = next();
  const insert = async (table: Parameters<Db['insertInto']>[0], values: object) =>
    (
      await db
        .insertInto(table)
        .values({ enterprise_id: enterpriseId, ...values } as never)
        .returning('id' as never)
        .executeTakeFirstOrThrow()
    ).id as string;
  const objectId = await insert('risk_object', {
    name: `工厂对象${n}`,
    kind: '车间',
    department: '生产部',
    responsible_person: '张主任',
  });
  const unitId = await insert('risk_unit', {
    object_id: objectId,
    name: `单元${n}`,
    responsible_person: '李班长',
  });
  const eventId = await insert('risk_event', {
    unit_id: unitId,
    hazard_factor: `危险因素${n}`,
    accident_type: '机械伤害',
    consequence: '人员受伤',
    grade: options.grade ?? null,
  });
  const measureId = await insert('control_measure', {
    event_id: eventId,
    category: '管理',
    description: `措施${n}`,
    control_level: '班组级',
    responsible_person: '王工',
    check_content: '检查防护罩',
    check_cycle_unit: 'week',
    check_cycle_count: 1,
  });
  const emergencyId = await insert('emergency_measure', {
    event_id: eventId,
    steps: `停机${n}`,
    phone: '0797-5712345',
  });
  return { objectId, unitId, eventId, measureId, emergencyId };
}

export type RiskKind =
  'risk-objects' | 'risk-units' | 'risk-events' | 'control-measures' | 'emergency-measures';

/** The register API of one enterprise as one user. */
export function riskApi(api: ApiClient, enterpriseId: string, cookie: string | undefined) {
  const base = `/v1/enterprises/${enterpriseId}`;
  const created = (reply: Reply, what: string): string => {
    expect(reply.status, `${what}: ${JSON.stringify(reply.body)}`).toBe(201);
    return reply.body.id as string;
  };
  const self = {
    base,
    register: (includeArchived?: boolean) =>
      api.get(
        `${base}/risk-register${includeArchived === undefined ? '' : `?includeArchived=${includeArchived}`}`,
        cookie,
      ),
    createObject: (body: unknown) => api.post(`${base}/risk-objects`, body, cookie),
    createUnit: (objectId: string, body: unknown) =>
      api.post(`${base}/risk-objects/${objectId}/units`, body, cookie),
    createEvent: (unitId: string, body: unknown) =>
      api.post(`${base}/risk-units/${unitId}/events`, body, cookie),
    createMeasure: (eventId: string, body: unknown) =>
      api.post(`${base}/risk-events/${eventId}/measures`, body, cookie),
    createEmergency: (eventId: string, body: unknown) =>
      api.post(`${base}/risk-events/${eventId}/emergency-measures`, body, cookie),
    update: (kind: RiskKind, id: string, body: unknown) =>
      api.patch(`${base}/${kind}/${id}`, body, cookie),
    archive: (kind: RiskKind, id: string) =>
      api.post(`${base}/${kind}/${id}/archive`, undefined, cookie),
    assess: (eventId: string, body: unknown) =>
      api.post(`${base}/risk-events/${eventId}/assessments`, body, cookie),
    history: (eventId: string) => api.get(`${base}/risk-events/${eventId}/assessments`, cookie),
    setControlLevel: (eventId: string, body: unknown) =>
      api.put(`${base}/risk-events/${eventId}/control-level`, body, cookie),
    reorder: (body: unknown) => api.put(`${base}/risk-order`, body, cookie),

    /** object → unit → event through the API, each made with the default bodies. */
    async chain(): Promise<{ objectId: string; unitId: string; eventId: string }> {
      const objectId = created(await self.createObject(objectBody()), 'object');
      const unitId = created(await self.createUnit(objectId, unitBody()), 'unit');
      const eventId = created(await self.createEvent(unitId, eventBody()), 'event');
      return { objectId, unitId, eventId };
    },
    /** An event under a new unit of `objectId`. */
    async eventUnder(objectId: string, assessment?: unknown) {
      const unitId = created(await self.createUnit(objectId, unitBody()), 'unit');
      const eventId = created(await self.createEvent(unitId, eventBody()), 'event');
      if (assessment) created(await self.assess(eventId, assessment), 'assessment');
      return { unitId, eventId };
    },
    created,
  };
  return self;
}
export type RiskApi = ReturnType<typeof riskApi>;

type Tree = { objects: any[] };
const units = (r: Tree) => r.objects.flatMap((o) => o.units);
const events = (r: Tree) => units(r).flatMap((u: any) => u.events);

/** Finders in a GET /risk-register body; undefined when the row is not in it. */
export const inRegister = {
  object: (r: Tree, id: string) => r.objects.find((o) => o.id === id),
  unit: (r: Tree, id: string) => units(r).find((u: any) => u.id === id),
  event: (r: Tree, id: string) => events(r).find((e: any) => e.id === id),
  measure: (r: Tree, id: string) =>
    events(r)
      .flatMap((e: any) => e.measures)
      .find((m: any) => m.id === id),
  emergency: (r: Tree, id: string) =>
    events(r)
      .flatMap((e: any) => e.emergencyMeasures)
      .find((m: any) => m.id === id),
};

/** The fields named by a 422 body. */
export const issuePaths = (body: any): string[] =>
  body.error.issues.map((i: { path: string }) => i.path);

/** Calls `write`, expects `status` and that no table changed (nothing half-written). */
export async function expectRefusedWrite(db: Db, write: () => Promise<Reply>, status: number) {
  const before = await snapshot(db);
  const reply = await write();
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  expect(await snapshot(db), 'a refused write changed the database').toEqual(before);
  return reply;
}
