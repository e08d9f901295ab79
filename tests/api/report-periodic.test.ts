import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus } from '../support/hazards.js';
import { hazardAt, reportApi, type ReportApi } from '../support/reports.js';
import { expectRefusedWrite, issuePaths } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Quarterly and annual statistics (原安监总局令第16号): generated from the enterprise's hazards of
// the period, one report per period, due the 15th after the quarter and 31 January.

let t: TestApp;
let w: World;
let admin: ReportApi;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  const e = w.enterprises.home1.id;
  admin = reportApi(t.api, e, w.users.home1Admin.cookie);
  const by = w.users.home1Safety.userId;
  // 2026Q3 (China time): five hazards; one just before and one just after it.
  await hazardAt(t.db, e, by, '2026-07-01T00:00:00+08:00', {
    state: 'closed',
    grade: '重大',
    funds: 50000,
  });
  await hazardAt(t.db, e, by, '2026-08-10T09:00:00+08:00', {
    state: 'closed',
    kind: '电气',
    funds: 1200.5,
  });
  await hazardAt(t.db, e, by, '2026-08-20T09:00:00+08:00', {
    state: 'rectifying',
    kind: '消防',
    deadline: '2026-09-01T00:00:00+08:00',
  });
  await hazardAt(t.db, e, by, '2026-09-15T09:00:00+08:00', { state: 'reported' });
  await hazardAt(t.db, e, by, '2026-09-30T23:59:59+08:00', {
    state: 'rejected',
    source: '员工随手拍',
  });
  await hazardAt(t.db, e, by, '2026-06-30T23:59:59+08:00', { state: 'closed', funds: 999 });
  await hazardAt(t.db, e, by, '2026-10-01T00:00:00+08:00', { state: 'reported' });
  // Another enterprise's hazard in the same quarter counts for it, not for home1.
  await hazardAt(
    t.db,
    w.enterprises.home2.id,
    w.users.home2Admin.userId,
    '2026-08-01T00:00:00+08:00',
    {
      state: 'reported',
    },
  );
});
afterAll(() => t.drop());

describe('a quarterly report', () => {
  it('counts the quarter’s hazards by grade, state, source and kind', async () => {
    const report = expectStatus(await admin.draft({ kind: 'quarterly', period: '2026Q3' }), 201);
    expect(report).toMatchObject({
      kind: 'quarterly',
      period: '2026Q3',
      state: 'draft',
      hazardId: null,
      recipients: [
        { recipient: 'agency', name: '石城县应急管理局' },
        { recipient: 'congress', name: '石城甲公司职工代表大会' },
      ],
      dueAt: '2026-10-15T15:59:59.999Z',
      // Drafted after the 15th of October and not submitted: already late.
      late: true,
    });
    const s = report.content.statistics;
    expect(s).toMatchObject({
      total: 5,
      confirmed: 3,
      closed: 2,
      rectificationRate: 0.6667,
      overdue: 1,
      funds: 51200.5,
    });
    expect(s.byGrade).toEqual({ 一般: 2, 重大: 1, 未定级: 2 });
    expect(s.byState).toEqual({
      reported: 1,
      rejected: 1,
      rectifying: 1,
      awaiting_acceptance: 0,
      closed: 2,
    });
    expect(s.bySource.日常排查).toBe(4);
    expect(s.bySource.员工随手拍).toBe(1);
    expect(s.byKind).toMatchObject({ 设备: 3, 电气: 1, 消防: 1, 安全: 0 });
    expect(report.content.period).toEqual({
      label: '2026年第3季度',
      from: '2026-07-01',
      to: '2026-09-30',
    });
  });

  it('is one per period (409), for a period that has ended, named like 2026Q3 (422)', async () => {
    const again = await expectRefusedWrite(
      t.db,
      () => admin.draft({ kind: 'quarterly', period: '2026Q3' }),
      409,
    );
    expect(again.body.error.message).toContain('2026年第3季度');
    for (const period of ['2026Q4', '2026-3', '2026Q5', '2099Q1']) {
      const reply = await expectRefusedWrite(
        t.db,
        () => admin.draft({ kind: 'quarterly', period }),
        422,
      );
      expect(issuePaths(reply.body)).toEqual(['period']);
    }
  });

  it('takes a note but not sections, and is frozen on submission', async () => {
    const { items } = expectStatus(await admin.list('kind=quarterly'), 200);
    const id = items[0].id;
    const sections = await expectRefusedWrite(
      t.db,
      () => admin.edit(id, { currentSituation: '手写统计' }),
      422,
    );
    expect(issuePaths(sections.body)).toEqual(['currentSituation']);
    expectStatus(await admin.edit(id, { note: '本季度无死亡事故' }), 200);
    const submitted = expectStatus(await admin.submit(id), 200);
    expect(submitted).toMatchObject({ state: 'submitted', late: true, hashVerified: true });
    expect(submitted.content.note).toBe('本季度无死亡事故');
    expect(submitted.content.statistics.total).toBe(5);
    await expectRefusedWrite(t.db, () => admin.edit(id, { note: '改' }), 409);
  });

  it('is the admin’s to draft: the safety manager reads only', async () => {
    const safety = reportApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
    await expectRefusedWrite(
      t.db,
      () => safety.draft({ kind: 'quarterly', period: '2026Q2' }),
      403,
    );
    expect(expectStatus(await safety.list('kind=quarterly'), 200).items).toHaveLength(1);
  });
});

describe('an annual report', () => {
  it('is due on 31 January of the next year, and counts the whole year', async () => {
    const report = expectStatus(await admin.draft({ kind: 'annual', period: '2025' }), 201);
    expect(report.dueAt).toBe('2026-01-31T15:59:59.999Z');
    expect(report.content.statistics.total).toBe(0);
    const unfinished = await expectRefusedWrite(
      t.db,
      () => admin.draft({ kind: 'annual', period: '2026' }),
      422,
    );
    expect(unfinished.body.error.message).toContain('尚未结束');
  });
});
