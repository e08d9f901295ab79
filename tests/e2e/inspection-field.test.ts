import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';
import { makePng } from '../support/images.js';

// An inspection recorded in the field, on a phone (issue 15, "Inspections that fit the field"):
// the record form fits a 390×844 screen, no item starts answered (an unanswered one is refused by
// name), and two findings go in, each with its own photo.

const { open, logIn, pageErrors } = useAppInBrowser();
// Screenshots kept as CI artifacts, like the page sweep's.
const SHOTS = fileURLToPath(new URL('../.artifacts/inspections/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });
afterEach(() => {
  expect(pageErrors).toEqual([]);
});

const INSPECTOR = '13800000002'; // 石城县执法人员, 执法证号 JX36073500001
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const chinaDay = (days = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
const photo = (name: string) => ({ name, mimeType: 'image/png', buffer: makePng(8, 8) });

describe('an inspection recorded on a phone', () => {
  it('takes two findings, each with its photo, and refuses an unanswered item by name', async () => {
    const page = await logIn(INSPECTOR, PHONE);
    await open(page, '/inspections');
    const row = page
      .getByTestId('my-inspections')
      .locator('tr', { hasText: '2026年第四季度双随机抽查' })
      .first();
    await row.getByRole('link').click();
    await page.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
    await page.waitForLoadState('networkidle');

    const form = page.getByTestId('record-form');
    // Nothing is preselected: no result of any item is checked.
    expect(await form.locator('input[type="radio"]:checked').count()).toBe(0);
    // Full width on the phone, and the page never scrolls sideways.
    const box = (await form.boundingBox())!;
    expect(box.width).toBeGreaterThan(330);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({
      path: `${SHOTS}inspection-record-390.png`,
      fullPage: true,
    });

    await form.locator('input[name="inspectedOn"]').fill(chinaDay());
    const items = form.getByTestId('item-result');
    const itemCount = await items.count();
    expect(itemCount).toBeGreaterThan(0);
    // Answer all but the last, which the refusal must name.
    for (let n = 0; n < itemCount - 1; n++) {
      await items
        .nth(n)
        .getByLabel(n === 0 ? '不合格' : '合格', { exact: true })
        .check();
    }
    const lastName = (
      await items
        .nth(itemCount - 1)
        .locator('legend')
        .innerText()
    ).trim();

    await form
      .locator('textarea[name="finding-0-description"]')
      .fill('配电箱柜门缺失，带电部位裸露');
    await form.locator('select[name="finding-0-kind"]').selectOption('电气');
    await form.locator('input[name="finding-0-photo"]').setInputFiles(photo('配电箱.png'));
    await form.getByTestId('add-finding').click();
    await form.locator('textarea[name="finding-1-description"]').fill('灭火器压力不足，未按期检查');
    await form.locator('select[name="finding-1-kind"]').selectOption('消防');
    await form.locator('input[name="finding-1-photo"]').setInputFiles(photo('灭火器.png'));
    await form.locator('input[name="finding-1-openHazard"]').check();
    await form.locator('select[name="finding-1-grade"]').selectOption('一般');
    await form.locator('input[name="finding-1-deadline"]').fill(chinaDay(10));

    await form.getByTestId('record-submit').click();
    const refusal = form.getByRole('alert').first();
    await expect.poll(() => refusal.innerText()).toBe(`抽查事项「${lastName}」未填写结果`);
    // What was typed is still there.
    expect(await form.locator('textarea[name="finding-1-description"]').inputValue()).toBe(
      '灭火器压力不足，未按期检查',
    );

    await items
      .nth(itemCount - 1)
      .getByLabel('不涉及')
      .check();
    // A refused submit keeps the chosen files in the inputs (the form is not reset).
    expect(
      await form
        .locator('input[name="finding-0-photo"]')
        .evaluate((i: HTMLInputElement) => i.files?.length),
    ).toBe(1);
    await form.getByTestId('record-submit').click();

    const findings = page.getByTestId('recorded-finding');
    await findings.first().waitFor();
    expect(await findings.count()).toBe(2);
    expect(await findings.nth(0).innerText()).toContain('配电箱柜门缺失');
    expect(await findings.nth(0).innerText()).toContain('现场照片 1 张');
    expect(await findings.nth(1).innerText()).toContain('灭火器压力不足');
    expect(await findings.nth(1).innerText()).toContain('现场照片 1 张');
    expect(await findings.nth(1).innerText()).toContain('整改中');
    expect(await page.getByTestId('item-results').innerText()).toContain('不合格');
    await page.screenshot({
      path: `${SHOTS}inspection-recorded-390.png`,
      fullPage: true,
    });
  }, 120_000);
});
