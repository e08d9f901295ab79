import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useAppInBrowser } from '../support/e2e.js';
import { confirmMajor, hazardBody } from '../support/hazards.js';

// The workers' congress in the browser: a 重大隐患 is confirmed and its report submitted
// through the API; the congress rep logs in, reads the report's three sections, signs for it, and
// opens the notice board — which shows the hazard and never who reported it.

const app = useAppInBrowser();
const { open, logIn, pageErrors } = app;

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

describe('a congress rep', () => {
  it('reads the submitted major-hazard report, signs for it, and opens the notice board', async () => {
    const safety = await apiAs('13800000012');
    const e = `/enterprises/${safety.enterpriseId}`;
    const description = `尾矿库排洪井堵塞${Date.now()}`;
    const hazard = await safety.call('POST', `${e}/hazards`, hazardBody({ description }));
    await safety.call(
      'POST',
      `${e}/hazards/${hazard.id}/moves`,
      confirmMajor({ currentSituation: '排洪井被杂物堵塞，汛期前未清理' }),
    );
    const admin = await apiAs('13800000011');
    const drafts = await admin.call('GET', '/reports?state=draft&kind=major_initial');
    const report = drafts.items.find((r: any) => r.hazardId === hazard.id);
    const submitted = await admin.call('POST', `${e}/reports/${report.id}/submit`);

    const rep = await logIn('13800000014');
    await open(rep, '/reports');
    const row = rep
      .getByTestId('report-row')
      .filter({ has: rep.locator(`a[href$="${report.id}"]`) });
    expect(await row.innerText()).toContain('待签收');
    await row.getByRole('link').click();
    await rep.waitForURL(`**/reports/${safety.enterpriseId}/${report.id}`);
    await rep.waitForLoadState('networkidle');

    expect(await rep.getByTestId('section-currentSituation').innerText()).toContain(
      '排洪井被杂物堵塞，汛期前未清理',
    );
    expect(await rep.getByTestId('section-harmAnalysis').innerText()).toContain('可能引发粉尘爆炸');
    expect(await rep.getByTestId('section-treatmentPlan').innerText()).toContain('治理目标');
    expect(await rep.getByTestId('report-hash').innerText()).toBe(submitted.contentHash);

    await rep.getByTestId('acknowledge').click();
    await expect
      .poll(() => rep.getByTestId('acknowledgements').innerText())
      .toContain('职代会：琴江矿业职代会代表');
    expect(await rep.getByTestId('acknowledge').count()).toBe(0);

    await open(rep, '/notice-board');
    const board = await rep.getByTestId('notice-board').innerText();
    expect(board).toContain(description);
    expect(board).toContain('重大');
    expect(board).toContain('整改中');
    expect(board).not.toContain('琴江矿业安全管理员');
    // Its dates are days: no clock time on a board posted for workers.
    expect(board).not.toMatch(/\d{1,2}:\d{2}/);
    expect(pageErrors).toEqual([]);
  });

  it('reads the progress report the 主要负责人 drafts from the hazard page and submits', async () => {
    const admin = await logIn('13800000011');
    await open(admin, `/hazards?grade=${encodeURIComponent('重大')}&state=rectifying`);
    await admin.getByRole('link', { name: /炸药库周边防火隔离带/ }).click();
    await admin.getByTestId('draft-progress').click();
    await admin.waitForURL(/\/reports\/[^/]+\/[^/]+$/);
    expect(await admin.getByTestId('report-state').innerText()).toBe('草稿');
    // Submitting asks for confirmation: it sends to both recipients and cannot be undone.
    admin.once('dialog', (dialog) => void dialog.accept());
    await admin.getByTestId('submit-report').click();
    await expect.poll(() => admin.getByTestId('report-state').innerText()).toBe('已报送');
    const hash = await admin.getByTestId('report-hash').innerText();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);

    const rep = await logIn('13800000014');
    await open(rep, new URL(admin.url()).pathname);
    expect(await rep.getByTestId('report-hash').innerText()).toBe(hash);
    expect(await rep.getByTestId('section-currentSituation').innerText()).toContain('防火隔离带');
    expect(pageErrors).toEqual([]);
  });
});
