import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmMajor, expectStatus } from '../support/hazards.js';
import {
  PHOTO_METADATA,
  pngPhoto,
  pngWithText,
  REPORTER,
  tipoffApi,
  tipoffForm,
  verifyBody,
} from '../support/tipoffs.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';
import { readXlsx } from '../support/xlsx.js';

// 隐患举报 (docs/domain.md section 6): a citizen files with no account and follows the tip-off with a
// receipt code; the agency over the enterprise triages; a verified tip-off becomes a hazard the
// enterprise must handle — without ever learning who reported it.

let t: TestApp;
let w: World;
let tipoffs: ReturnType<typeof tipoffApi>;
let address = 0;
const LIMIT = 3;

/** Files as a fresh client address each time, so only the rate-limit test meets the limit. */
async function filed(form: FormData) {
  const reply = await tipoffs.file(form, { 'x-forwarded-for': `10.0.0.${++address}` });
  return expectStatus(reply, 201).receiptCode as string;
}
/** The tip-off behind a receipt code, found as the home agency's list shows it. */
async function idOf(enterpriseId: string) {
  const list = await t.api.get(
    `/v1/tipoffs?enterpriseId=${enterpriseId}`,
    w.users.homeAdmin.cookie,
  );
  return expectStatus(list, 200).items[0].id as string;
}

beforeAll(async () => {
  t = await setupTestApp({ tipoffLimitPerAddress: LIMIT });
  w = await makeWorld(t.db);
  tipoffs = tipoffApi(t.api);
});
afterAll(() => t.drop());

describe('a named tip-off end to end', () => {
  let code: string;
  let id: string;
  let hazardId: string;
  const e = () => w.enterprises.home1.id;

  it('is filed with a photo and answers a receipt code', async () => {
    code = await filed(tipoffForm(e(), {}, [pngWithText('李四海拍的.png')]));
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
    // The code is kept only as its hash.
    const row = await t.db.selectFrom('tipoff').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(code.replace(/-/g, ''));
    expect(row.receipt_hash).toMatch(/^[0-9a-f]{64}$/);
    id = row.id;
  });

  it('shows "received" to the code holder, typed in any case without dashes', async () => {
    const status = expectStatus(await tipoffs.status(code.replace(/-/g, '').toLowerCase()), 200);
    expect(status).toMatchObject({
      enterpriseName: '石城甲公司',
      state: 'received',
      stateLabel: '已受理',
      rejectReason: null,
      hazardStateLabel: null,
      reward: null,
    });
    expect(JSON.stringify(status)).not.toContain(REPORTER.phone);
    expect((await tipoffs.status('ABCD-EFGH-JKLM-NPQR')).status).toBe(404);
    expect((await tipoffs.status('nonsense')).status).toBe(404);
  });

  it('shows the agency the reporter, the contact and the photo (under a neutral name)', async () => {
    const detail = expectStatus(await tipoffs.detail(id, w.users.homeInspector.cookie), 200);
    expect(detail).toMatchObject({
      anonymous: false,
      reporterName: REPORTER.name,
      reporterPhone: REPORTER.phone,
      state: 'received',
    });
    expect(detail.photos).toHaveLength(1);
    expect(detail.photos[0].name).toBe('举报照片-1');
    const photo = await t.api.get(
      `/v1/tipoffs/${id}/photos/${detail.photos[0].id}`,
      w.users.homeInspector.cookie,
    );
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/png');
    // The agency gets the photo as sent.
    expect(photo.body.toString('latin1')).toContain(PHOTO_METADATA);
  });

  it('moves to under review, then verified: a hazard opens at the enterprise, source 举报, reported', async () => {
    expectStatus(await tipoffs.move(id, { action: 'review' }, w.users.homeInspector.cookie), 200);
    expect(expectStatus(await tipoffs.status(code), 200).stateLabel).toBe('核查中');
    const verified = expectStatus(
      await tipoffs.move(id, verifyBody({ attachPhotos: true }), w.users.homeInspector.cookie),
      200,
    );
    expect(verified.state).toBe('verified');
    hazardId = verified.hazardId;
    const hazard = expectStatus(
      await t.api.get(`/v1/enterprises/${e()}/hazards/${hazardId}`, w.users.home1Admin.cookie),
      200,
    );
    expect(hazard).toMatchObject({ source: '举报', state: 'reported', grade: null });
    expect(hazard.events[0].attachments).toEqual([{ name: '现场照片-1', ref: expect.any(String) }]);
    const copy = await t.api.get(
      `/v1/enterprises/${e()}/uploads/${hazard.events[0].attachments[0].ref}`,
      w.users.home1Admin.cookie,
    );
    expect(copy.status).toBe(200);
    // The enterprise's copy has the phone's metadata stripped.
    expect(copy.body.toString('latin1')).not.toContain(PHOTO_METADATA);
    expect(copy.body.toString('latin1')).toContain('IDAT');
    const status = expectStatus(await tipoffs.status(code), 200);
    expect(status).toMatchObject({ state: 'verified', hazardStateLabel: '已登记' });
  });

  it('follows the hazard: the enterprise confirms it and the reporter sees 整改中', async () => {
    const confirm = await t.api.post(
      `/v1/enterprises/${e()}/hazards/${hazardId}/moves`,
      confirmMajor({ responsibleUserId: w.users.home1Worker.userId }),
      w.users.home1Safety.cookie,
    );
    expectStatus(confirm, 200);
    expect(expectStatus(await tipoffs.status(code), 200).hazardStateLabel).toBe('整改中');
  });

  it('never shows the reporter, the contact or the receipt code on any enterprise-side route', async () => {
    const { home1Admin, home1Safety, home1Worker, home1Congress } = w.users;
    const base = `/v1/enterprises/${e()}`;
    const report = await t.db
      .selectFrom('report')
      .select('id')
      .where('hazard_id', '=', hazardId)
      .executeTakeFirstOrThrow();
    const reads: [string, string][] = [
      [`${base}/hazards`, home1Admin.cookie],
      [`${base}/hazards/${hazardId}`, home1Admin.cookie],
      [`${base}/hazards/${hazardId}`, home1Worker.cookie],
      [`${base}/hazards?source=举报`, home1Safety.cookie],
      [`${base}/hazard-ledger`, home1Admin.cookie],
      [`${base}/notice-board`, home1Congress.cookie],
      ['/v1/notifications', home1Admin.cookie],
      ['/v1/notifications', home1Safety.cookie],
      ['/v1/notifications', home1Worker.cookie],
      ['/v1/reports', home1Admin.cookie],
      [`${base}/reports/${report.id}`, home1Admin.cookie],
    ];
    const secrets = [REPORTER.name, REPORTER.phone, code, code.replace(/-/g, ''), '李四海'];
    for (const [path, cookie] of reads) {
      const reply = await t.api.get(path, cookie);
      expect(reply.status, path).toBe(200);
      const text = JSON.stringify(reply.body);
      if (path.includes('/hazards')) expect(text, path).toContain(hazardId);
      for (const secret of secrets) expect(text, `${path} shows ${secret}`).not.toContain(secret);
    }
    const xlsx = await t.api.get(`${base}/hazard-ledger.xlsx`, home1Admin.cookie);
    expect(xlsx.status).toBe(200);
    const sheet = (await readXlsx(xlsx.body)).flat().join('|');
    expect(sheet).toContain('举报');
    for (const secret of secrets) expect(sheet).not.toContain(secret);
  });

  it('records the fine, computes the reward (15%), shows it, and tracks it to paid', async () => {
    const fined = expectStatus(
      await tipoffs.move(id, { action: 'fine', fineYuan: '50000' }, w.users.homeAdmin.cookie),
      200,
    );
    expect(fined.reward).toMatchObject({
      fineYuan: '50000.00',
      rewardYuan: '7500.00',
      paidOn: null,
    });
    expect(expectStatus(await tipoffs.status(code), 200).reward).toEqual({
      amountYuan: '7500.00',
      paid: false,
      paidOn: null,
    });
    const paid = expectStatus(
      await tipoffs.move(id, { action: 'pay', paidOn: '2026-01-15' }, w.users.homeAdmin.cookie),
      200,
    );
    expect(paid.reward.paidOn).toBe('2026-01-15');
    expect(expectStatus(await tipoffs.status(code), 200).reward).toEqual({
      amountYuan: '7500.00',
      paid: true,
      paidOn: '2026-01-15',
    });
    // Paid is final: neither the fine nor the payment moves again.
    const again = await tipoffs.move(
      id,
      { action: 'fine', fineYuan: '1' },
      w.users.homeAdmin.cookie,
    );
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('当前状态为「已核实」（奖励已发放），只允许：无');
  });
});

describe('not substantiated', () => {
  it('shows the reason to the reporter, and is final', async () => {
    const code = await filed(tipoffForm(w.enterprises.home2.id, { anonymous: 'true' }));
    const id = await idOf(w.enterprises.home2.id);
    const reason = '现场核查：消防通道畅通，未发现所述情况';
    expectStatus(
      await tipoffs.move(id, { action: 'reject', reason }, w.users.homeAdmin.cookie),
      200,
    );
    expect(expectStatus(await tipoffs.status(code), 200)).toMatchObject({
      state: 'unsubstantiated',
      stateLabel: '不属实',
      rejectReason: reason,
      hazardStateLabel: null,
    });
    const verify = await tipoffs.move(id, verifyBody(), w.users.homeAdmin.cookie);
    expect(verify.status).toBe(409);
    expect(verify.body.error.message).toBe('当前状态为「不属实」，只允许：无');
    const fine = await tipoffs.move(
      id,
      { action: 'fine', fineYuan: '100' },
      w.users.homeAdmin.cookie,
    );
    expect(fine.status).toBe(409);
    expect(
      await t.db
        .selectFrom('hazard')
        .select('id')
        .where('enterprise_id', '=', w.enterprises.home2.id)
        .execute(),
    ).toEqual([]);
  });
});

describe('an anonymous tip-off', () => {
  it('keeps nothing identifying, and pays its reward only against the receipt code', async () => {
    const e = w.enterprises.neighbour1.id;
    const code = await filed(
      tipoffForm(e, { anonymous: 'true', reporterName: '不该保存', reporterPhone: '13800000000' }),
    );
    const row = await t.db
      .selectFrom('tipoff')
      .select(['id', 'reporter_name', 'reporter_phone'])
      .where('enterprise_id', '=', e)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ reporter_name: null, reporter_phone: null });
    const admin = w.users.neighbourAdmin.cookie;
    expect(expectStatus(await tipoffs.detail(row.id, admin), 200).anonymous).toBe(true);
    expectStatus(await tipoffs.move(row.id, verifyBody(), admin), 200);
    expectStatus(await tipoffs.move(row.id, { action: 'fine', fineYuan: '1000' }, admin), 200);
    const without = await tipoffs.move(row.id, { action: 'pay', paidOn: '2026-01-15' }, admin);
    expect(without.status).toBe(422);
    expect(without.body.error.issues[0].path).toBe('receiptCode');
    const wrong = await tipoffs.move(
      row.id,
      { action: 'pay', paidOn: '2026-01-15', receiptCode: 'ABCD-EFGH-JKLM-NPQR' },
      admin,
    );
    expect(wrong.status).toBe(422);
    const paid = await tipoffs.move(
      row.id,
      { action: 'pay', paidOn: '2026-01-15', receiptCode: code.toLowerCase() },
      admin,
    );
    expect(expectStatus(paid, 200).reward).toMatchObject({
      rewardYuan: '3000.00',
      paidOn: '2026-01-15',
    });
  });
});

describe('a verification that would expose the reporter', () => {
  it('refuses a description, place or attachment naming the reporter, their phone or receipt code', async () => {
    const e = w.enterprises.home2.id;
    const code = await filed(tipoffForm(e));
    const id = await idOf(e);
    const inspector = w.users.homeInspector.cookie;
    const before = await t.db.selectFrom('hazard').select('id').execute();
    const refused: [Record<string, unknown>, string, string][] = [
      [{ description: `${REPORTER.name}反映消防通道堵塞` }, 'description', '举报人姓名'],
      [{ description: '举报人电话 139 1234-5678，通道堵塞' }, 'description', '举报人联系电话'],
      [
        { location: `查询码${code.replace(/-/g, '').toLowerCase()}所指仓库` },
        'location',
        '举报查询码',
      ],
    ];
    for (const [over, path, what] of refused) {
      const reply = await tipoffs.move(id, verifyBody({ attachPhotos: true, ...over }), inspector);
      expect(reply.status, JSON.stringify(reply.body)).toBe(422);
      expect(reply.body.error.issues[0].path).toBe(path);
      expect(reply.body.error.message).toContain(what);
    }
    // Nothing was written: no hazard, the tip-off still waits.
    expect(await t.db.selectFrom('hazard').select('id').execute()).toEqual(before);
    expect(expectStatus(await tipoffs.detail(id, inspector), 200).state).toBe('received');
    const verified = await tipoffs.move(id, verifyBody({ attachPhotos: true }), inspector);
    expect(expectStatus(verified, 200).state).toBe('verified');
  });

  it('never passes the name a reporter gave a photo on to the enterprise', async () => {
    // A photo named after the reporter is kept under a plain name when filed and copied to the
    // enterprise under another (现场照片-n), so the hazard's attachments carry nothing of the
    // reporter (verify also refuses an attachment name that would: the description's check).
    const e = w.enterprises.home2.id;
    await filed(tipoffForm(e, {}, [pngPhoto(`${REPORTER.name}${REPORTER.phone}.png`)]));
    const id = await idOf(e);
    const inspector = w.users.homeInspector.cookie;
    const tip = expectStatus(await tipoffs.detail(id, inspector), 200);
    expect(tip.photos.map((p: { name: string }) => p.name)).toEqual(['举报照片-1']);
    const verified = expectStatus(
      await tipoffs.move(id, verifyBody({ attachPhotos: true }), inspector),
      200,
    );
    const hazard = expectStatus(
      await t.api.get(
        `/v1/enterprises/${e}/hazards/${verified.hazardId}`,
        w.users.home2Admin.cookie,
      ),
      200,
    );
    const names = JSON.stringify(
      hazard.events.map((ev: { attachments: unknown }) => ev.attachments),
    );
    expect(names).toContain('现场照片-1');
    expect(names).not.toContain(REPORTER.name);
    expect(names).not.toContain(REPORTER.phone);
  });

  it('finds an anonymous reporter’s receipt code too', async () => {
    const e = w.enterprises.home2.id;
    const code = await filed(tipoffForm(e, { anonymous: 'true' }));
    const id = await idOf(e);
    const reply = await tipoffs.move(
      id,
      verifyBody({ description: `凭 ${code} 核实：消防通道堵塞` }),
      w.users.homeAdmin.cookie,
    );
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues[0].path).toBe('description');
  });
});

describe('reward bounds (15% of the fine, ¥3,000 to ¥300,000)', () => {
  const cases: [string, string][] = [
    ['1000', '3000.00'], // 150 → the minimum
    ['19999.99', '3000.00'], // 2,999.9985 → the minimum
    ['20000', '3000.00'], // exactly the minimum
    ['20000.07', '3000.01'], // 3,000.0105 → rounded to the fen
    ['123456.78', '18518.52'], // 15%
    ['2000000', '300000.00'], // exactly the maximum
    ['2000000.07', '300000.00'], // just above
    ['9000000', '300000.00'], // far above → the maximum
  ];
  it.each(cases)('a fine of ¥%s rewards ¥%s', async (fineYuan, rewardYuan) => {
    await filed(tipoffForm(w.enterprises.home1.id));
    const id = await idOf(w.enterprises.home1.id);
    expectStatus(await tipoffs.move(id, verifyBody(), w.users.homeAdmin.cookie), 200);
    const fined = await tipoffs.move(id, { action: 'fine', fineYuan }, w.users.homeAdmin.cookie);
    expect(expectStatus(fined, 200).reward.rewardYuan).toBe(rewardYuan);
  });

  it('takes the rate and bounds from the jurisdiction settings', async () => {
    await t.api.put(
      '/v1/jurisdictions/360735/settings',
      { tipoffReward: { rate: 0.1, min: 500, max: 1000 } },
      w.users.homeAdmin.cookie,
    );
    await filed(tipoffForm(w.enterprises.home1.id));
    const id = await idOf(w.enterprises.home1.id);
    expectStatus(await tipoffs.move(id, verifyBody(), w.users.homeAdmin.cookie), 200);
    const fined = await tipoffs.move(
      id,
      { action: 'fine', fineYuan: '8000' },
      w.users.homeAdmin.cookie,
    );
    expect(expectStatus(fined, 200).reward.rewardYuan).toBe('800.00');
    await t.api.put(
      '/v1/jurisdictions/360735/settings',
      { tipoffReward: null },
      w.users.homeAdmin.cookie,
    );
  });

  it('refuses a fine of zero, a malformed amount, and a fine before verification', async () => {
    await filed(tipoffForm(w.enterprises.home1.id));
    const id = await idOf(w.enterprises.home1.id);
    const early = await tipoffs.move(
      id,
      { action: 'fine', fineYuan: '100' },
      w.users.homeAdmin.cookie,
    );
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe(
      '当前状态为「已受理」，只允许：开始核查、认定不属实、核实并生成隐患',
    );
    expectStatus(await tipoffs.move(id, verifyBody(), w.users.homeAdmin.cookie), 200);
    for (const fineYuan of ['0', '0.00', '12.345', '-5', 'abc']) {
      const reply = await tipoffs.move(id, { action: 'fine', fineYuan }, w.users.homeAdmin.cookie);
      expect(reply.status, fineYuan).toBe(422);
      expect(reply.body.error.issues[0].path).toBe('fineYuan');
    }
  });
});

describe('bad input', () => {
  it('answers 422 naming each field, and writes nothing', async () => {
    const cases: [Record<string, string | undefined>, string][] = [
      [{ reporterName: undefined }, 'reporterName'],
      [{ reporterPhone: '12345' }, 'reporterPhone'],
      [{ reporterPhone: undefined }, 'reporterPhone'],
      [{ description: '   ' }, 'description'],
      [{ kind: 'rumour' }, 'kind'],
      [{ enterpriseId: 'not-a-uuid' }, 'enterpriseId'],
      [{ enterpriseId: '00000000-0000-4000-8000-000000000000' }, 'enterpriseId'],
    ];
    const before = await t.db.selectFrom('tipoff').select('id').execute();
    const photosBefore = await t.db.selectFrom('tipoff_photo').select('id').execute();
    for (const [over, field] of cases) {
      const reply = await tipoffs.file(tipoffForm(w.enterprises.home1.id, over), {
        'x-forwarded-for': `10.1.0.${++address}`,
      });
      expect(reply.status, field).toBe(422);
      expect(reply.body.error.issues.map((i: { path: string }) => i.path)).toContain(field);
    }
    const notAPhoto = new File([new TextEncoder().encode('<script>')], 'x.png');
    const reply = await tipoffs.file(
      tipoffForm(w.enterprises.home1.id, {}, [pngPhoto(), notAPhoto]),
      {
        'x-forwarded-for': '10.1.1.1',
      },
    );
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues[0].path).toBe('photos.1');
    const four = [pngPhoto(), pngPhoto(), pngPhoto(), pngPhoto()];
    const tooMany = await tipoffs.file(tipoffForm(w.enterprises.home1.id, {}, four), {
      'x-forwarded-for': '10.1.1.2',
    });
    expect(tooMany.status).toBe(422);
    expect(await t.db.selectFrom('tipoff').select('id').execute()).toEqual(before);
    expect(await t.db.selectFrom('tipoff_photo').select('id').execute()).toEqual(photosBefore);
  });

  it('refuses a reject without a reason and a verify without kind or category', async () => {
    await filed(tipoffForm(w.enterprises.home1.id));
    const id = await idOf(w.enterprises.home1.id);
    const reject = await tipoffs.move(id, { action: 'reject' }, w.users.homeAdmin.cookie);
    expect(reject.status).toBe(422);
    expect(reject.body.error.message).toContain('「理由」');
    const verify = await tipoffs.move(
      id,
      verifyBody({ kind: undefined }),
      w.users.homeAdmin.cookie,
    );
    expect(verify.status).toBe(422);
    expect(verify.body.error.message).toContain('「类型」');
  });
});

describe('rate limit', () => {
  it(`answers 429 with Retry-After after ${LIMIT} filings from one address`, async () => {
    const headers = { 'x-forwarded-for': '192.0.2.7' };
    for (let i = 0; i < LIMIT; i++) {
      expect((await tipoffs.file(tipoffForm(w.enterprises.far1.id), headers)).status).toBe(201);
    }
    const refused = await tipoffs.file(tipoffForm(w.enterprises.far1.id), headers);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address is not held back.
    const other = await tipoffs.file(tipoffForm(w.enterprises.far1.id), {
      'x-forwarded-for': '192.0.2.8',
    });
    expect(other.status).toBe(201);
  });
});

describe('the public enterprise search', () => {
  it('answers id, name and jurisdiction only, by name, credit code or board token', async () => {
    const byName = expectStatus(await t.api.get('/v1/public/enterprises?q=石城甲'), 200);
    expect(byName.items).toEqual([
      { id: w.enterprises.home1.id, name: '石城甲公司', jurisdictionName: '石城县' },
    ]);
    const byCode = expectStatus(
      await t.api.get(`/v1/public/enterprises?q=${w.enterprises.far1.creditCode}`),
      200,
    );
    expect(byCode.items.map((i: { id: string }) => i.id)).toEqual([w.enterprises.far1.id]);
    const position = await t.db
      .insertInto('position')
      .values({ enterprise_id: w.enterprises.home2.id, name: '叉车司机', archived_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const link = await t.api.post(
      `/v1/enterprises/${w.enterprises.home2.id}/positions/${position.id}/board-link`,
      undefined,
      w.users.home2Admin.cookie,
    );
    const byBoard = expectStatus(
      await t.api.get(`/v1/public/enterprises?board=${expectStatus(link, 201).token}`),
      200,
    );
    expect(byBoard.items.map((i: { id: string }) => i.id)).toEqual([w.enterprises.home2.id]);
    expect((await t.api.get('/v1/public/enterprises?q=石')).status).toBe(422);
    expect((await t.api.get('/v1/public/enterprises')).status).toBe(422);
  });
});

describe('authorization of triage', () => {
  let id: string;
  beforeAll(async () => {
    await filed(tipoffForm(w.enterprises.home1.id));
    id = await idOf(w.enterprises.home1.id);
  });

  it("hides home's tip-offs from the neighbouring county's and another province's agency", async () => {
    for (const user of [w.users.neighbourAdmin, w.users.farAdmin]) {
      expect((await tipoffs.detail(id, user.cookie)).status).toBe(404);
      expect((await tipoffs.move(id, { action: 'review' }, user.cookie)).status).toBe(404);
      const list = expectStatus(await t.api.get('/v1/tipoffs', user.cookie), 200);
      expect(list.items.map((i: { id: string }) => i.id)).not.toContain(id);
    }
    // The city above sees it.
    expect((await tipoffs.detail(id, w.users.cityAdmin.cookie)).status).toBe(200);
  });

  it('refuses every enterprise role and the platform admin (403), and anonymous callers (401)', async () => {
    const { home1Admin, home1Safety, home1Worker, home1Congress, platformAdmin } = w.users;
    for (const user of [home1Admin, home1Safety, home1Worker, home1Congress, platformAdmin]) {
      expect((await t.api.get('/v1/tipoffs', user.cookie)).status).toBe(403);
      expect((await tipoffs.detail(id, user.cookie)).status).toBe(403);
      expect((await tipoffs.move(id, { action: 'review' }, user.cookie)).status).toBe(403);
    }
    expect((await t.api.get('/v1/tipoffs')).status).toBe(401);
    const row = await t.db
      .selectFrom('tipoff')
      .select('state')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('received');
  });
});
