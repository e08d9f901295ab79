import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, hazardApi, MAJOR_EXTRAS, planBody } from '../support/hazards.js';
import {
  confirmedMajorHazard,
  directChange,
  reportApi,
  setDueAt,
  type ReportApi,
} from '../support/reports.js';
import { expectRefusedWrite, issuePaths } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// 双报告 of a 重大隐患 (docs/domain.md section 3): drafted by the confirmation with the plan's content,
// edited and submitted by the 主要负责人 to both recipients at once, signed for by each once, and
// frozen as a hashed snapshot — in the API and in the database.

let t: TestApp;
let w: World;
let admin: ReportApi;
let safety: ReportApi;
let worker: ReportApi;
let congress: ReportApi;
let inspector: ReportApi;
let cityAdmin: ReportApi;
let neighbourAdmin: ReportApi;
let otherEnterprise: ReportApi;
let home1: string;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  home1 = w.enterprises.home1.id;
  const as = (key: keyof World['users']) => reportApi(t.api, home1, w.users[key].cookie);
  admin = as('home1Admin');
  safety = as('home1Safety');
  worker = as('home1Worker');
  congress = as('home1Congress');
  inspector = as('homeInspector');
  cityAdmin = as('cityAdmin');
  neighbourAdmin = as('neighbourAdmin');
  otherEnterprise = as('neighbour1Admin');
});
afterAll(() => t.drop());

const major = () => confirmedMajorHazard(t.api, t.db, home1, w.users.home1Safety.cookie);
const ids = (page: any) => page.items.map((r: any) => r.id);

describe('confirming a 重大隐患', () => {
  it('drafts its report with the plan’s content, due within one working day', async () => {
    const before = Date.now();
    const { hazardId, reportId } = await major();
    const report = expectStatus(await admin.get(reportId), 200);
    expect(report).toMatchObject({
      kind: 'major_initial',
      state: 'draft',
      hazardId,
      agency: { id: w.agencies.home, name: '石城县应急管理局' },
      // 双报告: the draft names both recipients from the start, in the record and its letterhead.
      recipients: [
        { recipient: 'agency', name: '石城县应急管理局' },
        { recipient: 'congress', name: '石城甲公司职工代表大会' },
      ],
      submittedAt: null,
      contentHash: null,
      hashVerified: null,
      acknowledgements: [],
      awaiting: [],
      late: false,
    });
    expect(report.content.sections.currentSituation).toBe(MAJOR_EXTRAS.currentSituation);
    expect(report.content.sections.harmAnalysis).toBe(MAJOR_EXTRAS.harmAnalysis);
    const plan = report.content.sections.treatmentPlan as string;
    for (const part of [
      planBody().measures,
      '12000.5 元',
      MAJOR_EXTRAS.goal,
      MAJOR_EXTRAS.stoppage,
      planBody().contingencyPlan,
    ]) {
      expect(plan).toContain(part);
    }
    expect(report.content.hazard).toMatchObject({
      id: hazardId,
      grade: '重大',
      state: 'rectifying',
    });
    expect(report.content.enterprise.name).toBe('石城甲公司');
    expect(report.content.agency).toEqual({ name: '石城县应急管理局' });
    expect(report.content.congress).toEqual({ name: '石城甲公司职工代表大会' });
    // End of a China-time day (23:59:59.999 +08:00), a weekday, after at most 3 calendar days.
    const due = new Date(report.dueAt);
    expect(report.dueAt.endsWith('T15:59:59.999Z')).toBe(true);
    expect([0, 6]).not.toContain(new Date(due.getTime() + 8 * 3_600_000).getUTCDay());
    expect(due.getTime()).toBeGreaterThan(before);
    expect(due.getTime() - before).toBeLessThan(4 * 86_400_000);
  });

  it('drafts nothing for a 一般隐患', async () => {
    const hazards = hazardApi(t.api, home1, w.users.home1Safety.cookie);
    const id = await hazards.registered();
    await hazards.moved(id, { action: 'confirm', grade: '一般', manageType: '即查即改' });
    const rows = await t.db.selectFrom('report').select('id').where('hazard_id', '=', id).execute();
    expect(rows).toEqual([]);
  });
});

describe('a draft', () => {
  it('is read by the enterprise’s managers only: recipients get 404, workers 403', async () => {
    const { reportId } = await major();
    expect((await safety.get(reportId)).status).toBe(200);
    expect(ids(expectStatus(await safety.list(), 200))).toContain(reportId);
    for (const api of [congress, inspector, cityAdmin]) {
      expect((await api.get(reportId)).status).toBe(404);
      expect(ids(expectStatus(await api.list(), 200))).not.toContain(reportId);
    }
    expect((await worker.get(reportId)).status).toBe(403);
    expect((await worker.list()).status).toBe(403);
    expect((await worker.noticeBoard()).status).toBe(200);
  });

  it('is edited by the admin alone, section by section', async () => {
    const { reportId } = await major();
    const edited = expectStatus(
      await admin.edit(reportId, { harmAnalysis: '可能引发粉尘爆炸，波及整个车间' }),
      200,
    );
    expect(edited.content.sections.harmAnalysis).toBe('可能引发粉尘爆炸，波及整个车间');
    expect(edited.content.sections.currentSituation).toBe(MAJOR_EXTRAS.currentSituation);
    for (const api of [safety, congress, inspector]) {
      await expectRefusedWrite(t.db, () => api.edit(reportId, { harmAnalysis: '越权' }), 403);
    }
    const empty = await expectRefusedWrite(t.db, () => admin.edit(reportId, {}), 422);
    expect(empty.body.error.code).toBe('VALIDATION');
    const unknown = await expectRefusedWrite(
      t.db,
      () => admin.edit(reportId, { content: { title: '伪造' } }),
      422,
    );
    expect(unknown.body.error.code).toBe('VALIDATION');
  });
});

describe('submission', () => {
  it('is the admin’s: a safety manager, a congress rep or a regulator is refused', async () => {
    const { reportId } = await major();
    for (const api of [safety, congress, inspector, worker]) {
      await expectRefusedWrite(t.db, () => api.submit(reportId), 403);
    }
    await expectRefusedWrite(t.db, () => otherEnterprise.submit(reportId), 404);
  });

  it('addresses it to both recipients, who each sign for it once', async () => {
    const { reportId } = await major();
    const submitted = expectStatus(await admin.submit(reportId), 200);
    expect(submitted).toMatchObject({
      state: 'submitted',
      submittedBy: { id: w.users.home1Admin.userId },
      hashVerified: true,
      late: false,
      awaiting: ['agency', 'congress'],
    });
    expect(submitted.contentHash).toMatch(/^[0-9a-f]{64}$/);

    for (const api of [congress, inspector, cityAdmin]) {
      expect(expectStatus(await api.get(reportId), 200).contentHash).toBe(submitted.contentHash);
      expect(ids(expectStatus(await api.list(), 200))).toContain(reportId);
    }
    // Out of scope: another enterprise and the neighbouring county's regulator.
    expect((await neighbourAdmin.get(reportId)).status).toBe(404);
    expect((await otherEnterprise.get(reportId)).status).toBe(404);
    expect(ids(expectStatus(await neighbourAdmin.list(), 200))).not.toContain(reportId);

    // The agency above reads but does not sign for the supervising agency.
    await expectRefusedWrite(t.db, () => cityAdmin.acknowledge(reportId), 403);
    await expectRefusedWrite(t.db, () => neighbourAdmin.acknowledge(reportId), 404);
    for (const api of [admin, safety, worker]) {
      await expectRefusedWrite(t.db, () => api.acknowledge(reportId), 403);
    }

    const byCongress = expectStatus(await congress.acknowledge(reportId), 201);
    expect(byCongress.awaiting).toEqual(['agency']);
    expect(byCongress.acknowledgements).toEqual([
      {
        recipient: 'congress',
        by: { id: w.users.home1Congress.userId, name: expect.any(String) },
        agencyId: null,
        at: expect.any(String),
      },
    ]);
    // The congress's receipt is not the agency's: the agency still has it to sign.
    const agencyInbox = expectStatus(await inspector.list('unacknowledged=true'), 200);
    expect(ids(agencyInbox)).toContain(reportId);
    expect(ids(expectStatus(await congress.list('unacknowledged=true'), 200))).not.toContain(
      reportId,
    );

    const twice = await expectRefusedWrite(t.db, () => congress.acknowledge(reportId), 409);
    expect(twice.body.error.message).toContain('不能重复签收');

    const byAgency = expectStatus(await inspector.acknowledge(reportId), 201);
    expect(byAgency.awaiting).toEqual([]);
    expect(byAgency.acknowledgements.map((k: any) => k.recipient).sort()).toEqual([
      'agency',
      'congress',
    ]);
    expect(byAgency.acknowledgements.find((k: any) => k.recipient === 'agency')).toMatchObject({
      by: { id: w.users.homeInspector.userId },
      agencyId: w.agencies.home,
    });
    const homeAdmin = reportApi(t.api, home1, w.users.homeAdmin.cookie);
    await expectRefusedWrite(t.db, () => homeAdmin.acknowledge(reportId), 409);
    expect(ids(expectStatus(await admin.list('unacknowledged=true'), 200))).not.toContain(reportId);
    expect(ids(expectStatus(await admin.list('unacknowledged=false'), 200))).toContain(reportId);
    expect(byAgency.contentHash).toBe(submitted.contentHash);
  });
});

describe('a submitted report', () => {
  it('cannot be edited or submitted again (409), nothing written', async () => {
    const { reportId } = await major();
    expectStatus(await admin.submit(reportId), 200);
    const edit = await expectRefusedWrite(
      t.db,
      () => admin.edit(reportId, { treatmentPlan: '事后修改' }),
      409,
    );
    expect(edit.body.error.code).toBe('REPORT_SUBMITTED');
    await expectRefusedWrite(t.db, () => admin.submit(reportId), 409);
  });

  it('cannot be changed by a direct UPDATE or DELETE in the database', async () => {
    const { reportId } = await major();
    const submitted = expectStatus(await admin.submit(reportId), 200);
    for (const change of [
      `update report set content = '{"title":"篡改"}'::jsonb where id = '${reportId}'`,
      `update report set content_hash = '${'0'.repeat(64)}' where id = '${reportId}'`,
      `update report set due_at = now() + interval '1 year' where id = '${reportId}'`,
      `delete from report where id = '${reportId}'`,
    ]) {
      const err = await directChange(t.db, change);
      expect(err?.message, change).toContain('submitted');
    }
    const after = expectStatus(await admin.get(reportId), 200);
    expect(after.content).toEqual(submitted.content);
    expect(after.contentHash).toBe(submitted.contentHash);
    expect(after.hashVerified).toBe(true);
  });

  it('keeps its receipts as signed: a direct UPDATE of one fails', async () => {
    const { reportId } = await major();
    expectStatus(await admin.submit(reportId), 200);
    expectStatus(await congress.acknowledge(reportId), 201);
    const err = await directChange(
      t.db,
      `update report_acknowledgement set acknowledged_at = now() where report_id = '${reportId}'`,
    );
    expect(err?.message).toContain('append-only');
  });
});

describe('lateness', () => {
  it('shows a draft past its due time as late, and a report submitted after it stays late', async () => {
    const { reportId } = await major();
    const onTime = (await major()).reportId;
    await setDueAt(t.db, home1, reportId, new Date(Date.now() - 60_000));
    expect(expectStatus(await admin.get(reportId), 200).late).toBe(true);
    expect(expectStatus(await admin.get(onTime), 200).late).toBe(false);
    const lateList = ids(expectStatus(await admin.list('late=true'), 200));
    expect(lateList).toContain(reportId);
    expect(lateList).not.toContain(onTime);

    expect(expectStatus(await admin.submit(reportId), 200).late).toBe(true);
    expect(expectStatus(await admin.submit(onTime), 200).late).toBe(false);
    // Both sides see it: the regulator's and the congress's inboxes filter on it too.
    for (const api of [inspector, congress]) {
      const late = ids(expectStatus(await api.list('late=true'), 200));
      expect(late).toContain(reportId);
      expect(late).not.toContain(onTime);
      expect(ids(expectStatus(await api.list('late=false'), 200))).toContain(onTime);
    }
  });
});

describe('progress reports', () => {
  it('are drafted on demand by the admin for an open 重大隐患 only', async () => {
    const { hazardId } = await major();
    const progress = expectStatus(await admin.draft({ kind: 'major_progress', hazardId }), 201);
    expect(progress).toMatchObject({ kind: 'major_progress', state: 'draft', hazardId });
    expect(progress.content.sections.currentSituation).toContain('治理进展');
    await expectRefusedWrite(t.db, () => safety.draft({ kind: 'major_progress', hazardId }), 403);
    await expectRefusedWrite(
      t.db,
      () => otherEnterprise.draft({ kind: 'major_progress', hazardId }),
      404,
    );

    const hazards = hazardApi(t.api, home1, w.users.home1Safety.cookie);
    const general = await hazards.registered();
    const reply = await expectRefusedWrite(
      t.db,
      () => admin.draft({ kind: 'major_progress', hazardId: general }),
      422,
    );
    expect(issuePaths(reply.body)).toEqual(['hazardId']);
  });
});
