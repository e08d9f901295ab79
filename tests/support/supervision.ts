import type { Db } from '@shuangfang/db';
import type { ApiClient } from './test-app.js';
import { inDays, makeHazard } from './hazards.js';

// 挂牌督办 (docs/domain.md section 2) through the API, as one user.

let counter = 0;

/** A valid listing body with a 督办编号 not used before in this process. */
export const superviseBody = (over: Record<string, unknown> = {}) => ({
  number: `督〔2026〕${++counter}号`,
  deadline: inDays(20),
  requirements: '局部停产整改，每周报送整改进展',
  ...over,
});

export function supervisionApi(api: ApiClient, enterpriseId: string, cookie?: string) {
  const hazard = (id: string) => `/v1/enterprises/${enterpriseId}/hazards/${id}/supervision`;
  return {
    supervise: (hazardId: string, body: unknown = superviseBody()) =>
      api.post(hazard(hazardId), body, cookie),
    unlist: (hazardId: string, body: unknown = {}) =>
      api.post(`${hazard(hazardId)}/unlist`, body, cookie),
    list: (query = '') => api.get(`/v1/supervisions${query ? `?${query}` : ''}`, cookie),
  };
}

export const publicSupervisions = (api: ApiClient, agencyId: string) =>
  api.get(`/v1/public/agencies/${agencyId}/supervisions`);

/** A 重大隐患 of the enterprise under a 挂牌督办 of the agency, made straight in the database. */
export async function makeSupervision(
  db: Db,
  enterpriseId: string,
  agencyId: string,
  by: string,
  reporterId: string,
) {
  const hazardId = await makeHazard(db, enterpriseId, reporterId, {
    state: 'rectifying',
    grade: '重大',
  });
  await db
    .insertInto('hazard_supervision')
    .values({
      enterprise_id: enterpriseId,
      hazard_id: hazardId,
      agency_id: agencyId,
      number: `督〔2026〕${++counter}号`,
      deadline: new Date(inDays(20)),
      requirements: '局部停产整改',
      state: 'listed',
      listed_by: by,
    })
    .execute();
  return hazardId;
}
