import type { Db } from '@shuangfang/db';
import { randomBytes } from 'node:crypto';
import { makeRiskChain } from './risk.js';
import type { ApiClient } from './test-app.js';

// 安全生产标准化 (docs/domain.md section 4): an enterprise made ready to apply (a complete
// 一图一牌三清单, written straight to the database), its materials, and the API as one user.

let counter = 0;
const next = () => ++counter;

/** A register that passes the completeness check: placed red event with measure and emergency
 *  measure, a site plan, and a position with a published board. */
export async function makeCompleteRegister(db: Db, enterpriseId: string, userId: string) {
  const chain = await makeRiskChain(db, enterpriseId, { grade: 'red' });
  await db
    .updateTable('risk_object')
    .set({
      polygon: [
        [0.1, 0.1],
        [0.4, 0.1],
        [0.4, 0.4],
      ],
    })
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', chain.objectId)
    .execute();
  await db
    .insertInto('site_plan')
    .values({
      enterprise_id: enterpriseId,
      content_type: 'image/png',
      width: 4,
      height: 4,
      byte_size: 4,
      data: new Uint8Array([1, 2, 3, 4]),
      uploaded_by: userId,
    })
    .onConflict((oc) => oc.column('enterprise_id').doNothing())
    .execute();
  const { id: positionId } = await db
    .insertInto('position')
    .values({ enterprise_id: enterpriseId, name: `岗位${next()}`, archived_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('position_unit')
    .values({ enterprise_id: enterpriseId, position_id: positionId, unit_id: chain.unitId })
    .execute();
  await db
    .insertInto('board_link')
    .values({
      enterprise_id: enterpriseId,
      position_id: positionId,
      token: randomBytes(16).toString('hex'),
      created_by: userId,
      revoked_at: null,
    })
    .execute();
  return { ...chain, positionId };
}

/** An uploaded file of the enterprise, as an attachment `{ name, ref }`. */
export async function makeMaterial(db: Db, enterpriseId: string, userId: string) {
  const row = await db
    .insertInto('upload')
    .values({
      enterprise_id: enterpriseId,
      name: `自评报告${next()}.png`,
      content_type: 'image/png',
      byte_size: 4,
      data: new Uint8Array([1, 2, 3, 4]),
      uploaded_by: userId,
    })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
  return { name: row.name, ref: row.id };
}

/** A unique certificate number. */
export const certificateNumber = () => `赣AQB-TEST-${Date.now()}-${next()}`;

export function standardizationApi(api: ApiClient, enterpriseId: string, cookie?: string) {
  const base = `/v1/enterprises/${enterpriseId}/standardization`;
  return {
    view: (as = cookie) => api.get(base, as),
    apply: (body: unknown, as = cookie) => api.post(`${base}/applications`, body, as),
    moveApplication: (id: string, body: unknown, as = cookie) =>
      api.post(`${base}/applications/${id}/moves`, body, as),
    moveCertificate: (id: string, body: unknown, as = cookie) =>
      api.post(`${base}/certificates/${id}/moves`, body, as),
  };
}

/**
 * For the authorization matrix: an application of `enterpriseId` awaiting review by `agencyId`
 * and an active certificate it granted, written straight to the database; ids by the path
 * segment that names them.
 */
export async function makeStandardizationRows(
  db: Db,
  enterpriseId: string,
  agencyId: string,
  userId: string,
): Promise<Record<'applications' | 'certificates', string>> {
  const { id: applications } = await db
    .insertInto('standardization_application')
    .values({
      enterprise_id: enterpriseId,
      level: '三级',
      self_score: 70,
      materials: [],
      authority_agency_id: agencyId,
      state: 'submitted',
      submitted_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: certificates } = await db
    .insertInto('standardization_certificate')
    .values({
      enterprise_id: enterpriseId,
      number: certificateNumber(),
      level: '三级',
      valid_from: '2025-01-01',
      valid_to: '2099-12-31',
      agency_id: agencyId,
      state: 'active',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { applications, certificates };
}
