import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confirmGeneralTimed,
  confirmMajor,
  expectStatus,
  hazardApi,
  hazardBody,
  inDays,
  submitBody,
  type HazardApi,
} from '../support/hazards.js';
import { expectRefusedWrite } from '../support/risk.js';
import { publicSupervisions, superviseBody, supervisionApi } from '../support/supervision.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// 挂牌督办: a county agency lists a major hazard of its county, decides its
// extension requests instead of the enterprise, unlists it only once it is closed, and both the
// listing and the unlisting appear on the agency's public page.

let t: TestApp;
let w: World;
let e: string;
let safety: HazardApi;
let admin: HazardApi;
const as = (user: keyof World['users']) => supervisionApi(t.api, e, w.users[user].cookie);

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  e = w.enterprises.home1.id;
  safety = hazardApi(t.api, e, w.users.home1Safety.cookie);
  admin = hazardApi(t.api, e, w.users.home1Admin.cookie);
});
afterAll(() => t.drop());

/** A 重大隐患 of home1 in rectifying, deadline 10 days out. */
async function majorHazard() {
  const id = await safety.registered(hazardBody());
  await safety.moved(id, confirmMajor({ deadline: inDays(10) }));
  return id;
}

const pendingOf = (hazard: any) => hazard.extensions.find((x: any) => x.state === 'pending');

async function requestExtension(id: string, days: number) {
  const reply = await safety.requestExtension(id, {
    requestedDeadline: inDays(days),
    reason: '设备到货推迟',
  });
  return pendingOf(expectStatus(reply, 201)).id as string;
}

describe('挂牌督办 of a major hazard', () => {
  it('lists, decides extensions, unlists after closure and publishes both', async () => {
    const id = await majorHazard();
    const body = superviseBody({ number: '石应急督〔2026〕1号', requirements: '立即局部停产' });
    const listed = expectStatus(await as('homeInspector').supervise(id, body), 201);
    expect(listed.supervision).toMatchObject({
      number: '石应急督〔2026〕1号',
      agency: { id: w.agencies.home, name: '石城县应急管理局' },
      deadline: body.deadline,
      requirements: '立即局部停产',
      state: 'listed',
      unlistedAt: null,
    });

    // The enterprise sees on its hazard that it is supervised, and by whom.
    const seen = expectStatus(await admin.get(id), 200);
    expect(seen.supervision).toEqual(listed.supervision);

    // Extensions: the supervising agency decides, not the enterprise's 主要负责人 — and it is
    // the agency's to-do list, not the 主要负责人's, that shows the request.
    const first = await requestExtension(id, 30);
    const toDecide = async (user: keyof World['users']): Promise<string[]> =>
      expectStatus(await t.api.get('/v1/notifications', w.users[user].cookie), 200)
        .items.filter((n: any) => n.kind === 'extension_to_decide')
        .map((n: any) => n.href as string);
    expect((await toDecide('homeAdmin')).some((href) => href.includes(id))).toBe(true);
    expect((await toDecide('home1Admin')).some((href) => href.includes(id))).toBe(false);
    await expectRefusedWrite(t.db, () => admin.decide(id, first, { decision: 'approved' }), 403);
    const city = hazardApi(t.api, e, w.users.cityAdmin.cookie);
    await expectRefusedWrite(t.db, () => city.decide(id, first, { decision: 'approved' }), 403);
    const neighbour = hazardApi(t.api, e, w.users.neighbourAdmin.cookie);
    await expectRefusedWrite(
      t.db,
      () => neighbour.decide(id, first, { decision: 'approved' }),
      404,
    );
    const county = hazardApi(t.api, e, w.users.homeAdmin.cookie);
    const approved = expectStatus(await county.decide(id, first, { decision: 'approved' }), 200);
    const requested = approved.extensions.find((x: any) => x.id === first).requestedDeadline;
    expect(approved.deadline).toBe(requested);
    // The 督办 deadline follows the time the agency granted.
    expect(approved.supervision.deadline).toBe(requested);
    expect(approved.events.at(-1)).toMatchObject({
      action: 'approve_extension',
      actor: { id: w.users.homeAdmin.userId },
    });

    const second = await requestExtension(id, 60);
    const inspector = hazardApi(t.api, e, w.users.homeInspector.cookie);
    const refused = expectStatus(
      await inspector.decide(id, second, { decision: 'refused', reason: '不得再延期' }),
      200,
    );
    expect(refused.deadline).toBe(requested);
    expect(refused.extensions.at(-1)).toMatchObject({
      state: 'refused',
      refusalReason: '不得再延期',
    });

    // Unlisting waits for the hazard to be accepted and closed; the 409 names its state.
    const early = await expectRefusedWrite(t.db, () => as('homeAdmin').unlist(id), 409);
    expect(early.body.error.message).toContain('整改中');
    await safety.moved(id, submitBody());
    const awaiting = await expectRefusedWrite(t.db, () => as('homeAdmin').unlist(id), 409);
    expect(awaiting.body.error.message).toContain('待验收');
    await admin.moved(id, { action: 'accept', comment: '复查合格' });

    // Only the listing agency unlists: not the city above it, nor the enterprise, nor a neighbour.
    await expectRefusedWrite(t.db, () => as('cityAdmin').unlist(id), 403);
    await expectRefusedWrite(t.db, () => as('home1Admin').unlist(id), 403);
    await expectRefusedWrite(t.db, () => as('neighbourAdmin').unlist(id), 404);
    const unlisted = expectStatus(
      await as('homeAdmin').unlist(id, { note: '已销号，予以摘牌' }),
      200,
    );
    expect(unlisted.supervision).toMatchObject({
      number: '石应急督〔2026〕1号',
      state: 'unlisted',
      unlistNote: '已销号，予以摘牌',
    });
    expect(unlisted.supervision.unlistedAt).not.toBeNull();
    await expectRefusedWrite(t.db, () => as('homeAdmin').unlist(id), 404);

    // The public page shows the listing and the unlisting, naming no one.
    const page = expectStatus(await publicSupervisions(t.api, w.agencies.home), 200);
    expect(page.agency).toMatchObject({ name: '石城县应急管理局', jurisdictionName: '石城县' });
    const item = page.items.find((i: any) => i.number === '石应急督〔2026〕1号');
    expect(item).toMatchObject({
      enterpriseName: '石城甲公司',
      state: 'unlisted',
      listedAt: listed.supervision.listedAt,
      unlistedAt: unlisted.supervision.unlistedAt,
    });
    expect(item.hazardSummary).toBe(seen.description);
    expect(Object.keys(item).sort()).toEqual(
      [
        'deadline',
        'enterpriseName',
        'hazardSummary',
        'id',
        'listedAt',
        'number',
        'state',
        'unlistedAt',
      ].sort(),
    );
    const people = await t.db.selectFrom('app_user').select(['id', 'display_name']).execute();
    const text = JSON.stringify(page);
    for (const p of people) {
      expect(text).not.toContain(p.id);
      expect(text).not.toContain(p.display_name);
    }
    // The neighbour's public page does not carry it.
    const other = expectStatus(await publicSupervisions(t.api, w.agencies.neighbour), 200);
    expect(other.items).toEqual([]);
  });

  it('publishes a listing while it lasts, and truncates a long description', async () => {
    const long = `${'储罐区防火堤破损'.repeat(10)}末尾`;
    const id = await safety.registered(hazardBody({ description: long }));
    await safety.moved(id, confirmMajor());
    const listed = expectStatus(await as('homeAdmin').supervise(id), 201);
    const page = expectStatus(await publicSupervisions(t.api, w.agencies.home), 200);
    const item = page.items.find((i: any) => i.number === listed.supervision.number);
    expect(item).toMatchObject({ state: 'listed', unlistedAt: null });
    expect(item.hazardSummary.endsWith('…')).toBe(true);
    expect(item.hazardSummary.length).toBeLessThan(long.length);
  });
});

describe('what can be listed', () => {
  it('refuses a hazard not yet graded, a general one, a closed one, and a second listing', async () => {
    const reported = await safety.registered(hazardBody());
    const notGraded = await expectRefusedWrite(
      t.db,
      () => as('homeAdmin').supervise(reported),
      409,
    );
    expect(notGraded.body.error.message).toContain('已登记');

    const general = await safety.registered(hazardBody());
    await safety.moved(general, confirmGeneralTimed());
    const g = await expectRefusedWrite(t.db, () => as('homeAdmin').supervise(general), 409);
    expect(g.body.error.message).toContain('一般');

    const closed = await majorHazard();
    await safety.moved(closed, submitBody());
    await admin.moved(closed, { action: 'accept' });
    const c = await expectRefusedWrite(t.db, () => as('homeAdmin').supervise(closed), 409);
    expect(c.body.error.message).toContain('已销号');

    const id = await majorHazard();
    const first = superviseBody();
    expectStatus(await as('homeAdmin').supervise(id, first), 201);
    await expectRefusedWrite(t.db, () => as('homeAdmin').supervise(id), 409);
    // The 督办编号 is unique within the agency.
    const other = await majorHazard();
    const dup = await expectRefusedWrite(
      t.db,
      () => as('homeInspector').supervise(other, superviseBody({ number: first.number })),
      409,
    );
    expect(dup.body.error.message).toContain(first.number);
  });

  it('answers 422 naming the field for a bad number, deadline or requirements', async () => {
    const id = await majorHazard();
    const cases: [Record<string, unknown>, string][] = [
      [{ number: '  ' }, 'number'],
      [{ deadline: inDays(-1) }, 'deadline'],
      [{ deadline: '明天' }, 'deadline'],
      [{ requirements: '' }, 'requirements'],
    ];
    for (const [over, field] of cases) {
      const reply = await expectRefusedWrite(
        t.db,
        () => as('homeAdmin').supervise(id, superviseBody(over)),
        422,
      );
      expect(reply.body.error.issues.map((i: any) => i.path)).toContain(field);
    }
  });
});

describe('who may list and read', () => {
  it('refuses enterprise roles and the platform (403), the neighbour and far agencies (404)', async () => {
    const id = await majorHazard();
    for (const user of ['home1Admin', 'home1Safety', 'home1Worker', 'platformAdmin'] as const) {
      await expectRefusedWrite(t.db, () => as(user).supervise(id), 403);
    }
    await expectRefusedWrite(t.db, () => as('neighbour1Admin').supervise(id), 403);
    for (const user of ['neighbourAdmin', 'farAdmin'] as const) {
      await expectRefusedWrite(t.db, () => as(user).supervise(id), 404);
    }
    // An agency above the county may list it (its subtree holds the enterprise).
    expectStatus(await as('cityAdmin').supervise(id), 201);
  });

  it('leaves a hazard that is not supervised to the 主要负责人, not to an agency', async () => {
    const id = await majorHazard();
    const x = await requestExtension(id, 30);
    const county = hazardApi(t.api, e, w.users.homeAdmin.cookie);
    await expectRefusedWrite(t.db, () => county.decide(id, x, { decision: 'approved' }), 403);
    expectStatus(await admin.decide(id, x, { decision: 'approved' }), 200);
  });

  it('lists the subtree’s supervisions for agencies only, with the hazard’s state and overdue', async () => {
    const id = await majorHazard();
    const body = superviseBody();
    expectStatus(await as('homeInspector').supervise(id, body), 201);
    await t.db
      .updateTable('hazard')
      .set({ deadline: new Date(Date.now() - 86_400_000) })
      .where('enterprise_id', '=', e)
      .where('id', '=', id)
      .execute();

    const mine = expectStatus(await as('homeAdmin').list('overdue=true'), 200).items;
    expect(mine.map((s: any) => s.number)).toContain(body.number);
    expect(mine.find((s: any) => s.number === body.number)).toMatchObject({
      enterprise: { id: e, name: '石城甲公司', jurisdictionName: '石城县' },
      hazard: { id, state: 'rectifying', overdue: true },
      state: 'listed',
    });
    expect(
      expectStatus(await as('homeAdmin').list('overdue=false'), 200).items.map(
        (s: any) => s.number,
      ),
    ).not.toContain(body.number);
    // The city reads its counties' supervisions; `mine` keeps its own only.
    const cityAll = expectStatus(await as('cityAdmin').list(), 200).items;
    expect(cityAll.map((s: any) => s.number)).toContain(body.number);
    const cityOwn = expectStatus(await as('cityAdmin').list('mine=true'), 200).items;
    expect(cityOwn.every((s: any) => s.agency.id === w.agencies.city)).toBe(true);
    expect(expectStatus(await as('neighbourAdmin').list(), 200).items).toEqual([]);
    expect(expectStatus(await as('farAdmin').list(), 200).items).toEqual([]);
    for (const user of ['home1Admin', 'home1Worker', 'platformAdmin'] as const) {
      expect((await as(user).list()).status).toBe(403);
    }
    expect((await supervisionApi(t.api, e).list()).status).toBe(401);
  });

  it('answers 404 for the public page of an agency that does not exist', async () => {
    const reply = await publicSupervisions(t.api, '00000000-0000-4000-8000-000000000000');
    expect(reply.status).toBe(404);
    expect((await publicSupervisions(t.api, 'not-a-uuid')).status).toBe(422);
  });
});
