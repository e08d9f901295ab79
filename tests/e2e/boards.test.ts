import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';

// 一牌 in the browser: a safety manager publishes a position's board and prints it; anyone with a
// phone opens its QR code without an account; reissuing cuts off the old code; regulators read
// only their own jurisdiction and workers cannot publish.

const ENTERPRISE = '石城县琴江矿业有限公司';
// The demo register puts 破碎工岗 in the jaw crusher unit: a mechanical-injury event (LEC
// 3 × 6 × 15 = 270, orange) and a dust event (LS 3 × 3 = 9, yellow), so its board is orange.
const POSITION = '破碎工岗';
const OTHER_POSITION = '排水泵工岗';
const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));

const app = useAppInBrowser();
const { open, logIn, newPage, pageErrors } = app;

/** Accepts every confirm() and keeps its text, to check what the user was warned of. */
function acceptDialogs(page: Page) {
  const messages: string[] = [];
  page.on('dialog', (dialog) => {
    messages.push(dialog.message());
    void dialog.accept();
  });
  return messages;
}

const card = (page: Page, name: string) =>
  page.locator(`[data-testid="position-card"][data-name="${name}"]`);

/** A visitor with no session, on a phone. */
const visitor = () => newPage({ viewport: { width: 390, height: 844 } });

/** The crusher position's board page, found by the first test and opened by the readers. */
let boardPath = '';

describe('position boards (一牌)', () => {
  it('lets the safety manager publish a board, print it, reissue and revoke its link', async () => {
    const manager = await logIn('13800000012');
    const warnings = acceptDialogs(manager);
    await open(manager, '/risk/boards');
    const crusher = card(manager, POSITION);
    expect(await crusher.getAttribute('data-grade')).toBe('orange');
    expect(await crusher.getByTestId('position-units').innerText()).toContain('颚式破碎机工段');
    // The demo publishes every board of this enterprise (its 一牌 is complete).
    const status = crusher.getByTestId('position-published');
    expect(await status.getAttribute('data-published')).toBe('true');
    // The enterprise's people are listed to its managers (GET …/people): the form offers them.
    expect(await manager.getByTestId('workers-unavailable').count()).toBe(0);
    expect(await manager.getByTestId('position-worker-choice').count()).toBeGreaterThan(0);

    await crusher.getByTestId('position-board-link').click();
    await manager.waitForURL(/\/risk\/boards\/[0-9a-f-]{36}$/);
    boardPath = new URL(manager.url()).pathname;
    await manager.waitForLoadState('networkidle');
    // Start from no link: the demo's code is revoked, then a new one published.
    await manager.getByTestId('board-revoke').click();
    await manager.getByTestId('board-no-link').waitFor();
    await manager.getByTestId('board-publish').click();
    const qr = manager.getByTestId('board-qr');
    await qr.waitFor();
    const firstUrl = (await qr.getAttribute('data-url')) ?? '';
    expect(firstUrl).toMatch(new RegExp(`^${app.server.url}/b/[a-z0-9]{24}$`));
    expect(await qr.locator('svg path').count()).toBeGreaterThan(0);

    // The board's fields, from the register as it is.
    const sheet = manager.getByTestId('board-sheet');
    expect(await sheet.getAttribute('data-grade')).toBe('orange');
    expect(await manager.getByTestId('board-position-name').innerText()).toBe(POSITION);
    expect(await manager.getByTestId('board-grade').innerText()).toContain('橙');
    expect(await manager.getByTestId('board-risk-row').count()).toBe(2);
    expect(await manager.getByTestId('board-measures').innerText()).toContain('进料口设防护罩');
    expect(await manager.getByTestId('board-emergency').innerText()).toContain('立即按下急停');
    expect(await manager.getByTestId('board-phones').innerText()).toContain('0797-5712350');
    expect(await manager.getByTestId('board-responsible').innerText()).toContain('陈志强');
    const barColour = await manager
      .getByTestId('board-title')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(barColour).toBe('rgb(247, 147, 30)');

    // Printed: the sheet alone, without the buttons; the picture is kept for a human to look at,
    // in a viewport as wide as A4 less its margins (190 mm at 96 px per inch).
    await manager.setViewportSize({ width: 718, height: 1047 });
    await manager.emulateMedia({ media: 'print' });
    expect(await manager.getByTestId('board-actions').isVisible()).toBe(false);
    expect(await manager.getByTestId('risk-nav').isVisible()).toBe(false);
    expect(await qr.isVisible()).toBe(true);
    await mkdir(ARTIFACTS, { recursive: true });
    await manager.screenshot({ path: `${ARTIFACTS}board-print.png`, fullPage: true });
    // One portrait A4 page (595 × 842 pt): the map's landscape @page does not reach the sheet.
    const pdf = (await manager.pdf({ preferCSSPageSize: true })).toString('latin1');
    const pages = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
    expect(pages.map(([, w, h]) => [Math.round(Number(w)), Math.round(Number(h))])).toEqual([
      [595, 842],
    ]);
    await manager.emulateMedia({ media: 'screen' });
    await manager.setViewportSize({ width: 1280, height: 900 });

    // A phone with no session opens the QR code's page: the board, nothing else.
    const phone = await visitor();
    expect((await open(phone, firstUrl))?.status()).toBe(200);
    expect(await phone.getByTestId('public-position-name').innerText()).toBe(POSITION);
    expect(await phone.getByTestId('public-measures').innerText()).toContain('进料口设防护罩');
    expect(await phone.getByTestId('public-risk').count()).toBe(2);
    expect(await phone.getByTestId('public-phone').first().getAttribute('href')).toBe(
      'tel:07975712350',
    );
    const publicText = await phone.locator('body').innerText();
    // The rulebook's public board: its enterprise, the grade, the open hazards and the last
    // check (the demo checks this position's measures daily), in China time.
    expect(await phone.getByTestId('public-enterprise').innerText()).toBe(ENTERPRISE);
    expect(await phone.getByTestId('public-grade').innerText()).toContain('橙');
    expect(await phone.getByTestId('public-open-hazards').innerText()).toMatch(
      /未销号隐患：\d+ 项/,
    );
    expect(await phone.getByTestId('public-last-check').innerText()).toMatch(
      /最近一次排查：\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d\d$/,
    );
    expect(publicText).not.toContain(OTHER_POSITION);
    expect(publicText).not.toContain('有限空间');
    expect(await phone.locator('.topbar, .menu').count()).toBe(0);
    await phone.screenshot({ path: `${ARTIFACTS}board-public.png`, fullPage: true });

    // Reissued: the posted code stops working, the new one works.
    await manager.getByTestId('board-reissue').click();
    await expect.poll(() => qr.getAttribute('data-url')).not.toBe(firstUrl);
    expect(warnings.at(-1)).toContain('旧二维码将立即失效');
    const secondUrl = (await qr.getAttribute('data-url')) ?? '';
    expect((await open(phone, firstUrl))?.status()).toBe(404);
    expect((await open(phone, secondUrl))?.status()).toBe(200);
    expect(await phone.getByTestId('public-position-name').innerText()).toBe(POSITION);

    // Revoked: no code works, and the board says so instead of showing one.
    await manager.getByTestId('board-revoke').click();
    await manager.getByTestId('board-no-link').waitFor();
    expect((await open(phone, secondUrl))?.status()).toBe(404);
    expect((await open(phone, `${app.server.url}/b/not-a-token`))?.status()).toBe(404);

    // Published again for the readers below; the list shows it.
    await manager.getByTestId('board-publish').click();
    await qr.waitFor();
    await open(manager, '/risk/boards');
    expect(await status.getAttribute('data-published')).toBe('true');
    await phone.context().close();
    await manager.context().close();
  });

  it('lets the safety manager create, rename and archive a position', async () => {
    const manager = await logIn('13800000012');
    acceptDialogs(manager);
    await open(manager, '/risk/boards');
    const add = manager.getByTestId('add-position');
    await add.locator('summary').click();
    await add.getByTestId('position-name-input').fill('装载工岗');
    await add.getByTestId('position-unit-choice').first().check();
    await add.getByTestId('position-submit').click();
    const loader = card(manager, '装载工岗');
    await loader.waitFor();
    expect(await loader.getByTestId('position-units').innerText()).toContain('颚式破碎机工段');
    expect(await loader.getAttribute('data-grade')).toBe('orange');

    await loader.getByTestId('position-edit').click();
    await loader.getByTestId('position-name-input').fill('装载工岗（白班）');
    await loader.getByTestId('position-submit').click();
    const renamed = card(manager, '装载工岗（白班）');
    await renamed.waitFor();
    // Saving without a worker picker left the units as chosen.
    expect(await renamed.getByTestId('position-units').innerText()).toContain('颚式破碎机工段');

    await renamed.getByTestId('position-archive').click();
    await renamed.waitFor({ state: 'detached' });
    expect(await card(manager, POSITION).count()).toBe(1);
    await manager.context().close();
  });

  it('lets the enterprise admin name the workers of a position', async () => {
    const admin = await logIn('13800000011');
    await open(admin, '/risk/boards');
    const crusher = card(admin, POSITION);
    await crusher.getByTestId('position-edit').click();
    await crusher.locator('label', { hasText: '琴江矿业岗位员工' }).locator('input').check();
    await crusher.getByTestId('position-submit').click();
    await expect
      .poll(() => crusher.getByTestId('position-workers').innerText())
      .toContain('琴江矿业岗位员工');
    await admin.context().close();
  });

  it('lets the county regulator read the boards, and refuses the neighbouring city', async () => {
    const county = await logIn('13800000001');
    await open(county, '/registry');
    await county.getByRole('link', { name: ENTERPRISE }).click();
    await county.waitForURL(/\/registry\/[0-9a-f-]{36}$/);
    const enterpriseId = new URL(county.url()).pathname.split('/').at(-1) ?? '';
    const query = `?enterprise=${enterpriseId}`;
    await open(county, `/risk/boards${query}`);
    expect(await card(county, POSITION).count()).toBe(1);
    expect(await county.getByTestId('add-position').count()).toBe(0);
    expect(await county.getByTestId('position-edit').count()).toBe(0);
    await card(county, POSITION).getByTestId('position-board-link').click();
    await county.getByTestId('board-sheet').waitFor();
    expect(new URL(county.url()).search).toBe(query);
    expect(await county.getByTestId('board-qr').count()).toBe(1);
    expect(await county.getByTestId('board-actions').count()).toBe(0);
    await county.context().close();

    const city = await logIn('13800000003');
    for (const path of [`/risk/boards${query}`, `${boardPath}${query}`]) {
      const response = await open(city, path);
      expect([403, 404]).toContain(response?.status());
      expect(await city.getByTestId('position-card').count()).toBe(0);
      expect(await city.getByTestId('board-sheet').count()).toBe(0);
    }
    await city.context().close();
  });

  it('shows a worker the boards without publish or revoke buttons', async () => {
    const worker = await logIn('13800000013');
    await open(worker, '/risk/boards');
    expect(await card(worker, POSITION).count()).toBe(1);
    expect(await worker.getByTestId('add-position').count()).toBe(0);
    await open(worker, boardPath);
    await worker.getByTestId('board-sheet').waitFor();
    expect(await worker.getByTestId('board-publish').count()).toBe(0);
    expect(await worker.getByTestId('board-reissue').count()).toBe(0);
    expect(await worker.getByTestId('board-revoke').count()).toBe(0);
    await worker.context().close();
  });

  it('raised no script errors in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
