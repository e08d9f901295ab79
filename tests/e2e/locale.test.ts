import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useAppInBrowser } from '../support/e2e.js';

// The language switch: Chinese is the default and ships with the pages' scripts; English is
// fetched when chosen (web/src/lib/i18n/index.ts), on the server and in the browser alike, so a
// page rendered in English stays in English once its scripts run and as the user moves on.

const { open, newPage, pageErrors } = useAppInBrowser();

describe('language', () => {
  it('switches to English, which holds through hydration and client-side navigation', async () => {
    const page = await newPage();
    await open(page, '/login');
    expect(await page.getByTestId('login-submit').innerText()).toBe('登录');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByTestId('login-submit').innerText()).toBe('Log in');
    await page.getByTestId('login-input').fill('13800000012');
    await page.getByTestId('password-input').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => url.pathname === '/workbench');
    // Rendered by the browser after the login: the menu's words come from the English messages.
    await expect.poll(() => page.locator('nav.menu').innerText()).toContain('Workbench');
    await page.locator('nav.menu a[href="/hazards"]').click();
    await page.waitForURL((url) => url.pathname === '/hazards');
    expect(await page.locator('nav.menu').innerText()).not.toMatch(/工作台|隐患排查/);
    expect(pageErrors).toEqual([]);
  });
});
