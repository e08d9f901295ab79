import { chinaDate, dayRange } from '@shuangfang/api';
import type { CheckCycleUnit, Db } from '@shuangfang/db';
import { expect } from 'vitest';
import { makePng } from './images.js';
import type { ApiClient } from './test-app.js';

// Check tasks and records (docs/domain.md section 1) and the photos they carry.

const DAY = 86_400_000;

/** The China-time date `days` from now (negative: in the past), `YYYY-MM-DD`. */
export const chinaDay = (days = 0) => chinaDate(new Date(Date.now() + days * DAY));
/** The start of that China day, as the API writes window starts. */
export const dayStart = (days = 0) => dayRange(chinaDay(days)).start.toISOString();

/** Gives a measure its cycle and, when given, a creation time in the past. */
export async function setCycle(
  db: Db,
  enterpriseId: string,
  measureId: string,
  unit: CheckCycleUnit,
  count = 1,
  createdDaysAgo?: number,
) {
  await db
    .updateTable('control_measure')
    .set({
      check_cycle_unit: unit,
      check_cycle_count: count,
      ...(createdDaysAgo === undefined
        ? {}
        : { created_at: new Date(Date.now() - createdDaysAgo * DAY) }),
    })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', measureId)
    .execute();
}

/** A position working in `unitId` with `userId` on it: the unit's measures become theirs. */
export async function assignWorker(db: Db, enterpriseId: string, unitId: string, userId: string) {
  const { id } = await db
    .insertInto('position')
    .values({ enterprise_id: enterpriseId, name: `岗位${unitId.slice(0, 4)}`, archived_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('position_unit')
    .values({ enterprise_id: enterpriseId, position_id: id, unit_id: unitId })
    .execute();
  await db
    .insertInto('position_worker')
    .values({ enterprise_id: enterpriseId, position_id: id, user_id: userId })
    .execute();
  return id;
}

export const photoForm = (bytes: Uint8Array = makePng(2, 2), name = '现场.png') => {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], name));
  return form;
};

/** Uploads a photo and answers the attachment that refers to it. */
export async function uploadPhoto(
  api: ApiClient,
  enterpriseId: string,
  cookie: string | undefined,
  bytes?: Uint8Array,
) {
  const reply = await api.request('POST', `/v1/enterprises/${enterpriseId}/uploads`, {
    body: photoForm(bytes),
    cookie,
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return { name: reply.body.name as string, ref: reply.body.ref as string };
}

/** The check API of one enterprise as one user. */
export function checksApi(api: ApiClient, enterpriseId: string, cookie: string | undefined) {
  const base = `/v1/enterprises/${enterpriseId}`;
  return {
    tasks: (query = '') => api.get(`${base}/check-tasks${query ? `?${query}` : ''}`, cookie),
    records: (query = '') => api.get(`${base}/check-records${query ? `?${query}` : ''}`, cookie),
    record: (body: unknown) => api.post(`${base}/check-records`, body, cookie),
  };
}
