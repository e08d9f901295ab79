import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useAppInBrowser } from '../support/e2e.js';
import { openWithLateScripts } from '../support/late-scripts.js';

// More forms that never lose a word (see late-scripts.test.ts): the tip-off status lookup, the
// password change, the risk assessment and the new-account form keep what was typed before the
// page's scripts arrived, and each of them also works with no JavaScript at all.

// Scripts from a service worker's cache would not be held back (support/late-scripts.ts).
const app = useAppInBrowser({ serviceWorkers: 'block' });
const { logIn, newPage, open, pageErrors } = app;
afterAll(() => expect(pageErrors).toEqual([]));

const SAFETY_MANAGER = '13800000012'; // 琴江矿业安全管理员
const ENTERPRISE_ADMIN = '13800000011'; // 琴江矿业主要负责人
const WORKER = '13800000013';
const CONGRESS_REP = '13800000014';
const NOT_SUBSTANTIATED = 'DEMQ-NSUB-2345-6789'; // a demo tip-off found 不属实
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const url = (path: string) => new URL(path, app.server.url).href;

/** Logged in through the plain login form of a page with no JavaScript. */
async function logInWithoutScripts(login: string): Promise<Page> {
  const page = await newPage({ ...phone, javaScriptEnabled: false });
  await page.goto(url('/login'));
  await page.getByTestId('login-input').fill(login);
  await page.getByTestId('password-input').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** The page of the first risk event of the safety manager's register. */
async function firstEventPath(): Promise<string> {
  const page = await logIn(SAFETY_MANAGER);
  await open(page, '/risk');
  const href = await page.getByTestId('event-link').first().getAttribute('href');
  expect(href).toMatch(/^\/risk\/events\//);
  await page.context().close();
  return href!;
}

describe('举报 status lookup', () => {
  it('keeps the code typed before the scripts arrived', async () => {
    const visitor = await newPage(phone);
    const late = await openWithLateScripts(visitor, url('/public/tipoff/status'));
    await visitor.locator('#status-code').fill(NOT_SUBSTANTIATED);
    expect(late.served()).toBe(0);
    await late.hydrated();
    expect(await visitor.locator('#status-code').inputValue()).toBe(NOT_SUBSTANTIATED);
    await visitor.getByTestId('status-submit').click();
    await visitor.getByTestId('status-reason').waitFor();
    expect(await visitor.getByTestId('status-state').innerText()).toBe('不属实');
  });

  it('looks a code up without JavaScript', async () => {
    const visitor = await newPage({ ...phone, javaScriptEnabled: false });
    await visitor.goto(url('/public/tipoff/status'));
    await visitor.locator('#status-code').fill(NOT_SUBSTANTIATED);
    await visitor.getByTestId('status-submit').click();
    await visitor.getByTestId('status-reason').waitFor();
    expect(await visitor.getByTestId('status-state').innerText()).toBe('不属实');
  });
});

describe('password change', () => {
  const NEW_PASSWORD = 'Anquan2026xyz';

  it('keeps the passwords typed before the scripts arrived', async () => {
    const worker = await logIn(WORKER, phone);
    const late = await openWithLateScripts(worker, url('/password'));
    await worker.locator('#currentPassword').fill(DEMO_PASSWORD);
    await worker.locator('#newPassword').fill(NEW_PASSWORD);
    await worker.locator('#confirmPassword').fill(NEW_PASSWORD);
    expect(late.served()).toBe(0);
    await late.hydrated();
    expect(await worker.locator('#currentPassword').inputValue()).toBe(DEMO_PASSWORD);
    expect(await worker.locator('#newPassword').inputValue()).toBe(NEW_PASSWORD);
    expect(await worker.locator('#confirmPassword').inputValue()).toBe(NEW_PASSWORD);
    await worker.getByTestId('password-form').locator('button[type=submit]').click();
    await worker.waitForURL((u) => !u.pathname.startsWith('/password'));
  });

  it('changes the password without JavaScript', async () => {
    const rep = await logInWithoutScripts(CONGRESS_REP);
    await rep.goto(url('/password'));
    await rep.locator('#currentPassword').fill(DEMO_PASSWORD);
    await rep.locator('#newPassword').fill(NEW_PASSWORD);
    await rep.locator('#confirmPassword').fill(NEW_PASSWORD);
    await rep.getByTestId('password-form').locator('button[type=submit]').click();
    await rep.waitForURL((u) => !u.pathname.startsWith('/password'));
    // The new password is the one that logs in now.
    const again = await logIn(CONGRESS_REP, { password: NEW_PASSWORD });
    await again.getByTestId('logout').waitFor();
  });
});

describe('risk assessment', () => {
  it('keeps the values chosen before the scripts arrived, then shows their score and grade', async () => {
    const path = await firstEventPath();
    const manager = await logIn(SAFETY_MANAGER, phone);
    const late = await openWithLateScripts(manager, url(path));
    const form = manager.getByTestId('assess-form');
    await form.locator('xpath=..').locator('summary').click();
    await form.getByTestId('lec-l').selectOption('3');
    await form.getByTestId('lec-e').selectOption('6');
    await form.getByTestId('lec-c').selectOption('15');
    expect(late.served()).toBe(0);
    await late.hydrated();
    expect(await form.getByTestId('lec-l').inputValue()).toBe('3');
    expect(await form.getByTestId('lec-e').inputValue()).toBe('6');
    expect(await form.getByTestId('lec-c').inputValue()).toBe('15');
    // 3 × 6 × 15 = 270: 较大风险 on the default bands (160 ≤ D < 320).
    const preview = form.getByTestId('assess-preview');
    await expect.poll(() => preview.getAttribute('data-grade')).toBe('orange');
    expect(await preview.textContent()).toContain('D = 3 × 6 × 15 = 270');
  });

  it('assesses without JavaScript', async () => {
    const path = await firstEventPath();
    const manager = await logInWithoutScripts(SAFETY_MANAGER);
    await manager.goto(url(path));
    const form = manager.getByTestId('assess-form');
    await form.locator('xpath=..').locator('summary').click();
    await form.getByTestId('lec-l').selectOption('6');
    await form.getByTestId('lec-e').selectOption('6');
    await form.getByTestId('lec-c').selectOption('40');
    await form.locator('button[type=submit]').click();
    const result = manager.getByTestId('assess-result');
    await result.waitFor();
    expect(await result.innerText()).toContain('1440');
  });
});

describe('new account', () => {
  it('keeps the fields typed before the scripts arrived', async () => {
    const admin = await logIn(ENTERPRISE_ADMIN);
    const late = await openWithLateScripts(admin, url('/users'));
    await admin.getByTestId('user-display-name').fill('破碎车间 王强');
    await admin.getByTestId('user-role').selectOption('worker');
    await admin.getByTestId('user-phone').fill('13911112222');
    await admin.getByTestId('user-email').fill('wq@example.com');
    expect(late.served()).toBe(0);
    await late.hydrated();
    expect(await admin.getByTestId('user-display-name').inputValue()).toBe('破碎车间 王强');
    expect(await admin.getByTestId('user-role').inputValue()).toBe('worker');
    expect(await admin.getByTestId('user-phone').inputValue()).toBe('13911112222');
    expect(await admin.getByTestId('user-email').inputValue()).toBe('wq@example.com');
    await admin.getByTestId('create-user-submit').click();
    await admin.getByTestId('initial-password-card').waitFor();
  });

  it('creates an account without JavaScript', async () => {
    const admin = await logInWithoutScripts(ENTERPRISE_ADMIN);
    await admin.goto(url('/users'));
    await admin.getByTestId('user-display-name').fill('炸药库 赵敏');
    await admin.getByTestId('user-role').selectOption('worker');
    await admin.getByTestId('user-phone').fill('13911113333');
    await admin.getByTestId('create-user-submit').click();
    await admin.getByTestId('initial-password-card').waitFor();
    expect(await admin.getByTestId('initial-password').innerText()).not.toBe('');
  });
});
