import type { Db, HazardGrade, HazardSource, HazardState } from '@shuangfang/db';
import { sql } from 'kysely';
import { confirmMajor, hazardApi } from './hazards.js';
import type { ApiClient } from './test-app.js';
import { expectStatus } from './hazards.js';

// 双报告 and the notice board (docs/domain.md section 3), through the API as users would, plus the few
// direct writes a test needs: moving a draft's due time (instead of waiting for it) and placing
// hazards in a past period for the statistics.

/** The report API of one enterprise as one user. */
export function reportApi(api: ApiClient, enterpriseId: string, cookie: string | undefined) {
  const base = `/v1/enterprises/${enterpriseId}`;
  return {
    list: (query = '') => api.get(`/v1/reports${query ? `?${query}` : ''}`, cookie),
    draft: (body: unknown) => api.post(`${base}/reports`, body, cookie),
    get: (id: string) => api.get(`${base}/reports/${id}`, cookie),
    edit: (id: string, body: unknown) => api.patch(`${base}/reports/${id}`, body, cookie),
    submit: (id: string) => api.post(`${base}/reports/${id}/submit`, undefined, cookie),
    acknowledge: (id: string) =>
      api.post(`${base}/reports/${id}/acknowledgements`, undefined, cookie),
    noticeBoard: (query = '') => api.get(`${base}/notice-board${query ? `?${query}` : ''}`, cookie),
  };
}
export type ReportApi = ReturnType<typeof reportApi>;

/** Registers a hazard and confirms it as 重大 (as `cookie`); returns its id and its drafted report. */
export async function confirmedMajorHazard(
  api: ApiClient,
  db: Db,
  enterpriseId: string,
  cookie: string,
) {
  const hazards = hazardApi(api, enterpriseId, cookie);
  const hazardId = await hazards.registered();
  await hazards.moved(hazardId, confirmMajor());
  const report = await db
    .selectFrom('report')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('hazard_id', '=', hazardId)
    .where('kind', '=', 'major_initial')
    .executeTakeFirstOrThrow();
  return { hazardId, reportId: report.id };
}

/** Moves a draft's due time (a submitted report refuses it: see the trigger). */
export async function setDueAt(db: Db, enterpriseId: string, reportId: string, at: Date) {
  await db
    .updateTable('report')
    .set({ due_at: at })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', reportId)
    .execute();
}

/** A bare hazard row registered at `createdAt`, for the periodic statistics. */
export async function hazardAt(
  db: Db,
  enterpriseId: string,
  reporterId: string,
  createdAt: string,
  h: {
    state: HazardState;
    grade?: HazardGrade;
    source?: HazardSource;
    kind?: '设备' | '电气' | '消防';
    deadline?: string;
    funds?: number;
  },
) {
  const confirmed = h.state !== 'reported' && h.state !== 'rejected';
  await db
    .insertInto('hazard')
    .values({
      enterprise_id: enterpriseId,
      source: h.source ?? '日常排查',
      kind: h.kind ?? '设备',
      category: '物的不安全状态',
      description: '统计用隐患',
      location: null,
      risk_object_id: null,
      risk_unit_id: null,
      control_measure_id: null,
      grade: confirmed ? (h.grade ?? '一般') : null,
      manage_type: confirmed ? '限期整改' : null,
      state: h.state,
      deadline: confirmed ? new Date(h.deadline ?? '2026-09-30T00:00:00+08:00') : null,
      plan: h.funds === undefined ? null : { funds: h.funds },
      responsible_user_id: null,
      rectifier_id: null,
      reporter_id: reporterId,
      found_by_agency_id: null,
      closed_at: h.state === 'closed' ? new Date(createdAt) : null,
      created_at: new Date(createdAt),
    })
    .execute();
}

/** Tries a direct change of a report row; returns the database's error (or null if it passed). */
export async function directChange(db: Db, change: string) {
  try {
    await sql.raw(change).execute(db);
    return null;
  } catch (err) {
    return err as Error;
  }
}

export { expectStatus };
