import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';

// A city regulator (赣州市, demo seeds/demo/dashboard-seed.ts) opens the dashboard, drills down to
// the county (石城县) and from there to an enterprise, and reads on each page the figures the API
// answers the same session for the same jurisdiction; charts draw without breaking the CSP.

const CITY_ADMIN = '13800000070';
const { open, logIn, pageErrors } = useAppInBrowser();

/** The API's answer for the page's session (the browser's own cookie). */
async function apiDashboard(page: Page, code: string) {
  const res = await page.request.get(
    new URL(`/api/v1/dashboard?jurisdiction=${code}`, page.url()).href,
  );
  expect(res.status()).toBe(200);
  return res.json();
}

async function headline(page: Page, key: string) {
  return (await page.locator(`[data-figure="${key}"] dd`).textContent())?.trim();
}

async function expectHeadlineOf(page: Page, api: any) {
  const f = api.figures;
  expect(await headline(page, 'enterprises')).toBe(String(f.enterprises.total));
  expect(await headline(page, 'open')).toBe(String(f.hazards.open));
  expect(await headline(page, 'overdue')).toBe(String(f.hazards.overdue));
  expect(await headline(page, 'majorOpen')).toBe(String(f.hazards.majorOpen));
  expect(await headline(page, 'closedInPeriod')).toBe(String(f.hazards.closedInPeriod));
  expect(await headline(page, 'supervised')).toBe(String(f.supervisedMajorHazards));
  expect(await headline(page, 'reportsDue')).toBe(String(f.reports.due));
  expect(await headline(page, 'reportsLate')).toBe(String(f.reports.late));
  expect(await headline(page, 'expiring')).toBe(String(f.standardization.expiringWithin90Days));
  expect(await headline(page, 'blacklisted')).toBe(String(f.blacklisted));
}

describe('dashboard', () => {
  it('a city regulator drills down to a county and an enterprise, seeing the API figures', async () => {
    const page = await logIn(CITY_ADMIN);
    await open(page, '/');
    await page.getByRole('link', { name: '驾驶舱' }).first().click();
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await page.waitForLoadState('networkidle');

    const city = await apiDashboard(page, '360700');
    expect(city.figures.hazards.open).toBeGreaterThan(0);
    await expect.poll(() => page.locator('h1').textContent()).toContain('赣州市');
    await expectHeadlineOf(page, city);
    // The county's row in the child table holds the county's figures.
    const row = page.locator('[data-testid="children"] tr[data-code="360735"]');
    const county = city.children.find((c: { code: string }) => c.code === '360735');
    expect((await row.locator('[data-column="open"]').textContent())?.trim()).toBe(
      String(county.figures.hazards.open),
    );
    // Sorting by a column is done in the page, and keeps every row.
    const rowCount = await page.locator('[data-testid="children"] tbody tr').count();
    await page.locator('[data-testid="children"] th button', { hasText: '未销号隐患' }).click();
    await expect.poll(() => page.locator('th[aria-sort="descending"]').count()).toBe(1);
    expect(await page.locator('[data-testid="children"] tbody tr').count()).toBe(rowCount);
    // The charts were drawn (canvas), with no CSP violation or script error.
    await expect.poll(() => page.locator('[data-chart="risk"] canvas').count()).toBeGreaterThan(0);

    await row.getByRole('link', { name: '石城县' }).click();
    await page.waitForURL((url) => url.searchParams.get('jurisdiction') === '360735');
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.locator('h1').textContent()).toContain('石城县');
    const countyApi = await apiDashboard(page, '360735');
    await expectHeadlineOf(page, countyApi);
    expect(countyApi.figures).toEqual(county.figures);
    // The breadcrumb leads back up to the city.
    await expect
      .poll(() => page.locator('[data-testid="breadcrumb"] a', { hasText: '赣州市' }).count())
      .toBe(1);

    // A county without towns lists its enterprises, each linking to its registry page.
    const first = page.locator('[data-testid="enterprise-list"] a').first();
    const name = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL((url) => url.pathname.startsWith('/registry/'));
    await expect.poll(() => page.locator('h1').textContent()).toBe(name);

    expect(pageErrors).toEqual([]);
  });

  it('is refused to an enterprise user', async () => {
    const page = await logIn('13800000011');
    const res = await open(page, '/dashboard');
    expect(res?.status()).toBe(403);
    pageErrors.length = 0;
  });
});
