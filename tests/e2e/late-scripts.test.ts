import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useAppInBrowser } from '../support/e2e.js';
import { makePng } from '../support/images.js';
import { openWithLateScripts } from '../support/late-scripts.js';

// Forms that never lose a word: on a mine site's weak signal the page's scripts arrive seconds
// after its HTML, and a worker has already typed. What they typed must survive hydration, and
// every one of these forms must also work with no JavaScript at all.

// Scripts from a service worker's cache would not be held back (support/late-scripts.ts).
const app = useAppInBrowser({ serviceWorkers: 'block' });
const { logIn, newPage, pageErrors } = app;
afterAll(() => expect(pageErrors).toEqual([]));

const WORKER = '13800000013';
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const photo = { name: '现场.png', mimeType: 'image/png', buffer: makePng(8, 8) };

/** Opens a path of the app with its scripts held back (support/late-scripts.ts). */
const openLate = (page: Page, path: string) =>
  openWithLateScripts(page, new URL(path, app.server.url).href);

/** A page with no JavaScript: the forms post as plain HTML forms. */
const withoutScripts = (options = {}) =>
  newPage({ ...phone, ...options, javaScriptEnabled: false });

async function logInWithoutScripts(page: Page) {
  await page.goto(new URL('/login', app.server.url).href);
  await page.getByTestId('login-input').fill(WORKER);
  await page.getByTestId('password-input').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('login', () => {
  it('keeps what was typed before the scripts arrived', async () => {
    const page = await newPage(phone);
    const late = await openLate(page, '/login');
    await page.getByTestId('login-input').fill(WORKER);
    await page.getByTestId('password-input').fill(DEMO_PASSWORD);
    expect(late.served()).toBe(0);

    await late.hydrated();
    expect(await page.getByTestId('login-input').inputValue()).toBe(WORKER);
    expect(await page.getByTestId('password-input').inputValue()).toBe(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('logout').waitFor();
  });

  it('logs in without JavaScript', async () => {
    const page = await withoutScripts();
    await logInWithoutScripts(page);
    await page.getByTestId('logout').waitFor();
    const me = await page.request.get(`${app.server.url}/api/v1/auth/me`);
    expect(me.status()).toBe(200);
  });
});

describe('随手拍', () => {
  it('keeps the photo, text and choices made before the scripts arrived', async () => {
    const worker = await logIn(WORKER, phone);
    const late = await openLate(worker, '/hazards/snap');
    const form = worker.getByTestId('snap-form');
    await form.waitFor();
    await worker.getByTestId('photo-input').setInputFiles(photo);
    await worker.locator('#snap-description').fill('三号皮带机尾轮防护网破损');
    await worker.locator('#snap-location').fill('破碎车间东侧');
    const unit = await worker.locator('#snap-unit option').nth(1).getAttribute('value');
    expect(unit).toBeTruthy();
    await worker.locator('#snap-unit').selectOption(unit!);
    await worker.locator('#snap-kind').selectOption('电气');
    await worker.locator('#snap-category').selectOption('管理缺陷');
    expect(late.served()).toBe(0);

    await late.hydrated();
    // The preview only a hydrated page draws: the photo taken before is still in the form.
    await worker.locator('.previews img').waitFor();
    expect(
      await worker.getByTestId('photo-input').evaluate((i: HTMLInputElement) => i.files?.length),
    ).toBe(1);
    expect(await worker.locator('#snap-description').inputValue()).toBe('三号皮带机尾轮防护网破损');
    expect(await worker.locator('#snap-location').inputValue()).toBe('破碎车间东侧');
    expect(await worker.locator('#snap-unit').inputValue()).toBe(unit);
    expect(await worker.locator('#snap-kind').inputValue()).toBe('电气');
    expect(await worker.locator('#snap-category').inputValue()).toBe('管理缺陷');

    // Sent: the form is empty again, ready for the next report.
    await worker.getByTestId('snap-submit').click();
    await worker.getByTestId('snap-sent').waitFor();
    await expect
      .poll(() => worker.locator('#snap-description').inputValue(), { timeout: 10_000 })
      .toBe('');
    expect(await worker.locator('#snap-location').inputValue()).toBe('');
    expect(await worker.locator('#snap-unit').inputValue()).toBe('');
    expect(await worker.locator('#snap-kind').inputValue()).toBe('安全');
    expect(await worker.locator('#snap-category').inputValue()).toBe('物的不安全状态');
    expect(
      await worker.getByTestId('photo-input').evaluate((i: HTMLInputElement) => i.files?.length),
    ).toBe(0);
    expect(await worker.locator('.previews img').count()).toBe(0);
    expect(await worker.getByTestId('snap-submit').isEnabled()).toBe(true);
  });

  it('reports a hazard without JavaScript', async () => {
    const worker = await withoutScripts();
    await logInWithoutScripts(worker);
    await worker.goto(new URL('/hazards/snap', app.server.url).href);
    await worker.getByTestId('photo-input').setInputFiles(photo);
    await worker.locator('#snap-description').fill('炸药库避雷针接地线断开');
    await worker.locator('#snap-location').fill('炸药库北侧');
    await worker.getByTestId('snap-submit').click();
    await worker.getByTestId('snap-sent').waitFor();

    const me = await (await worker.request.get(`${app.server.url}/api/v1/auth/me`)).json();
    const list = await worker.request.get(
      `${app.server.url}/api/v1/enterprises/${me.membership.enterpriseId}/hazards?source=${encodeURIComponent('员工随手拍')}`,
    );
    expect(list.status()).toBe(200);
    const { items } = await list.json();
    expect(
      items.find((h: { description: string }) => h.description === '炸药库避雷针接地线断开'),
    ).toMatchObject({ state: 'reported', location: '炸药库北侧' });
  });
});

describe('public tip-off', () => {
  it('keeps the text and choices made before the scripts arrived', async () => {
    const visitor = await newPage(phone);
    const late = await openLate(visitor, `/public/tipoff?q=${encodeURIComponent('石城县')}`);
    await visitor.getByTestId('tipoff-form').waitFor();
    const choices = visitor.locator('input[name=enterpriseId]');
    expect(await choices.count()).toBeGreaterThan(1);
    await choices.nth(1).check();
    await visitor.locator('#tipoff-q').fill('琴江矿业');
    await visitor.locator('#tipoff-kind').selectOption('violation');
    await visitor.locator('#tipoff-description').fill('夜班工人未戴安全帽进入井口');
    await visitor.locator('#tipoff-location').fill('主井口');
    await visitor.getByTestId('photo-input').setInputFiles(photo);
    await visitor.locator('#tipoff-name').fill('李明');
    await visitor.locator('#tipoff-phone').fill('13912345678');
    await visitor.getByTestId('tipoff-anonymous').check();
    expect(late.served()).toBe(0);

    await late.hydrated();
    await visitor.locator('.previews img').waitFor();
    expect(await choices.nth(1).isChecked()).toBe(true);
    expect(await choices.nth(0).isChecked()).toBe(false);
    expect(await visitor.locator('#tipoff-q').inputValue()).toBe('琴江矿业');
    expect(await visitor.locator('#tipoff-kind').inputValue()).toBe('violation');
    expect(await visitor.locator('#tipoff-description').inputValue()).toBe(
      '夜班工人未戴安全帽进入井口',
    );
    expect(await visitor.locator('#tipoff-location').inputValue()).toBe('主井口');
    expect(await visitor.locator('#tipoff-name').inputValue()).toBe('李明');
    expect(await visitor.locator('#tipoff-phone').inputValue()).toBe('13912345678');
    expect(await visitor.getByTestId('tipoff-anonymous').isChecked()).toBe(true);
    expect(
      await visitor.getByTestId('photo-input').evaluate((i: HTMLInputElement) => i.files?.length),
    ).toBe(1);
  });

  it('files a tip-off and gives its receipt code without JavaScript', async () => {
    const visitor = await withoutScripts();
    await visitor.goto(new URL('/public/tipoff', app.server.url).href);
    await visitor.locator('#tipoff-q').fill('琴江矿业');
    await visitor.getByTestId('tipoff-search').getByRole('button').click();
    await visitor.getByTestId('tipoff-form').waitFor();
    await visitor.locator('#tipoff-description').fill('尾矿库排洪井盖板缺失，无人看管');
    await visitor.getByTestId('photo-input').setInputFiles(photo);
    await visitor.getByTestId('tipoff-anonymous').check();
    await visitor.getByTestId('tipoff-submit').click();
    const code = visitor.getByTestId('receipt-code');
    await code.waitFor();
    expect((await code.innerText()).trim()).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
  });
});
