import { afterEach, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';

// The enterprise roles land on the workbench: a safety manager follows a to-do to its item; a
// worker on a phone finds today's checks and 随手拍 at the top, without scrolling sideways.

const { logIn, pageErrors } = useAppInBrowser();
afterEach(() => {
  expect(pageErrors).toEqual([]);
});

const SAFETY_MANAGER = '13800000012'; // 琴江矿业安全管理员
const WORKER = '13800000013'; // 琴江矿业岗位员工

describe('workbench', () => {
  it('greets a safety manager with to-dos that open their items', async () => {
    const page = await logIn(SAFETY_MANAGER);
    await page.waitForURL((url) => url.pathname === '/workbench');
    const todos = page.getByTestId('todo');
    expect(await todos.count()).toBeGreaterThan(0);
    for (const href of await todos
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/[a-z]/);
    }
    await expect(page.getByTestId('workbench-risk').innerText()).resolves.toContain('红');
    expect(await page.locator('[data-testid="workbench-trend"] rect').count()).toBe(24);

    // A hazard to-do when there is one (the demo has hazards waiting for triage), else the first.
    const hazardLink = todos.locator('a[href^="/hazards/"]');
    const link = (await hazardLink.count()) > 0 ? hazardLink.first() : todos.locator('a').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL((url) => url.pathname + url.search === href);
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
  });

  it("shows a worker on a phone today's checks and 随手拍 first, without sideways scroll", async () => {
    const page = await logIn(WORKER, { viewport: { width: 390, height: 844 } });
    await page.waitForURL((url) => url.pathname === '/workbench');
    const today = page.getByTestId('workbench-today');
    await today.waitFor();
    expect(await today.innerText()).toContain('今日排查');
    const snap = page.getByTestId('snap');
    expect(await snap.getAttribute('href')).toBe('/hazards/snap');
    const [todayBox, todosBox, snapBox] = await Promise.all([
      today.boundingBox(),
      page.getByTestId('workbench-todos').boundingBox(),
      snap.boundingBox(),
    ]);
    expect(todayBox!.y).toBeLessThan(todosBox!.y);
    // Large enough to hit with a thumb, and within the first screen.
    expect(snapBox!.height).toBeGreaterThanOrEqual(44);
    expect(snapBox!.y + snapBox!.height).toBeLessThanOrEqual(844);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    // The missed checks by date are one tap from today's.
    await today.getByTestId('missed-link').click();
    await page.waitForURL((url) => url.pathname === '/checks/missed');
  });
});
