import { appendHazardEvent, draftPeriodic, submitReport } from '@shuangfang/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus } from '../support/hazards.js';
import { reportApi } from '../support/reports.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// A statistics report counts each hazard as it stood when the report was generated (docs/domain.md
// section 3), read from the hazard's events: a hazard accepted after the snapshot still counts as
// open (and overdue) in it, though its row says closed today. The demo history drafts its
// quarterly reports the same way, at past times.

let t: TestApp;
let w: World;

const at = (s: string) => new Date(s);

/** A hazard of 2026Q3, confirmed with a 1 September deadline and accepted on 20 October. */
async function hazardAcceptedInOctober(enterpriseId: string, by: { userId: string }) {
  const { id } = await t.db
    .insertInto('hazard')
    .values({
      enterprise_id: enterpriseId,
      source: '日常排查',
      kind: '设备',
      category: '物的不安全状态',
      description: '皮带输送机防护罩缺失',
      location: '破碎车间',
      risk_object_id: null,
      risk_unit_id: null,
      control_measure_id: null,
      grade: '一般',
      manage_type: '限期整改',
      state: 'closed',
      deadline: at('2026-09-01T00:00:00+08:00'),
      plan: { funds: 800 },
      responsible_user_id: null,
      rectifier_id: null,
      reporter_id: by.userId,
      found_by_agency_id: null,
      closed_at: at('2026-10-20T10:00:00+08:00'),
      created_at: at('2026-08-10T09:00:00+08:00'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const step = (
    action: 'register' | 'confirm' | 'submit' | 'accept',
    fromState: 'reported' | 'rectifying' | 'awaiting_acceptance' | null,
    toState: 'reported' | 'rectifying' | 'awaiting_acceptance' | 'closed',
    payload: Record<string, unknown>,
    when: string,
  ) =>
    appendHazardEvent(
      t.db,
      {
        enterpriseId,
        hazardId: id,
        actorId: by.userId,
        actorName: '安全员',
        action,
        fromState,
        toState,
        comment: null,
        attachments: [],
        payload,
      },
      at(when),
    );
  await step('register', null, 'reported', { grade: null }, '2026-08-10T09:00:00+08:00');
  await step(
    'confirm',
    'reported',
    'rectifying',
    { grade: '一般', deadline: '2026-08-31T16:00:00.000Z', plan: { funds: 800 } },
    '2026-08-11T09:00:00+08:00',
  );
  await step('submit', 'rectifying', 'awaiting_acceptance', {}, '2026-10-19T09:00:00+08:00');
  await step('accept', 'awaiting_acceptance', 'closed', {}, '2026-10-20T10:00:00+08:00');
}

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  await hazardAcceptedInOctober(w.enterprises.home1.id, w.users.home1Safety);
  await hazardAcceptedInOctober(w.enterprises.home2.id, w.users.home2Admin);
});
afterAll(() => t.drop());

describe('a statistics snapshot', () => {
  it('counts a hazard accepted after it as open and overdue, drafted and submitted', async () => {
    const admin = w.users.home1Admin;
    const enterpriseId = w.enterprises.home1.id;
    const id = await draftPeriodic(
      t.db,
      enterpriseId,
      'quarterly',
      '2026Q3',
      admin.userId,
      at('2026-10-04T09:00:00+08:00'),
    );
    const api = reportApi(t.api, enterpriseId, admin.cookie);
    const drafted = expectStatus(await api.get(id), 200);
    const open = {
      total: 1,
      confirmed: 1,
      closed: 0,
      rectificationRate: 0,
      overdue: 1,
      funds: 800,
    };
    expect(drafted.content.statistics).toMatchObject(open);
    expect(drafted.content.statistics.byState).toMatchObject({ rectifying: 1, closed: 0 });
    expect(drafted.content.generatedAt).toBe('2026-10-04T01:00:00.000Z');

    // Submitted on 5 October, before the acceptance: the snapshot still shows it open.
    const row = await t.db
      .selectFrom('report')
      .selectAll()
      .where('enterprise_id', '=', enterpriseId)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await submitReport(t.db, row, admin.userId, at('2026-10-05T09:00:00+08:00'));
    const submitted = expectStatus(await api.get(id), 200);
    expect(submitted.state).toBe('submitted');
    expect(submitted.hashVerified).toBe(true);
    expect(submitted.content.statistics).toMatchObject(open);
  });

  it('counts the same hazard closed in a report generated after its acceptance', async () => {
    const api = reportApi(t.api, w.enterprises.home2.id, w.users.home2Admin.cookie);
    const report = expectStatus(await api.draft({ kind: 'quarterly', period: '2026Q3' }), 201);
    expect(report.content.statistics).toMatchObject({
      total: 1,
      closed: 1,
      rectificationRate: 1,
      overdue: 0,
    });
  });
});
