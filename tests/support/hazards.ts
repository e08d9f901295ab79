import type { Db, HazardGrade, HazardSource, HazardState } from '@shuangfang/db';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { ApiClient, Reply } from './test-app.js';

// Hidden hazards (docs/domain.md section 2), made either through the API as users would (hazardApi:
// for tests of the loop, whose events and chain the API writes) or straight in the database
// (makeHazard: a bare row without events, for tests about who may touch it).

let counter = 0;
const next = () => ++counter;

const DAY = 86_400_000;
/** An ISO time `days` from now (negative: in the past). */
export const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

export const hazardBody = (over: Record<string, unknown> = {}) => ({
  source: '日常排查',
  kind: '设备',
  category: '物的不安全状态',
  description: `除尘器泄爆片锈蚀${next()}`,
  location: '粉碎车间东侧',
  ...over,
});

/** The 五到位 of a 限期整改 plan. */
export const planBody = (over: Record<string, unknown> = {}) => ({
  measures: '更换泄爆片，清理积尘',
  responsiblePerson: '王工',
  funds: 12000.5,
  deadline: inDays(10),
  contingencyPlan: '整改期间停用该除尘器，设专人巡查',
  ...over,
});

/** What a 重大隐患 plan carries besides the five. */
export const MAJOR_EXTRAS = {
  currentSituation: '泄爆片锈蚀穿孔，原因是长期未检查',
  harmAnalysis: '可能引发粉尘爆炸，整改需停产更换，难度中等',
  goal: '恢复泄爆能力，建立月检制度',
  stoppage: '局部停产',
};

export const confirmGeneralNow = { action: 'confirm', grade: '一般', manageType: '即查即改' };
export const confirmGeneralTimed = (plan: Record<string, unknown> = {}) => ({
  action: 'confirm',
  grade: '一般',
  manageType: '限期整改',
  plan: planBody(plan),
});
export const confirmMajor = (plan: Record<string, unknown> = {}) => ({
  action: 'confirm',
  grade: '重大',
  manageType: '限期整改',
  plan: planBody({ ...MAJOR_EXTRAS, ...plan }),
});
/** After-photos must be uploads of the enterprise (support/checks.ts uploadPhoto); none by default. */
export const submitBody = (
  note = '已更换泄爆片',
  afterPhotos: { name: string; ref: string }[] = [],
) => ({ action: 'submit', note, afterPhotos });

/** The hazard API of one enterprise as one user. */
export function hazardApi(api: ApiClient, enterpriseId: string, cookie: string | undefined) {
  const base = `/v1/enterprises/${enterpriseId}`;
  const self = {
    base,
    register: (body: unknown) => api.post(`${base}/hazards`, body, cookie),
    list: (query = '') => api.get(`${base}/hazards${query ? `?${query}` : ''}`, cookie),
    get: (id: string) => api.get(`${base}/hazards/${id}`, cookie),
    move: (id: string, body: unknown) => api.post(`${base}/hazards/${id}/moves`, body, cookie),
    requestExtension: (id: string, body: unknown) =>
      api.post(`${base}/hazards/${id}/extensions`, body, cookie),
    decide: (id: string, extensionId: string, body: unknown) =>
      api.post(`${base}/hazards/${id}/extensions/${extensionId}/decision`, body, cookie),
    verify: () => api.get(`${base}/hazard-chain/verify`, cookie),
    /** Registers and returns the new hazard's id, failing the test unless it was a 201. */
    async registered(body: unknown = hazardBody()): Promise<string> {
      return expectStatus(await self.register(body), 201).id as string;
    },
    /** Makes the move and returns the hazard after it, failing the test unless it was a 200. */
    async moved(id: string, body: unknown) {
      return expectStatus(await self.move(id, body), 200);
    },
  };
  return self;
}
export type HazardApi = ReturnType<typeof hazardApi>;

export function expectStatus(reply: Reply, status: number) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  return reply.body;
}

/** A bare hazard row of the enterprise (no events), in any state. */
export async function makeHazard(
  db: Db,
  enterpriseId: string,
  reporterId: string,
  h: {
    state?: HazardState;
    source?: HazardSource;
    grade?: HazardGrade;
    foundByAgencyId?: string;
    rectifierId?: string;
    deadline?: Date;
  } = {},
) {
  const state = h.state ?? 'reported';
  const confirmed = state !== 'reported' && state !== 'rejected';
  const { id } = await db
    .insertInto('hazard')
    .values({
      enterprise_id: enterpriseId,
      source: h.source ?? (h.foundByAgencyId ? '监管检查' : '日常排查'),
      kind: '设备',
      category: '物的不安全状态',
      description: `工厂隐患${next()}`,
      location: null,
      risk_object_id: null,
      risk_unit_id: null,
      control_measure_id: null,
      grade: confirmed ? (h.grade ?? '一般') : null,
      manage_type: confirmed ? '限期整改' : null,
      state,
      deadline: confirmed ? (h.deadline ?? new Date(Date.now() + 10 * DAY)) : null,
      plan: null,
      responsible_user_id: null,
      rectifier_id: h.rectifierId ?? null,
      reporter_id: reporterId,
      found_by_agency_id: h.foundByAgencyId ?? null,
      closed_at: state === 'closed' ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** A pending extension request of a hazard. */
export async function makeExtension(db: Db, enterpriseId: string, hazardId: string, by: string) {
  const { id } = await db
    .insertInto('hazard_extension')
    .values({
      enterprise_id: enterpriseId,
      hazard_id: hazardId,
      previous_deadline: new Date(Date.now() + 10 * DAY),
      requested_deadline: new Date(Date.now() + 20 * DAY),
      reason: '备件未到',
      requested_by: by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * Runs `tamper` with the append-only trigger off, inside one transaction: the trigger is back on
 * when it commits, as a superuser's tampering would leave it.
 */
export async function withTriggerOff(db: Db, tamper: (trx: Db) => Promise<unknown>) {
  await db.transaction().execute(async (trx) => {
    await sql`alter table hazard_event disable trigger hazard_event_append_only`.execute(trx);
    await tamper(trx as unknown as Db);
    await sql`alter table hazard_event enable trigger hazard_event_append_only`.execute(trx);
  });
}

/** The enterprise's events in chain order. */
export function chainOf(db: Db, enterpriseId: string) {
  return db
    .selectFrom('hazard_event')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('seq')
    .execute();
}

/** Moves a hazard's deadline straight in the database (to the past, without waiting for it). */
export async function setDeadline(db: Db, enterpriseId: string, hazardId: string, at: Date) {
  await db
    .updateTable('hazard')
    .set({ deadline: at })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', hazardId)
    .execute();
}
