import { actingAs, moveStandardizationApplication, runSweeps } from '@shuangfang/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, makeUser, type TestUser } from '../support/factories.js';
import { expectStatus, makeHazard } from '../support/hazards.js';
import { expectRefusedWrite, issuePaths } from '../support/risk.js';
import {
  certificateNumber,
  makeCompleteRegister,
  makeMaterial,
  standardizationApi,
} from '../support/standardization.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// 安全生产标准化 (docs/domain.md section 4): the three gates, review → 公示 → grant at supplied times,
// expiry by date through the sweep, revocation and downgrade, the public query, and who may act.
// home1 (石城县) is graded 三级 by the city (赣州市) and 二级 by the province (江西省).

let t: TestApp;
let w: World;
const DAY = 86_400_000;
/** The China date `days` from today. */
const chinaDay = (days: number) =>
  new Date(Date.now() + 8 * 3_600_000 + days * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  for (const [e, admin] of [
    [w.enterprises.home1, w.users.home1Admin],
    [w.enterprises.home2, w.users.home2Admin],
  ] as const) {
    await makeCompleteRegister(t.db, e.id, admin.userId);
  }
});
afterAll(() => t.drop());

const home1 = () => standardizationApi(t.api, w.enterprises.home1.id, w.users.home1Admin.cookie);
const applyBody = async (enterpriseId: string, userId: string, over: object = {}) => ({
  level: '三级',
  selfScore: 72,
  materials: [await makeMaterial(t.db, enterpriseId, userId)],
  ...over,
});
/** Grants an application on 公示 at `at`, as the agency admin `admin`. */
async function grantAt(
  admin: TestUser,
  enterpriseId: string,
  applicationId: string,
  at: Date,
  number = certificateNumber(),
) {
  const who = await actingAs(t.db, admin.membershipId);
  return moveStandardizationApplication(
    t.db,
    who,
    enterpriseId,
    applicationId,
    { action: 'grant', number },
    at,
  );
}
const enterpriseLevel = async (id: string) =>
  (
    await t.db
      .selectFrom('enterprise')
      .select('standardization_level')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).standardization_level;

/** A new enterprise of the home county with its 主要负责人. */
async function freshEnterprise(name: string) {
  const e = await makeEnterprise(t.db, {
    jurisdictionCode: '360735',
    agencyId: w.agencies.home,
    name,
  });
  const admin = await makeUser(t.db, { role: 'enterprise_admin', enterpriseId: e.id });
  return { e, admin, api: standardizationApi(t.api, e.id, admin.cookie) };
}

describe('the gates of an application', () => {
  it('refuses an incomplete 一图一牌三清单, naming it, and writes nothing', async () => {
    const { e, admin, api } = await freshEnterprise('石城缺图公司');
    const body = await applyBody(e.id, admin.userId);
    const reply = await expectRefusedWrite(t.db, () => api.apply(body), 422);
    expect(reply.body.error.code).toBe('STANDARDIZATION_REFUSED');
    expect(issuePaths(reply.body)).toEqual(['registerCompleteness']);
    expect(reply.body.error.message).toContain('一图一牌三清单不完整');
    expect(reply.body.error.message).toContain('未上传平面图');
  });

  it('refuses a blacklisted enterprise, naming the blacklist', async () => {
    const { e, admin, api } = await freshEnterprise('石城失信公司');
    await makeCompleteRegister(t.db, e.id, admin.userId);
    await t.db
      .updateTable('enterprise')
      .set({ credit_status: 'blacklisted' })
      .where('id', '=', e.id)
      .execute();
    const body = await applyBody(e.id, admin.userId);
    const reply = await expectRefusedWrite(t.db, () => api.apply(body), 422);
    expect(issuePaths(reply.body)).toEqual(['creditStatus']);
    expect(reply.body.error.message).toContain('严重失信主体名单');
  });

  it('refuses an enterprise with an open 重大隐患, naming it', async () => {
    const { e, admin, api } = await freshEnterprise('石城隐患公司');
    await makeCompleteRegister(t.db, e.id, admin.userId);
    await makeHazard(t.db, e.id, admin.userId, { state: 'rectifying', grade: '重大' });
    // A closed major hazard and an open general one do not count.
    await makeHazard(t.db, e.id, admin.userId, { state: 'closed', grade: '重大' });
    await makeHazard(t.db, e.id, admin.userId, { state: 'rectifying', grade: '一般' });
    const body = await applyBody(e.id, admin.userId);
    const reply = await expectRefusedWrite(t.db, () => api.apply(body), 422);
    expect(issuePaths(reply.body)).toEqual(['majorHazards']);
    expect(reply.body.error.message).toContain('1 项未销号的重大隐患');
  });

  it('names all three reasons at once', async () => {
    const { e, admin, api } = await freshEnterprise('石城三缺公司');
    await t.db
      .updateTable('enterprise')
      .set({ credit_status: 'blacklisted' })
      .where('id', '=', e.id)
      .execute();
    await makeHazard(t.db, e.id, admin.userId, { state: 'awaiting_acceptance', grade: '重大' });
    const body = await applyBody(e.id, admin.userId);
    const reply = await expectRefusedWrite(t.db, () => api.apply(body), 422);
    expect(issuePaths(reply.body)).toEqual([
      'registerCompleteness',
      'creditStatus',
      'majorHazards',
    ]);
  });

  it('refuses a score below the level floor, 一级, and materials that are not its uploads', async () => {
    const own = await makeMaterial(t.db, w.enterprises.home1.id, w.users.home1Admin.userId);
    const other = await makeMaterial(t.db, w.enterprises.home2.id, w.users.home2Admin.userId);
    const cases: [object, string, string][] = [
      [{ level: '三级', selfScore: 59.5, materials: [own] }, 'selfScore', '不能低于 60 分'],
      [{ level: '二级', selfScore: 74, materials: [own] }, 'selfScore', '不能低于 75 分'],
      [{ level: '一级', selfScore: 95, materials: [own] }, 'level', '国家应急管理部'],
      [{ level: '三级', selfScore: 70, materials: [other] }, 'materials.0.ref', '本企业'],
      [{ level: '三级', selfScore: 70, materials: [] }, 'materials', ''],
    ];
    for (const [body, path, words] of cases) {
      const reply = await expectRefusedWrite(t.db, () => home1().apply(body), 422);
      expect(issuePaths(reply.body)).toEqual([path]);
      expect(reply.body.error.message).toContain(words);
    }
  });

  it('uses the jurisdiction’s score floors', async () => {
    const put = await t.api.put(
      '/v1/jurisdictions/360700/settings',
      { standardizationScoreFloors: { 一级: 90, 二级: 75, 三级: 80 } },
      w.users.cityAdmin.cookie,
    );
    expectStatus(put, 200);
    const body = await applyBody(w.enterprises.home1.id, w.users.home1Admin.userId);
    const reply = await expectRefusedWrite(t.db, () => home1().apply(body), 422);
    expect(reply.body.error.message).toContain('不能低于 80 分');
    await t.api.put(
      '/v1/jurisdictions/360700/settings',
      { standardizationScoreFloors: null },
      w.users.cityAdmin.cookie,
    );
  });
});

describe('review, 公示 and grant, then expiry by date', () => {
  let applicationId: string;
  let publicityUntil: Date;
  let grantedAt: Date;
  let validTo: string;

  it('takes an application to the city for 三级, one open at a time', async () => {
    const body = await applyBody(w.enterprises.home1.id, w.users.home1Admin.userId);
    const a = expectStatus(await home1().apply(body), 201);
    expect(a).toMatchObject({
      state: 'submitted',
      level: '三级',
      selfScore: 72,
      authority: { id: w.agencies.city, name: '赣州市应急管理局' },
      actions: [], // the applicant grades nothing
    });
    applicationId = a.id;
    const again = await applyBody(w.enterprises.home1.id, w.users.home1Admin.userId);
    const reply = await expectRefusedWrite(t.db, () => home1().apply(again), 409);
    expect(reply.body.error.message).toContain('正在办理');
    // The database holds the rule too, for two applications arriving at once.
    await expect(
      t.db
        .insertInto('standardization_application')
        .values({
          enterprise_id: w.enterprises.home1.id,
          level: '三级',
          self_score: 70,
          authority_agency_id: w.agencies.city,
          state: 'submitted',
          submitted_by: w.users.home1Admin.userId,
        })
        .execute(),
    ).rejects.toThrow(/standardization_application_one_open/);
  });

  it('is reviewed by the authority only', async () => {
    const publicize = { action: 'publicize' };
    for (const [user, status] of [
      [w.users.homeAdmin, 403], // in scope, but the county does not grade
      [w.users.provinceAdmin, 403], // above, but not the authority of 三级
      [w.users.neighbourAdmin, 404],
      [w.users.farAdmin, 404],
      [w.users.homeInspector, 403],
      [w.users.home1Admin, 403],
      [w.users.neighbour1Admin, 403], // an enterprise role never grades
    ] as const) {
      await expectRefusedWrite(
        t.db,
        () => home1().moveApplication(applicationId, publicize, user.cookie),
        status,
      );
    }
  });

  it('goes on 公示 for the configured days, and cannot be granted before it ends', async () => {
    const before = Date.now();
    const a = expectStatus(
      await home1().moveApplication(
        applicationId,
        { action: 'publicize', note: '材料齐全' },
        w.users.cityAdmin.cookie,
      ),
      200,
    );
    expect(a).toMatchObject({ state: 'publicity', reviewNote: '材料齐全' });
    publicityUntil = new Date(a.publicityUntil);
    const days = (publicityUntil.getTime() - before) / DAY;
    expect(days).toBeGreaterThanOrEqual(7);
    expect(days).toBeLessThan(7.01);
    const early = await expectRefusedWrite(
      t.db,
      () =>
        home1().moveApplication(
          applicationId,
          { action: 'grant', number: certificateNumber() },
          w.users.cityAdmin.cookie,
        ),
      409,
    );
    expect(early.body.error.message).toContain('公示期满后');
    const illegal = await expectRefusedWrite(
      t.db,
      () =>
        home1().moveApplication(applicationId, { action: 'publicize' }, w.users.cityAdmin.cookie),
      409,
    );
    expect(illegal.body.error.message).toBe('当前状态为「公示中」，只允许：评定发证、不予通过');
  });

  it('is granted after the 公示: certificate for 3 years, enterprise level set', async () => {
    grantedAt = new Date(publicityUntil.getTime() + 60_000);
    await expect(
      grantAt(
        w.users.cityAdmin,
        w.enterprises.home1.id,
        applicationId,
        new Date(publicityUntil.getTime() - 1),
      ),
    ).rejects.toMatchObject({ status: 409 });
    const a = await grantAt(
      w.users.cityAdmin,
      w.enterprises.home1.id,
      applicationId,
      grantedAt,
      '赣AQB三级0001',
    );
    expect(a.state).toBe('granted');
    const view = expectStatus(await home1().view(), 200);
    const from = new Date(grantedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const [y, m, d] = from.split('-').map(Number) as [number, number, number];
    validTo = new Date(Date.UTC(y + 3, m - 1, d) - DAY).toISOString().slice(0, 10);
    expect(view.current).toMatchObject({
      number: '赣AQB三级0001',
      level: '三级',
      validFrom: from,
      validTo,
      state: 'active',
      agency: { id: w.agencies.city },
    });
    expect(view.level).toBe('三级');
    expect(await enterpriseLevel(w.enterprises.home1.id)).toBe('三级');
    // The number is unique.
    const other = await standardizationApi(
      t.api,
      w.enterprises.home2.id,
      w.users.home2Admin.cookie,
    ).apply(await applyBody(w.enterprises.home2.id, w.users.home2Admin.userId));
    const publicized = expectStatus(
      await standardizationApi(t.api, w.enterprises.home2.id).moveApplication(
        other.body.id,
        { action: 'publicize' },
        w.users.cityAdmin.cookie,
      ),
      200,
    );
    await expect(
      grantAt(
        w.users.cityAdmin,
        w.enterprises.home2.id,
        other.body.id,
        new Date(new Date(publicized.publicityUntil).getTime() + 1),
        '赣AQB三级0001',
      ),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('is found by the public by credit code and by name', async () => {
    for (const q of [w.enterprises.home1.creditCode, '石城甲']) {
      const reply = expectStatus(
        await t.api.get(`/v1/public/standardization?q=${encodeURIComponent(q)}`),
        200,
      );
      expect(reply.items).toEqual([
        {
          enterpriseName: '石城甲公司',
          creditCode: w.enterprises.home1.creditCode,
          level: '三级',
          number: '赣AQB三级0001',
          validFrom: expect.any(String),
          validTo,
          agencyName: '赣州市应急管理局',
          holderListed: false,
          revocationPending: false,
        },
      ]);
    }
  });

  it('expires by date through the sweep run with a supplied time', async () => {
    // The last valid day ends at midnight China time (16:00 UTC).
    const lastMoment = new Date(`${validTo}T15:59:59.999Z`);
    await runSweeps(t.db, lastMoment);
    expect(await enterpriseLevel(w.enterprises.home1.id)).toBe('三级');
    await runSweeps(t.db, new Date(`${validTo}T16:00:00.000Z`));
    expect(await enterpriseLevel(w.enterprises.home1.id)).toBeNull();
    const view = expectStatus(await home1().view(), 200);
    expect(view.current).toBeNull();
    expect(view.certificates[0]).toMatchObject({
      number: '赣AQB三级0001',
      state: 'expired',
      endReason: '有效期届满',
    });
    const found = await t.api.get(`/v1/public/standardization?q=${w.enterprises.home1.creditCode}`);
    expect(found.body.items).toEqual([]);
  });
});

describe('revocation and downgrade', () => {
  let certificateId: string;

  it('grants a new 二级 by the province', async () => {
    const body = await applyBody(w.enterprises.home1.id, w.users.home1Admin.userId, {
      level: '二级',
      selfScore: 80,
    });
    const a = expectStatus(await home1().apply(body), 201);
    expect(a.authority.id).toBe(w.agencies.province);
    await expectRefusedWrite(
      t.db,
      () => home1().moveApplication(a.id, { action: 'publicize' }, w.users.cityAdmin.cookie),
      403,
    );
    const p = expectStatus(
      await home1().moveApplication(a.id, { action: 'publicize' }, w.users.provinceAdmin.cookie),
      200,
    );
    await grantAt(
      w.users.provinceAdmin,
      w.enterprises.home1.id,
      a.id,
      new Date(new Date(p.publicityUntil).getTime() + 1),
      '赣AQB二级0001',
    );
    const view = expectStatus(await home1().view(), 200);
    expect(view.current).toMatchObject({ level: '二级', state: 'active' });
    certificateId = view.current.id;
  });

  it('is downgraded only by the granting authority or above, with a listed reason', async () => {
    const body = {
      action: 'downgrade',
      level: '三级',
      reason: '重大隐患未按期整改',
      number: '赣AQB三级0002',
    };
    for (const [user, status] of [
      [w.users.cityAdmin, 403], // below the granting province
      [w.users.homeAdmin, 403],
      [w.users.homeInspector, 403],
      [w.users.home1Admin, 403],
      [w.users.neighbourAdmin, 404],
      [w.users.neighbour1Admin, 403],
    ] as const) {
      await expectRefusedWrite(
        t.db,
        () => home1().moveCertificate(certificateId, body, user.cookie),
        status,
      );
    }
    for (const bad of [
      { ...body, reason: '领导不满意' },
      { ...body, level: '二级' },
      { ...body, level: '一级' },
    ]) {
      await expectRefusedWrite(
        t.db,
        () => home1().moveCertificate(certificateId, bad, w.users.provinceAdmin.cookie),
        422,
      );
    }
    const view = expectStatus(
      await home1().moveCertificate(certificateId, body, w.users.provinceAdmin.cookie),
      200,
    );
    const old = view.certificates.find((c: { id: string }) => c.id === certificateId);
    expect(old).toMatchObject({ state: 'downgraded', endReason: '重大隐患未按期整改' });
    expect(view.current).toMatchObject({
      level: '三级',
      number: '赣AQB三级0002',
      validTo: old.validTo,
      replacesId: certificateId,
      state: 'active',
    });
    expect(await enterpriseLevel(w.enterprises.home1.id)).toBe('三级');
    certificateId = view.current.id;
  });

  it('is revoked with its reason shown; the level is cleared; a second revocation is a 409', async () => {
    const revoke = { action: 'revoke', reason: '瞒报谎报', note: '瞒报一起轻伤事故' };
    const view = expectStatus(
      await home1().moveCertificate(certificateId, revoke, w.users.provinceAdmin.cookie),
      200,
    );
    expect(view.current).toBeNull();
    expect(view.level).toBeNull();
    const byId = (v: typeof view) =>
      v.certificates.find((c: { id: string }) => c.id === certificateId);
    expect(byId(view)).toMatchObject({
      state: 'revoked',
      endReason: '瞒报谎报：瞒报一起轻伤事故',
    });
    expect(await enterpriseLevel(w.enterprises.home1.id)).toBeNull();
    // The enterprise's own people see it.
    const seen = expectStatus(await home1().view(w.users.home1Worker.cookie), 200);
    expect(byId(seen).state).toBe('revoked');
    const again = await expectRefusedWrite(
      t.db,
      () => home1().moveCertificate(certificateId, revoke, w.users.provinceAdmin.cookie),
      409,
    );
    expect(again.body.error.message).toContain('已撤销');
  });
});

describe('reads', () => {
  let lapsedId: string;
  let soonId: string;

  beforeAll(async () => {
    // Written straight to the database: one past its date but not yet swept, one expiring soon.
    const { e: lapsed } = await freshEnterprise('石城过期公司');
    const { e: soon } = await freshEnterprise('石城将到期公司');
    const cert = (enterpriseId: string, number: string, from: number, to: number) =>
      t.db
        .insertInto('standardization_certificate')
        .values({
          enterprise_id: enterpriseId,
          number,
          level: '三级',
          valid_from: chinaDay(from),
          valid_to: chinaDay(to),
          agency_id: w.agencies.city,
          state: 'active',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    lapsedId = (await cert(lapsed.id, '赣AQB过期0001', -1000, -2)).id;
    soonId = (await cert(soon.id, '赣AQB将到期0001', -1000, 30)).id;
  });

  it('treat a passed date as expired before the sweep, and the public never sees it', async () => {
    const list = expectStatus(
      await t.api.get('/v1/standardization/certificates?state=expired', w.users.homeAdmin.cookie),
      200,
    );
    expect(list.items.map((c: { id: string }) => c.id)).toContain(lapsedId);
    const found = await t.api.get(`/v1/public/standardization?q=${encodeURIComponent('石城过期')}`);
    expect(found.body.items).toEqual([]);
    const active = await t.api.get(
      `/v1/public/standardization?q=${encodeURIComponent('石城将到期')}`,
    );
    expect(Object.keys(active.body.items[0]).sort()).toEqual(
      [
        'agencyName',
        'creditCode',
        'enterpriseName',
        'holderListed',
        'level',
        'number',
        'revocationPending',
        'validFrom',
        'validTo',
      ].sort(),
    );
  });

  it('list certificates expiring within 90 days of the subtree, and nothing to a neighbour', async () => {
    const soon = expectStatus(
      await t.api.get(
        '/v1/standardization/certificates?expiringWithinDays=90',
        w.users.cityAdmin.cookie,
      ),
      200,
    );
    expect(soon.items.map((c: { id: string }) => c.id)).toEqual([soonId]);
    expect(soon.items[0].daysLeft).toBe(30);
    for (const path of ['/v1/standardization/certificates', '/v1/standardization/applications']) {
      const theirs = expectStatus(await t.api.get(path, w.users.neighbourAdmin.cookie), 200);
      expect(theirs.items).toEqual([]);
    }
  });

  it('list the applications a city grades (mine) and those of the subtree', async () => {
    const mine = expectStatus(
      await t.api.get('/v1/standardization/applications?mine=true', w.users.cityAdmin.cookie),
      200,
    );
    expect(mine.items.length).toBeGreaterThan(0);
    for (const a of mine.items) expect(a.authority.id).toBe(w.agencies.city);
    const county = expectStatus(
      await t.api.get('/v1/standardization/applications', w.users.homeInspector.cookie),
      200,
    );
    expect(county.items.map((a: { enterpriseId: string }) => a.enterpriseId)).toContain(
      w.enterprises.home1.id,
    );
    const paged = expectStatus(
      await t.api.get('/v1/standardization/applications?limit=1', w.users.cityAdmin.cookie),
      200,
    );
    expect(paged.items).toHaveLength(1);
    const next = expectStatus(
      await t.api.get(
        `/v1/standardization/applications?limit=1&cursor=${paged.nextCursor}`,
        w.users.cityAdmin.cookie,
      ),
      200,
    );
    expect(next.items[0].id).not.toBe(paged.items[0].id);
  });

  it('refuse other tenants, neighbours and roles', async () => {
    const path = `/v1/enterprises/${w.enterprises.home1.id}/standardization`;
    for (const user of [w.users.neighbour1Admin, w.users.neighbourAdmin, w.users.home2Admin])
      expect((await t.api.get(path, user.cookie)).status).toBe(404);
    expect((await t.api.get(path, w.users.homeInspector.cookie)).status).toBe(200);
    expect((await t.api.get(path)).status).toBe(401);
    for (const user of [w.users.home1Admin, w.users.platformAdmin])
      expect((await t.api.get('/v1/standardization/certificates', user.cookie)).status).toBe(403);
    for (const user of [w.users.home1Safety, w.users.homeAdmin, w.users.home1Worker]) {
      const body = await applyBody(w.enterprises.home1.id, w.users.home1Admin.userId);
      await expectRefusedWrite(t.db, () => home1().apply(body, user.cookie), 403);
    }
    const body = await applyBody(w.enterprises.home1.id, w.users.home1Admin.userId);
    await expectRefusedWrite(t.db, () => home1().apply(body, w.users.neighbour1Admin.cookie), 404);
    const q = await t.api.get('/v1/public/standardization?q=a');
    expect(q.status).toBe(422);
  });
});
