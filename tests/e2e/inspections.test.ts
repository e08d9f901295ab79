import { afterEach, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';
import { makePng } from '../support/images.js';

// 双随机一公开 in the browser: the demo inspector makes a plan, draws it with a value entered on
// the spot and verifies the draw; then records the assignment the demo's in-progress plan gave
// their team, with one finding and its photo opened as a hazard at the enterprise.

const { open, logIn, pageErrors } = useAppInBrowser();
afterEach(() => {
  expect(pageErrors).toEqual([]);
});

const INSPECTOR = '13800000002'; // 石城县执法人员, 执法证号 JX36073500001
const chinaDay = (days = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

describe('random inspections in the browser', () => {
  it('an inspector makes a plan, draws it and verifies the draw', async () => {
    const page = await logIn(INSPECTOR);
    await open(page, '/inspections');
    await page.locator('input[name="name"]').fill(`浏览器抽查计划 ${Date.now()}`);
    await page.locator('input[name="periodStart"]').fill('2026-12-01');
    await page.locator('input[name="periodEnd"]').fill('2026-12-31');
    await page.locator('input[name="itemIds"]').first().check();
    await page.locator('input[name="sampleSize"]').fill('1');
    await page.locator('input[name="teamSize"]').fill('2');
    await page.getByRole('button', { name: '制定' }).click();
    await page.waitForURL(/\/inspections\/plans\/[0-9a-f-]{36}$/);

    const drawForm = page.getByTestId('draw-form');
    await drawForm.locator('input[name="supervisorValue"]').fill('现场-4711');
    await drawForm.getByRole('button', { name: '抽取' }).click();
    const draw = page.getByTestId('draw').first();
    await draw.waitFor();
    expect(await draw.innerText()).toContain('现场-4711');
    expect(await page.getByTestId('inspection-row').count()).toBe(1);
    await draw.getByRole('button', { name: '复算核对' }).click();
    await expect.poll(() => page.getByTestId('verification').innerText()).toBe('复算一致');
  });

  it('searches the check-item library from the plan form without losing what was filled in', async () => {
    const page = await logIn(INSPECTOR);
    await open(page, '/inspections');
    const name = `检查表抽查计划 ${Date.now()}`;
    const plan = page.getByTestId('plan-form');
    await plan.locator('input[name="name"]').fill(name);
    await plan.locator('input[name="periodStart"]').fill('2026-12-01');
    await plan.locator('input[name="periodEnd"]').fill('2026-12-31');
    await plan.locator('input[name="itemIds"]').first().check();
    await plan.locator('input[name="sampleSize"]').fill('1');
    await plan.locator('#library').fill('有限空间');
    await plan.getByTestId('library-search').click();
    await page.waitForURL(/library=/);
    // Everything typed before the search is still there, with the library's answers to pick.
    expect(await plan.locator('input[name="name"]').inputValue()).toBe(name);
    expect(await plan.locator('input[name="periodEnd"]').inputValue()).toBe('2026-12-31');
    expect(await plan.locator('input[name="itemIds"]').first().isChecked()).toBe(true);
    expect(await plan.locator('input[name="sampleSize"]').inputValue()).toBe('1');
    const found = plan.locator('input[name="libraryItems"]');
    expect(await found.count()).toBeGreaterThan(0);
    const label = await found.first().locator('xpath=..').innerText();
    await found.first().check();
    await plan.getByRole('button', { name: '制定' }).click();
    await page.waitForURL(/\/inspections\/plans\/[0-9a-f-]{36}$/);
    expect(await page.locator('h1').innerText()).toBe(name);
    // The chosen check item is one of the plan's inspection items.
    // (The label starts with the item's text, which becomes the plan item's name.)
    expect(await page.getByTestId('plan-items').innerText()).toContain(label.trim().slice(0, 8));
  });

  it('the team records its assignment with one finding opened as a hazard', async () => {
    const page = await logIn(INSPECTOR);
    await open(page, '/inspections');
    const row = page
      .getByTestId('my-inspections')
      .locator('tr', { hasText: '2026年第四季度双随机抽查' })
      .first();
    await row.getByRole('link').click();
    await page.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);

    const form = page.getByTestId('record-form');
    await form.locator('input[name="inspectedOn"]').fill(chinaDay());
    const items = form.getByTestId('item-result');
    for (let n = 0; n < (await items.count()); n++) {
      await items
        .nth(n)
        .getByLabel(n === 0 ? '不合格' : '合格', { exact: true })
        .check();
    }
    await form
      .locator('textarea[name="finding-0-description"]')
      .fill('配电箱柜门缺失，带电部位裸露');
    await form.locator('select[name="finding-0-kind"]').selectOption('电气');
    await form.locator('select[name="finding-0-category"]').selectOption('物的不安全状态');
    await form.locator('input[name="finding-0-photo"]').setInputFiles({
      name: '现场.png',
      mimeType: 'image/png',
      buffer: makePng(6, 6),
    });
    await form.locator('input[name="finding-0-openHazard"]').check();
    await form.locator('select[name="finding-0-grade"]').selectOption('一般');
    await form.locator('input[name="finding-0-deadline"]').fill(chinaDay(10));
    await form.getByRole('button', { name: '保存检查记录' }).click();

    const findings = page.getByTestId('findings');
    await findings.waitFor();
    expect(await findings.innerText()).toContain('配电箱柜门缺失');
    expect(await findings.innerText()).toContain('整改中');
    expect(await page.getByTestId('item-results').innerText()).toContain('不合格');
  });
});
