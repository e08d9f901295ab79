import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confirmMajor,
  expectStatus,
  hazardApi,
  hazardBody,
  inDays,
  submitBody,
} from '../support/hazards.js';
import { reportApi } from '../support/reports.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// The full loop of a 重大隐患 (docs/domain.md, 重大隐患): reported, confirmed with its plan (the report
// is drafted), reported to both recipients at once and signed for by both, rectified, accepted
// (the closure report is drafted), and that report too submitted and signed for.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

describe('重大隐患, the whole loop with 双报告', () => {
  it('reports to the agency and the congress on confirmation and on closure', async () => {
    const e = w.enterprises.home1.id;
    const worker = hazardApi(t.api, e, w.users.home1Worker.cookie);
    const safety = hazardApi(t.api, e, w.users.home1Safety.cookie);
    const adminHazards = hazardApi(t.api, e, w.users.home1Admin.cookie);
    const admin = reportApi(t.api, e, w.users.home1Admin.cookie);
    const agency = reportApi(t.api, e, w.users.homeAdmin.cookie);
    const congress = reportApi(t.api, e, w.users.home1Congress.cookie);

    const id = await worker.registered(hazardBody({ source: undefined }));
    await safety.moved(id, confirmMajor());

    const drafts = expectStatus(await admin.list('state=draft'), 200).items;
    expect(drafts.map((r: any) => [r.kind, r.hazardId])).toEqual([['major_initial', id]]);
    const initial = drafts[0].id;
    expect(expectStatus(await agency.list(), 200).items).toEqual([]);

    const sent = expectStatus(await admin.submit(initial), 200);
    expect(sent.awaiting).toEqual(['agency', 'congress']);
    for (const recipient of [agency, congress]) {
      const inbox = expectStatus(await recipient.list('unacknowledged=true'), 200).items;
      expect(inbox.map((r: any) => r.id)).toEqual([initial]);
      const read = expectStatus(await recipient.get(initial), 200);
      expect(read.content.sections).toEqual(sent.content.sections);
      expectStatus(await recipient.acknowledge(initial), 201);
      expect(expectStatus(await recipient.list('unacknowledged=true'), 200).items).toEqual([]);
    }
    expect(expectStatus(await admin.get(initial), 200).awaiting).toEqual([]);

    await safety.moved(id, submitBody());
    const closed = await adminHazards.moved(id, { action: 'accept', comment: '复查合格' });
    expect(closed.state).toBe('closed');

    const closure = expectStatus(await admin.list('kind=major_closure'), 200).items;
    expect(closure).toHaveLength(1);
    expect(closure[0]).toMatchObject({ hazardId: id, state: 'draft' });
    const closureDetail = expectStatus(await admin.get(closure[0].id), 200);
    expect(closureDetail.content.hazard.state).toBe('closed');
    expect(closureDetail.content.sections.currentSituation).toContain('验收合格并销号');

    const closureSent = expectStatus(await admin.submit(closure[0].id), 200);
    expect(closureSent.contentHash).not.toBe(sent.contentHash);
    expectStatus(await agency.acknowledge(closure[0].id), 201);
    expectStatus(await congress.acknowledge(closure[0].id), 201);
    const all = expectStatus(await congress.list(), 200).items;
    expect(all.map((r: any) => [r.kind, r.awaiting])).toEqual([
      ['major_closure', []],
      ['major_initial', []],
    ]);
    expect(expectStatus(await adminHazards.verify(), 200).ok).toBe(true);
  });

  it('drafts the report of a 重大隐患 found by the regulator, on registration', async () => {
    const e = w.enterprises.home2.id;
    const inspector = hazardApi(t.api, e, w.users.homeInspector.cookie);
    const found = expectStatus(
      await inspector.register(
        hazardBody({ source: undefined, grade: '重大', deadline: inDays(30) }),
      ),
      201,
    );
    expect(found).toMatchObject({ state: 'rectifying', grade: '重大' });
    const drafted = await t.db
      .selectFrom('report')
      .select(['kind', 'state'])
      .where('enterprise_id', '=', e)
      .where('hazard_id', '=', found.id)
      .execute();
    expect(drafted).toEqual([{ kind: 'major_initial', state: 'draft' }]);
  });
});
