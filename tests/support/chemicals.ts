import { expect } from 'vitest';
import { makeRiskChain, type RiskChain } from './risk.js';
import type { ApiClient, Reply, TestApp } from './test-app.js';
import type { World } from './world.js';

// 危险化学品 duties (docs/domain-chemicals.md): 重大危险源 and 包保, run states, duties, permits and
// the daily commitment, driven through the API as the enterprise's people would.

let counter = 0;
const next = () => ++counter;

const MINUTE = 60_000;

/** An ISO time `minutes` from now (negative: in the past). */
export const inMinutes = (minutes: number) => new Date(Date.now() + minutes * MINUTE).toISOString();

export function ok(reply: Reply, status = 200) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  return reply.body;
}

export const majorHazardBody = (riskObjectIds: string[], over: Record<string, unknown> = {}) => ({
  code: `BJ3607350${String(next()).padStart(4, '0')}`,
  name: `甲醇罐区${next()}`,
  level: '二级',
  description: '甲醇储罐4台',
  riskObjectIds,
  ...over,
});

/** A valid application of each type, led by `leaderId` and guarded by `guardId`. */
export function permitBody(
  type: string,
  people: { leaderId: string; guardId: string },
  over: Record<string, unknown> = {},
) {
  const details: Record<string, Record<string, unknown>> = {
    hot_work: { level: 'hot_2', hotWorkMethod: '电焊' },
    confined_space: { spaceName: 'T-101 甲醇储罐', originalMedium: '甲醇' },
    blind_plate: {
      operation: 'insert',
      pipeline: '甲醇进料管线 DN100',
      medium: '甲醇',
      temperature: '常温',
      pressure: '0.1 MPa',
      plateMaterial: '20#钢',
      plateSpec: 'DN100 PN16',
      plateNumber: 'MB-01',
    },
    work_at_height: { heightM: 8, objectiveFactors: [] },
    lifting: {
      loadTonnes: 12,
      rigging: '25t 汽车吊',
      load: '换热器管束',
      commander: '赵指挥',
      riggers: '钱司索',
    },
    temporary_power: {
      accessPoint: '2# 配电箱',
      permittedKw: 15,
      voltage: '380V',
      powerEquipment: '电焊机 12 kW',
      electricianCertificate: 'T360735199001010011',
      hazardousArea: false,
    },
    excavation: { depthM: 0.8, workScope: '长 5 m、宽 1 m、深 0.8 m 管沟', hazardousArea: false },
    road_closure: { closureReason: '吊装占道', relatedUnits: '储运部、消防队' },
  };
  return {
    type,
    applicantUnit: '生产一车间',
    workUnit: '赣州安诚检修工程有限公司',
    contractor: true,
    content: `更换进料泵出口法兰${next()}`,
    location: '甲醇罐区泵房',
    workLeaderId: people.leaderId,
    guardId: people.guardId,
    guardCertificate: 'JH-2026-018',
    workers: [{ name: '孙焊工', certificate: 'T360735198801010022' }],
    hazardIdentification: '火灾、爆炸、灼烫',
    validFrom: inMinutes(-5),
    validTo: inMinutes(6 * 60),
    details: details[type],
    ...over,
  };
}

/** A passing sample of the permit's type, taken `ago` minutes back. */
export const passingSample = (ago = 1, over: Record<string, unknown> = {}) => ({
  analysedAt: inMinutes(-ago),
  point: '动火点 5 m 范围内',
  readings: [
    { gas: '甲醇', kind: 'flammable', value: 0.1, unit: '%VOL', lel: 6 },
    { gas: '氧气', kind: 'oxygen', value: 20.6, unit: '%VOL' },
  ],
  ...over,
});

export function chemApi(api: ApiClient, enterpriseId: string, cookie: string | undefined) {
  const base = `/v1/enterprises/${enterpriseId}`;
  const permit = (id: string, move: string, body: unknown = {}) =>
    api.post(`${base}/work-permits/${id}/${move}`, body, cookie);
  return {
    base,
    majorHazards: (q = '') => api.get(`${base}/major-hazards${q ? `?${q}` : ''}`, cookie),
    createMajorHazard: (body: unknown) => api.post(`${base}/major-hazards`, body, cookie),
    majorHazard: (id: string) => api.get(`${base}/major-hazards/${id}`, cookie),
    updateMajorHazard: (id: string, body: unknown) =>
      api.patch(`${base}/major-hazards/${id}`, body, cookie),
    archiveMajorHazard: (id: string) => api.post(`${base}/major-hazards/${id}/archive`, {}, cookie),
    assign: (id: string, role: string, body: unknown) =>
      api.put(`${base}/major-hazards/${id}/custodians/${role}`, body, cookie),
    board: (id: string) => api.get(`${base}/major-hazards/${id}/board`, cookie),
    completion: (q = '') => api.get(`${base}/custody-completion${q ? `?${q}` : ''}`, cookie),
    runStates: () => api.get(`${base}/run-states`, cookie),
    setState: (body: unknown) => api.post(`${base}/run-states`, body, cookie),
    history: (q = '') => api.get(`${base}/run-states/history${q ? `?${q}` : ''}`, cookie),
    tasks: (q = '') => api.get(`${base}/check-tasks${q ? `?${q}` : ''}`, cookie),
    recordCheck: (body: unknown) => api.post(`${base}/check-records`, body, cookie),
    custodyCheck: (body: unknown) => api.post(`${base}/custody-checks`, body, cookie),
    prestartCheck: (body: unknown) => api.post(`${base}/prestart-checks`, body, cookie),
    duties: () => api.get(`${base}/duty-assignments`, cookie),
    assignDuty: (duty: string, userIds: string[]) =>
      api.put(`${base}/duty-assignments/${duty}`, { userIds }, cookie),
    permits: (q = '') => api.get(`${base}/work-permits${q ? `?${q}` : ''}`, cookie),
    permitTasks: () => api.get(`${base}/work-permit-tasks`, cookie),
    apply: (body: unknown) => api.post(`${base}/work-permits`, body, cookie),
    permit: (id: string) => api.get(`${base}/work-permits/${id}`, cookie),
    confirm: (id: string, items: { seq: number; involved: boolean }[]) =>
      permit(id, 'measures', { items }),
    gas: (id: string, body: unknown) => permit(id, 'gas-samples', body),
    brief: (id: string) => permit(id, 'briefing', { recipients: ['孙焊工'] }),
    approve: (id: string, comment = '同意') => permit(id, 'approvals', { comment, onSite: true }),
    move: permit,
    ledger: (q = '') => api.get(`${base}/work-permit-ledger.xlsx${q ? `?${q}` : ''}`, cookie),
    today: () => api.get(`${base}/commitments/today`, cookie),
    publish: (body: unknown = { confirm: true }) => api.post(`${base}/commitments`, body, cookie),
    commitments: (q = '') => api.get(`${base}/commitments${q ? `?${q}` : ''}`, cookie),
    commitment: (id: string) => api.get(`${base}/commitments/${id}`, cookie),
    issueScreen: () => api.post(`${base}/gate-screen-link`, {}, cookie),
    revokeScreen: () => api.post(`${base}/gate-screen-link/revoke`, {}, cookie),
  };
}
export type ChemApi = ReturnType<typeof chemApi>;

/** Confirms every measure of a permit not yet confirmed (as involved). */
export async function confirmAll(c: ChemApi, id: string) {
  const permit = ok(await c.permit(id));
  const open = permit.measures.filter((m: { confirmed: unknown }) => m.confirmed === null);
  return ok(
    await c.confirm(
      id,
      open.map((m: { seq: number }) => ({ seq: m.seq, involved: true })),
    ),
  );
}

/**
 * home1 as a 危化 enterprise: a register chain whose object a 重大危险源 covers, its three
 * 包保责任人 (admin 主要, safety manager 技术, worker 操作), and a hot-work permit applied for by
 * the safety manager (作业负责人) with the worker as 监护人.
 */
export async function makeHomeChemicals(t: TestApp, w: World) {
  const home1 = w.enterprises.home1.id;
  const admin = chemApi(t.api, home1, w.users.home1Admin.cookie);
  const safety = chemApi(t.api, home1, w.users.home1Safety.cookie);
  const chain: RiskChain = await makeRiskChain(t.db, home1);
  const hazard = ok(await safety.createMajorHazard(majorHazardBody([chain.objectId])), 201);
  const roles = {
    principal: w.users.home1Admin.userId,
    technical: w.users.home1Safety.userId,
    operational: w.users.home1Worker.userId,
  };
  for (const [role, userId] of Object.entries(roles)) {
    ok(await admin.assign(hazard.id, role, { userId, title: '包保', phone: '13900000000' }));
  }
  // A unit back from 检修: its 开车前检查 is pending.
  ok(await safety.setState({ unitId: chain.unitId, state: 'maintenance', reason: '检修' }), 201);
  const running = ok(
    await safety.setState({ unitId: chain.unitId, state: 'running', reason: '检修完毕' }),
    201,
  );
  const permit = ok(
    await safety.apply(
      permitBody('hot_work', {
        leaderId: w.users.home1Safety.userId,
        guardId: w.users.home1Worker.userId,
      }),
    ),
    201,
  );
  const commitment = ok(await admin.publish(), 201);
  const screen = ok(await safety.issueScreen(), 201);
  return {
    chain,
    majorHazardId: hazard.id as string,
    runStateId: running.id as string,
    permitId: permit.id as string,
    commitmentId: commitment.id as string,
    screenToken: screen.token as string,
  };
}
export type HomeChemicals = Awaited<ReturnType<typeof makeHomeChemicals>>;

// --- rows of the authorization matrix (tests/api/isolation.test.ts) ---
type Caller = keyof World['users'];
interface ChemicalRouteCase {
  public?: string;
  neighbour1Admin?: number[] | 'hides-home';
  neighbourAdmin?: number[] | 'hides-home';
  below?: Caller[];
}
const E = '/v1/enterprises/{enterpriseId}';
const NOT_FOUND = [404];
const FORBIDDEN = [403];
const OUTSIDERS: Caller[] = ['platformAdmin', 'farAdmin', 'home2Admin'];
/** Read by home1's people and the regulators above. */
const READ: ChemicalRouteCase = {
  neighbour1Admin: NOT_FOUND,
  neighbourAdmin: NOT_FOUND,
  below: OUTSIDERS,
};
/** Read by home1's people (not its congress rep) and the regulators above. */
const READ_STAFF: ChemicalRouteCase = { ...READ, below: [...OUTSIDERS, 'home1Congress'] };
/** Written by home1's people only: regulators are refused by role. */
const write = (below: Caller[]): ChemicalRouteCase => ({
  neighbour1Admin: NOT_FOUND,
  neighbourAdmin: FORBIDDEN,
  below: ['platformAdmin', 'homeAdmin', 'homeInspector', 'home1Congress', 'home2Admin', ...below],
});
const SUBTREE: ChemicalRouteCase = {
  neighbour1Admin: FORBIDDEN,
  neighbourAdmin: 'hides-home',
  below: ['platformAdmin', 'home1Admin', 'home1Safety', 'home1Worker'],
};
const MANAGERS_WRITE = write(['home1Worker']);
// The fixture's hot-work permit: led by home1Safety, guarded by home1Worker, applied for by
// home1Safety; no one holds a duty, so the signature lines and 验收 are refused to all.
const ON_SITE = write(['home1Admin']);
const LEADER_OR_GUARD = write(['home1Admin']);
const DUTY_ONLY = write(['home1Admin', 'home1Safety', 'home1Worker']);

export const CHEMICAL_ROUTES: Record<string, ChemicalRouteCase> = {
  [`GET ${E}/major-hazards`]: READ,
  [`POST ${E}/major-hazards`]: MANAGERS_WRITE,
  [`GET ${E}/major-hazards/{id}`]: READ,
  [`PATCH ${E}/major-hazards/{id}`]: MANAGERS_WRITE,
  [`POST ${E}/major-hazards/{id}/archive`]: MANAGERS_WRITE,
  [`PUT ${E}/major-hazards/{id}/custodians/{role}`]: write(['home1Safety', 'home1Worker']),
  [`GET ${E}/major-hazards/{id}/board`]: READ,
  [`GET ${E}/custody-completion`]: {
    ...READ,
    below: [...OUTSIDERS, 'home1Worker', 'home1Congress'],
  },
  'GET /v1/custody-completion': SUBTREE,
  [`GET ${E}/run-states`]: READ_STAFF,
  [`POST ${E}/run-states`]: MANAGERS_WRITE,
  [`GET ${E}/run-states/history`]: READ_STAFF,
  // The technical custodian is home1Safety: the admin and the worker may not record for it.
  [`POST ${E}/custody-checks`]: write(['home1Admin', 'home1Worker']),
  // The pending 开车前检查 of a unit home1Worker does not work in.
  [`POST ${E}/prestart-checks`]: write(['home1Worker']),
  [`GET ${E}/duty-assignments`]: write([]),
  [`PUT ${E}/duty-assignments/{duty}`]: write(['home1Safety', 'home1Worker']),
  [`GET ${E}/work-permits`]: READ_STAFF,
  [`GET ${E}/work-permit-tasks`]: write([]),
  [`GET ${E}/work-permit-ledger.xlsx`]: {
    ...READ,
    below: [...OUTSIDERS, 'home1Worker', 'home1Congress'],
  },
  [`POST ${E}/work-permits`]: write([]),
  [`GET ${E}/work-permits/{id}`]: READ_STAFF,
  [`POST ${E}/work-permits/{id}/measures`]: ON_SITE,
  [`POST ${E}/work-permits/{id}/gas-samples`]: ON_SITE,
  [`POST ${E}/work-permits/{id}/briefing`]: ON_SITE,
  [`POST ${E}/work-permits/{id}/approvals`]: write(['home1Admin', 'home1Worker']),
  [`POST ${E}/work-permits/{id}/start`]: DUTY_ONLY,
  [`POST ${E}/work-permits/{id}/interrupt`]: LEADER_OR_GUARD,
  [`POST ${E}/work-permits/{id}/resume`]: LEADER_OR_GUARD,
  [`POST ${E}/work-permits/{id}/extend`]: DUTY_ONLY,
  [`POST ${E}/work-permits/{id}/complete`]: LEADER_OR_GUARD,
  [`POST ${E}/work-permits/{id}/accept`]: DUTY_ONLY,
  [`POST ${E}/work-permits/{id}/cancel`]: write(['home1Worker']),
  [`GET ${E}/commitments/today`]: READ_STAFF,
  [`POST ${E}/commitments`]: write(['home1Safety', 'home1Worker']),
  [`GET ${E}/commitments`]: READ_STAFF,
  [`GET ${E}/commitments/{id}`]: READ_STAFF,
  [`POST ${E}/gate-screen-link`]: MANAGERS_WRITE,
  [`POST ${E}/gate-screen-link/revoke`]: MANAGERS_WRITE,
  'GET /v1/public/gate-screens/{token}': {
    public:
      'the screen at the gate shows the published commitment; an unguessable, revocable token is the key',
  },
  'GET /v1/commitments/status': SUBTREE,
  'GET /v1/commitments': SUBTREE,
};

export const CHEMICAL_BODIES: Record<string, (h: HomeChemicals, w: World) => unknown> = {
  [`POST ${E}/major-hazards`]: (h) => majorHazardBody([h.chain.objectId]),
  [`PATCH ${E}/major-hazards/{id}`]: () => ({ name: '越权改名' }),
  [`PUT ${E}/major-hazards/{id}/custodians/{role}`]: (_h, w) => ({
    userId: w.users.home1Worker.userId,
    title: '越权',
  }),
  [`POST ${E}/run-states`]: (h) => ({ unitId: h.chain.unitId, state: 'stopped', reason: '越权' }),
  [`POST ${E}/custody-checks`]: (h) => ({
    majorHazardId: h.majorHazardId,
    role: 'technical',
    result: 'ok',
  }),
  [`POST ${E}/prestart-checks`]: (h) => ({ runStateId: h.runStateId, result: 'ok' }),
  [`PUT ${E}/duty-assignments/{duty}`]: () => ({ userIds: [] }),
  [`POST ${E}/work-permits`]: (_h, w) =>
    permitBody('hot_work', {
      leaderId: w.users.home1Safety.userId,
      guardId: w.users.home1Worker.userId,
    }),
  [`POST ${E}/work-permits/{id}/measures`]: () => ({ items: [{ seq: 1, involved: true }] }),
  [`POST ${E}/work-permits/{id}/gas-samples`]: () => passingSample(),
  [`POST ${E}/work-permits/{id}/briefing`]: () => ({ recipients: ['越权'] }),
  [`POST ${E}/work-permits/{id}/approvals`]: () => ({ onSite: true }),
  [`POST ${E}/work-permits/{id}/interrupt`]: () => ({ reason: '越权' }),
  [`POST ${E}/work-permits/{id}/extend`]: () => ({ validTo: inMinutes(600), reason: '越权' }),
  [`POST ${E}/work-permits/{id}/cancel`]: () => ({ reason: '越权' }),
  [`POST ${E}/commitments`]: () => ({ confirm: true }),
};

/** The concrete path of a chemicals route on home1's records; null for other routes. */
export function chemicalPath(local: string, w: World, h: HomeChemicals): string | null {
  const ids: [RegExp, string][] = [
    [/major-hazards\/\{id\}/, `major-hazards/${h.majorHazardId}`],
    [/work-permits\/\{id\}/, `work-permits/${h.permitId}`],
    [/commitments\/\{id\}/, `commitments/${h.commitmentId}`],
  ];
  const chemical =
    /\/(major-hazards|custody-|run-states|prestart-checks|duty-assignments|work-permit|commitments|gate-screen)/;
  if (!chemical.test(local)) return null;
  let path = local
    .replace('{enterpriseId}', w.enterprises.home1.id)
    .replace('{role}', 'technical')
    .replace('{duty}', 'unit_head')
    .replace('{token}', h.screenToken);
  for (const [pattern, concrete] of ids) path = path.replace(pattern, concrete);
  return path;
}
