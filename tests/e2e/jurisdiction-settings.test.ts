import { afterEach, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';

// Jurisdiction settings in the browser: the county agency admin changes a setting of its jurisdiction
// (a bad value is named on its field first), sees it overridden and logged with its name, then
// restores the inherited value; an inspector reads the page without forms.

const { open, logIn, pageErrors } = useAppInBrowser();
afterEach(() => {
  expect(pageErrors).toEqual([]);
});

const COUNTY_ADMIN = '13800000001'; // 石城县应急局管理员
const INSPECTOR = '13800000002'; // 石城县执法人员

describe('the jurisdictions page', () => {
  it("shows each jurisdiction's active enterprises as the registry counts them", async () => {
    const page = await logIn(COUNTY_ADMIN);
    await open(page, '/jurisdictions');
    const row = page.getByTestId('jurisdiction-row').filter({ hasText: '360735' });
    const shown = await row.getByRole('link', { name: /^\d+$/ }).innerText();
    const registry = await page.request.get(
      new URL('/api/v1/enterprises?jurisdictionCode=360735&active=true&limit=1', page.url()).href,
    );
    const { total } = (await registry.json()) as { total: number };
    expect(total).toBeGreaterThan(0);
    expect(Number(shown)).toBe(total);
  });
});

describe('jurisdiction settings', () => {
  it('an agency admin overrides a setting, sees it logged, and restores the inherited value', async () => {
    const page = await logIn(COUNTY_ADMIN);
    await open(page, '/jurisdictions/360735');
    const group = page.getByTestId('settings-credit');
    const field = group.locator('[name="blacklistStatementWorkingDays"]');
    const origin = group.getByTestId('setting-blacklistStatementWorkingDays-origin');
    expect(await origin.innerText()).toBe('继承上级');

    await field.fill('0');
    await group.getByTestId('save-credit').click();
    await expect.poll(() => group.locator('.field.invalid [role="alert"]').count()).toBe(1);
    expect(await field.inputValue()).toBe('0');

    await field.fill('8');
    await group.getByTestId('save-credit').click();
    await expect.poll(() => origin.innerText()).toBe('本级已覆盖');
    const log = page.getByTestId('settings-log-row');
    expect(await log.first().innerText()).toContain('石城县应急局管理员');
    expect(await log.first().innerText()).toContain('（继承） → 8');

    await group.getByTestId('restore-blacklistStatementWorkingDays').click();
    await expect.poll(() => origin.innerText()).toBe('继承上级');
    expect(await field.inputValue()).toBe('5');
    expect(await log.first().innerText()).toContain('8 → （继承）');
  });

  it('an inspector reads the settings and their log without any form', async () => {
    const page = await logIn(INSPECTOR);
    await open(page, '/jurisdictions/360735');
    expect(await page.locator('.notice').innerText()).toContain('只读');
    expect(await page.locator('main form').count()).toBe(0);
    await page.getByTestId('settings-log').waitFor();
  });
});
