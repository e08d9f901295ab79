import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useAppInBrowser } from '../support/e2e.js';
import { confirmMajor, hazardBody } from '../support/hazards.js';

// 挂牌督办 in the browser: a 重大隐患 is registered and confirmed through the API;
// the county inspector opens it, lists it for supervision from the hazard page (a missing number
// is named on its field first), finds it in the supervision list, and an anonymous visitor sees
// it on the agency's public page.

const app = useAppInBrowser();
const { open, logIn, newPage, pageErrors } = app;

const SAFETY_MANAGER = '13800000012'; // 琴江矿业安全管理员
const INSPECTOR = '13800000002'; // 石城县执法人员

/** A session of a demo account against the running app, for seeding through the API. */
async function apiAs(phone: string) {
  const base = app.server.url;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { origin: base, 'content-type': 'application/json' },
    body: JSON.stringify({ login: phone, password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const me = await login.json();
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { origin: base, cookie, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    expect(res.status, JSON.stringify(json)).toBeLessThan(300);
    return json;
  };
  return { enterpriseId: me.membership.enterpriseId as string, call };
}

const inDays = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

describe('挂牌督办', () => {
  it('a county inspector lists a major hazard from its page; the public page shows it', async () => {
    const safety = await apiAs(SAFETY_MANAGER);
    const e = `/enterprises/${safety.enterpriseId}`;
    const description = `尾矿库排洪井堵塞 ${Date.now()}`;
    const hazard = await safety.call('POST', `${e}/hazards`, hazardBody({ description }));
    await safety.call('POST', `${e}/hazards/${hazard.id}/moves`, confirmMajor());

    const page = await logIn(INSPECTOR);
    await open(page, `/hazards/${hazard.id}?enterprise=${safety.enterpriseId}`);
    await page.getByTestId('hazard-title').filter({ hasText: description }).waitFor();
    expect(await page.getByTestId('supervision').count()).toBe(0);
    const form = page.getByTestId('supervise-form');

    // Without a number the API's 422 shows on that field, and the rest is kept.
    await form.locator('[name="deadline"]').fill(inDays(15));
    await form.locator('[name="requirements"]').fill('立即清理排洪井，每周报送进展');
    await form.getByTestId('supervise').click();
    await expect.poll(() => form.locator('#supervision-number-error').count()).toBe(1);
    expect(await form.locator('[name="requirements"]').inputValue()).toBe(
      '立即清理排洪井，每周报送进展',
    );

    const number = `石应急督〔2026〕E${Date.now() % 100000}号`;
    await form.locator('[name="number"]').fill(number);
    await form.locator('[name="deadline"]').fill(inDays(15));
    await form.getByTestId('supervise').click();
    const box = page.getByTestId('supervision');
    await box.waitFor();
    expect(await page.getByTestId('supervision-number').innerText()).toBe(number);
    expect(await box.innerText()).toContain('石城县应急管理局');
    expect(await box.innerText()).toContain('立即清理排洪井，每周报送进展');
    expect(await page.getByTestId('supervise-form').count()).toBe(0);
    const agencyHref = await box
      .getByRole('link', { name: '石城县应急管理局' })
      .getAttribute('href');

    // The supervision list of the agency has it, with the hazard's state.
    await open(page, '/supervisions');
    const row = page.getByTestId('supervision-row').filter({ hasText: number });
    expect(await row.innerText()).toContain('石城县琴江矿业有限公司');
    expect(await row.innerText()).toContain('整改中');

    // The enterprise sees it on its hazard.
    const manager = await logIn(SAFETY_MANAGER);
    await open(manager, `/hazards/${hazard.id}`);
    expect(await manager.getByTestId('supervision-number').innerText()).toBe(number);
    expect(await manager.getByTestId('supervise-form').count()).toBe(0);

    // Anyone, without logging in, reads it on the agency's public page.
    const visitor = await newPage();
    await open(visitor, agencyHref!);
    expect(await visitor.getByTestId('agency-name').innerText()).toContain('石城县应急管理局');
    const published = visitor.getByTestId('public-supervision-row').filter({ hasText: number });
    const text = await published.innerText();
    expect(text).toContain('石城县琴江矿业有限公司');
    expect(text).toContain('尾矿库排洪井堵塞');
    expect(text).not.toContain('石城县执法人员');
    expect(pageErrors).toEqual([]);
  });
});
