import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';

// The product as a user meets it: the built web app and the API in one process, demo data,
// a real headless Chromium.

// A Chinese browser, as its users have.
const app = useAppInBrowser({ locale: 'zh-CN' });
const { open, logIn, pageErrors } = app;

const rowNames = async (page: Page) => page.getByTestId('enterprise-row').allInnerTexts();

describe('browser journeys', () => {
  it('shows a county regulator its own enterprises and not its neighbour’s', async () => {
    const page = await logIn('13800000001');
    await page.goto(`${app.server.url}/registry`);
    await page.getByTestId('enterprise-row').first().waitFor();
    const rows = (await rowNames(page)).join('\n');
    expect(rows).toContain('石城县琴江矿业有限公司');
    expect(rows).not.toContain('九江');
    expect(rows).not.toContain('重庆');
    expect(await page.getByTestId('total').innerText()).toContain('7');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.context().close();
  });

  it('shows the neighbouring city regulator only its city', async () => {
    const page = await logIn('13800000003');
    await page.goto(`${app.server.url}/registry`);
    await page.getByTestId('enterprise-row').first().waitFor();
    const rows = (await rowNames(page)).join('\n');
    expect(rows).toContain('九江石化储运有限公司');
    expect(rows).not.toContain('石城县');
    await page.context().close();
  });

  it('lets an enterprise admin create a worker, who must change the initial password', async () => {
    const admin = await logIn('13800000011');
    await open(admin, '/users');
    await admin.getByTestId('user-display-name').fill('新来的岗位员工');
    await admin.getByTestId('user-role').selectOption('worker');
    await admin.getByTestId('user-phone').fill('13700000077');
    await admin.getByTestId('create-user-submit').click();
    const initialPassword = (await admin.getByTestId('initial-password').innerText()).trim();
    expect(initialPassword).toMatch(/^[A-Za-z0-9]{12}$/);
    await admin.context().close();

    // The worker logs in on a phone and is kept on the password page until it is changed.
    const worker = await logIn('13700000077', {
      password: initialPassword,
      viewport: { width: 390, height: 844 },
    });
    expect(new URL(worker.url()).pathname).toBe('/password');
    await open(worker, '/enterprise');
    expect(new URL(worker.url()).pathname).toBe('/password');
    await worker.locator('input[name="currentPassword"]').fill(initialPassword);
    await worker.locator('input[name="newPassword"]').fill('Worker2026');
    await worker.locator('input[name="confirmPassword"]').fill('Worker2026');
    await worker.locator('[data-testid="password-form"] button[type="submit"]').click();
    // A worker's home is the workbench, today's checks first; the enterprise page is one tap away.
    await worker.waitForURL((url) => url.pathname === '/workbench');
    await open(worker, '/enterprise');
    expect(await worker.getByTestId('enterprise-facts').innerText()).toContain(
      '石城县琴江矿业有限公司',
    );
    await worker.context().close();
  });

  it('raised no script errors in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
