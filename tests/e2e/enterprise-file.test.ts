import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';

// The regulator's 一企一档 of a demo enterprise shows every section; a dashboard tile opens the
// list it counts, holding exactly what it counted (its jurisdiction and period kept); the safety manager's 漏检 list opens a task's
// history of done and missed windows.

const COUNTY_ADMIN = '13800000001';
const SAFETY_MANAGER = '13800000012';
const MINE = '石城县琴江矿业有限公司';
const SECTIONS = [
  'file-identity',
  'file-risk',
  'file-hazards',
  'file-supervisions',
  'file-inspections',
  'file-reports',
  'file-standardization',
  'file-credit',
  'file-tipoffs',
];
const { open, logIn, pageErrors } = useAppInBrowser();

const SHOTS = fileURLToPath(new URL('../.artifacts/enterprise-file/', import.meta.url));
/** The page as a phone (390×844) and a laptop (1366×900) show it, kept for people to look at. */
async function screenshots(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const [size, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1366, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}${name}-${size}.png`, fullPage: true });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth + 1);
    expect(wide, `${name} scrolls sideways at ${width}`).toBe(false);
  }
}

describe('一企一档', () => {
  it("shows each section of a demo enterprise's file, its register graded", async () => {
    const page = await logIn(COUNTY_ADMIN);
    await open(page, '/registry');
    await page.getByRole('link', { name: MINE }).first().click();
    await page.waitForURL((url) => /^\/registry\/[0-9a-f-]{36}$/.test(url.pathname));
    await expect.poll(() => page.locator('h1').textContent()).toContain(MINE);
    for (const section of SECTIONS) {
      expect(await page.locator(`[data-testid="${section}"] h2`).count(), section).toBe(1);
    }
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const res = await page.request.get(new URL(`/api/v1/enterprises/${id}/file`, page.url()).href);
    const file = await res.json();
    const graded = Object.values(file.risk.byGrade as Record<string, number>).reduce(
      (n, v) => n + v,
      0,
    );
    expect(graded).toBeGreaterThan(0);
    // The hazards shown are the file's, the overdue ones first.
    const rows = page.locator('[data-testid="file-hazard"]');
    expect(await rows.count()).toBe(file.hazards.items.length);
    if (file.hazards.overdue > 0) {
      expect(await rows.first().locator('[data-testid="overdue-badge"]').count()).toBe(1);
    }
    await screenshots(page, 'registry-file');
    expect(pageErrors).toEqual([]);
  });
});

describe('dashboard tiles', () => {
  it('逾期隐患 opens the hazard list holding exactly the overdue ones it counted', async () => {
    const page = await logIn(COUNTY_ADMIN);
    await open(page, '/dashboard');
    const tile = page.locator('[data-figure="overdue"]');
    const counted = Number((await tile.locator('dd').textContent())!.trim());
    expect(counted).toBeGreaterThan(0);
    await tile.getByTestId('tile-link').click();
    await page.waitForURL((url) => url.pathname === '/hazards');
    const url = new URL(page.url());
    expect(url.searchParams.get('overdue')).toBe('true');
    expect(url.searchParams.get('jurisdictionCode')).toBe('360735');
    const rows = page.locator('[data-testid="hazard-row"]');
    // One page holds 30; the demo county has fewer overdue hazards than that.
    expect(await rows.count()).toBe(Math.min(counted, 30));
    expect(
      await page.locator('[data-testid="hazard-row"] [data-testid="overdue-badge"]').count(),
    ).toBe(await rows.count());
  });

  it('未销号重大隐患 opens the open major hazards only', async () => {
    const page = await logIn(COUNTY_ADMIN);
    await open(page, '/dashboard');
    const tile = page.locator('[data-figure="majorOpen"]');
    const counted = Number((await tile.locator('dd').textContent())!.trim());
    await tile.getByTestId('tile-link').click();
    await page.waitForURL((url) => url.pathname === '/hazards');
    const rows = page.locator('[data-testid="hazard-row"]');
    expect(await rows.count()).toBe(Math.min(counted, 30));
    for (const text of await rows.allInnerTexts()) {
      expect(text).toContain('重大隐患');
      expect(text).not.toContain('已销号');
    }
    // The trend is drawn on the dashboard, as SVG with its title above it.
    await open(page, '/dashboard');
    expect(await page.locator('[data-testid="hazard-trend"] svg polyline').count()).toBe(3);
    await screenshots(page, 'dashboard');
  });
});

describe('dashboard tiles of a period and of other lists', () => {
  /** The tile's figure, then its list, opened by clicking it. */
  async function openTile(page: Page, figure: string, path: string) {
    await open(page, '/dashboard');
    const tile = page.locator(`[data-figure="${figure}"]`);
    const counted = Number((await tile.locator('dd').textContent())!.trim());
    await tile.getByTestId('tile-link').click();
    await page.waitForURL((url) => url.pathname === path);
    return { counted, url: new URL(page.url()) };
  }

  it("本期销号 opens the hazards closed in the dashboard's period", async () => {
    const page = await logIn(COUNTY_ADMIN);
    const { counted, url } = await openTile(page, 'closedInPeriod', '/hazards');
    expect(counted).toBeGreaterThan(0);
    expect(url.searchParams.get('closedFrom')).toMatch(/^\d{4}-\d{2}-01$/);
    // The period stays in the filter form, so the next search keeps it.
    expect(await page.locator('#closedFrom').inputValue()).toBe(url.searchParams.get('closedFrom'));
    const rows = page.locator('[data-testid="hazard-row"]');
    expect(await rows.count()).toBe(Math.min(counted, 30));
    for (const text of await rows.allInnerTexts()) expect(text).toContain('已销号');
    expect(pageErrors).toEqual([]);
  });

  it('挂牌督办, 抽查逾期未公开 and 严重失信 open their lists narrowed to the jurisdiction', async () => {
    const page = await logIn(COUNTY_ADMIN);
    const supervised = await openTile(page, 'supervised', '/supervisions');
    expect(await page.getByTestId('narrowed-by').textContent()).toContain('石城县（含下级）');
    expect(await page.locator('[data-testid="supervisions"] tbody tr').count()).toBe(
      supervised.counted,
    );
    const overdue = await openTile(page, 'overduePublications', '/inspections/overdue');
    expect(overdue.counted).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="overdue-row"]').count()).toBe(overdue.counted);
    await screenshots(page, 'inspections-overdue');
    const blacklisted = await openTile(page, 'blacklisted', '/blacklist');
    expect(await page.locator('[data-testid="blacklist-row"]').count()).toBe(blacklisted.counted);
    // 看全部 widens the list to the whole subtree again.
    await page.getByTestId('narrowed-by').getByRole('link').click();
    await page.waitForURL((url) => !url.searchParams.has('jurisdictionCode'));
    expect(pageErrors).toEqual([]);
  });
});

describe('漏检', () => {
  it(
    "the safety manager's missed list opens a task's history of done and missed windows",
    {
      timeout: 90_000,
    },
    async () => {
      const page = await logIn(SAFETY_MANAGER);
      await open(page, '/checks/missed');
      const first = page.locator('[data-testid="missed-task"] a').first();
      expect(await first.count()).toBe(1);
      const title = (await first.textContent())!.trim();
      await screenshots(page, 'missed');
      await first.click();
      await page.waitForURL((url) => url.pathname.startsWith('/checks/missed/'));
      // The history reads the task's windows day by day: slower than a plain page.
      await expect
        .poll(() => page.locator('h1').textContent(), { timeout: 30_000 })
        .toContain(title);
      const history = page.locator('[data-testid="task-history"] tbody tr');
      expect(await history.count()).toBeGreaterThan(1);
      expect(
        await page.locator('[data-testid="task-history"] tr[data-status="missed"]').count(),
      ).toBeGreaterThan(0);
      await screenshots(page, 'missed-history');
      expect(pageErrors).toEqual([]);
    },
  );
});
