import type { BlacklistEntryTable, BlacklistState, Db } from '@shuangfang/db';
import type { Updateable } from 'kysely';
import { makeEnterprise, makeUser } from './factories.js';
import type { ApiClient } from './test-app.js';
import type { World } from './world.js';

// Helpers of the blacklist tests: a fresh enterprise per case (one live procedure per enterprise),
// calls of the entry routes, and dates moved into the past as the calendar would have moved them.

export const proposeBody = (over: Record<string, unknown> = {}) => ({
  penaltyDecisionNumber: '（石）应急罚〔2026〕12号',
  reason: '发生较大生产安全事故，对事故负有责任',
  legalBasis: '《安全生产严重失信主体名单管理办法》第六条',
  ...over,
});

export function blacklistApi(api: ApiClient, enterpriseId: string, cookie: string | undefined) {
  const base = `/v1/enterprises/${enterpriseId}/blacklist`;
  return {
    list: () => api.get(base, cookie),
    get: (id: string) => api.get(`${base}/${id}`, cookie),
    propose: (body: unknown = proposeBody()) => api.post(base, body, cookie),
    notify: (id: string) => api.post(`${base}/${id}/notify`, undefined, cookie),
    statement: (id: string, statement = '事故责任另有认定，请求不予列入') =>
      api.post(`${base}/${id}/statement`, { statement }, cookie),
    listIt: (
      id: string,
      body: Record<string, unknown> = { decisionNumber: '（石）应急失信〔2026〕1号' },
    ) => api.post(`${base}/${id}/list`, body, cookie),
    withdraw: (id: string, reason = '陈述申辩理由成立') =>
      api.post(`${base}/${id}/withdraw`, { reason }, cookie),
    applyRepair: (id: string, reason = '已完成整改并履行处罚') =>
      api.post(`${base}/${id}/repair`, { reason }, cookie),
    decideRepair: (id: string, decision: 'approve' | 'refuse', note = '审核意见') =>
      api.post(`${base}/${id}/repair-decision`, { decision, note }, cookie),
    revokeRemoval: (id: string, reason = '信用修复材料系伪造') =>
      api.post(`${base}/${id}/revoke-removal`, { reason }, cookie),
  };
}
export type BlacklistApi = ReturnType<typeof blacklistApi>;

/** A new enterprise of the home county with its 主要负责人. */
export async function makeCase(db: Db, w: World, name?: string) {
  const enterprise = await makeEnterprise(db, {
    jurisdictionCode: '360735',
    agencyId: w.agencies.home,
    name,
  });
  const admin = await makeUser(db, { role: 'enterprise_admin', enterpriseId: enterprise.id });
  return { ...enterprise, admin };
}

/** Sets an entry's dates as if the calendar had moved (the API always uses the real time). */
export function setEntry(
  db: Db,
  enterpriseId: string,
  id: string,
  set: Updateable<BlacklistEntryTable>,
) {
  return db
    .updateTable('blacklist_entry')
    .set(set)
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .execute();
}

export async function creditStatus(db: Db, enterpriseId: string) {
  const row = await db
    .selectFrom('enterprise')
    .select('credit_status')
    .where('id', '=', enterpriseId)
    .executeTakeFirstOrThrow();
  return row.credit_status;
}

/** A bare entry row in any state (no events), for the authorization matrix. */
export async function makeEntry(
  db: Db,
  e: { enterpriseId: string; agencyId: string; userId: string; state: BlacklistState },
) {
  const now = new Date();
  const listed = e.state === 'listed' || e.state === 'removed';
  const { id } = await db
    .insertInto('blacklist_entry')
    .values({
      enterprise_id: e.enterpriseId,
      agency_id: e.agencyId,
      state: e.state,
      penalty_decision_number: '（石）应急罚〔2026〕99号',
      reason: '测试理由',
      legal_basis: '测试依据',
      proposed_by: e.userId,
      notified_at: e.state === 'proposed' ? null : now,
      statement_due_at: e.state === 'proposed' ? null : new Date(now.getTime() + 86_400_000 * 7),
      decision_number: listed ? '（石）应急失信〔2026〕99号' : null,
      listed_at: listed ? now : null,
      listed_until: listed ? new Date(now.getTime() + 86_400_000 * 1000) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The isolation matrix's entry of home1: notified, proposed by the city (above the county). */
export const makeHomeBlacklistEntry = (db: Db, w: World) =>
  makeEntry(db, {
    enterpriseId: w.enterprises.home1.id,
    agencyId: w.agencies.city,
    userId: w.users.cityAdmin.userId,
    state: 'notified',
  });
