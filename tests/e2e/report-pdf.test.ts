import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';

// A 重大事故隐患报告 someone can hand over: the submitted report of the demo's major hazard names
// the hazard and its 五到位 plan on the page, prints on A4 and downloads as a PDF whose own text
// (extracted with poppler's pdftotext, installed by .ci/run) names the hazard and the SHA-256.

const app = useAppInBrowser({ locale: 'zh-CN', acceptDownloads: true });
const { open, logIn, pageErrors } = app;
const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const ADMIN = '13800000011';

const squash = (s: string) => s.replace(/\s+/g, '');

/** The enterprise admin's first submitted 重大事故隐患报告, opened from the report list. */
async function openSubmittedMajorReport(page: Page) {
  await open(page, '/reports');
  const row = page
    .getByTestId('report-row')
    .filter({ hasText: '重大事故隐患报告' })
    .filter({ hasText: '已报送' })
    .first();
  await row.getByRole('link').click();
  await page.getByTestId('report-hazard').waitFor();
}

const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('a submitted 重大事故隐患报告', () => {
  it('names its hazard and downloads as a PDF that names it and its hash', async () => {
    const page = await logIn(ADMIN);
    await openSubmittedMajorReport(page);
    const hazard = page.getByTestId('report-hazard');
    const description = (await hazard.locator('dd').first().innerText()).trim();
    expect(description.length).toBeGreaterThan(3);
    const section = await hazard.innerText();
    for (const label of ['隐患位置', '隐患等级', '发现日期', '整改措施', '整改资金', '整改时限']) {
      expect(section).toContain(label);
    }
    expect(section).toContain('整改责任人');
    expect(section).toContain('应急预案');
    const recipients = await page.getByTestId('report-recipients').innerText();
    expect(recipients).toContain('应急管理局');
    expect(recipients).toContain('职工代表大会');
    const hash = (await page.getByTestId('report-hash').innerText()).trim();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = (await download.path())!;
    expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8'));
    expect(text).toContain(squash(description));
    expect(text).toContain(hash);
    expect(text).toContain('职工代表大会');
    expect(text).toContain('签发人');
    expect(pageErrors).toEqual([]);
    await page.context().close();
    // Rendering with the CJK font takes seconds on two busy cores.
  }, 120_000);

  it('holds on a phone and on a desktop', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    for (const [width, height] of [
      [390, 844],
      [1366, 900],
    ] as const) {
      const page = await logIn(ADMIN, { viewport: { width, height } });
      await openSubmittedMajorReport(page);
      expect(await overflows(page)).toBe(false);
      await page.screenshot({ path: `${ARTIFACTS}report-${width}.png`, fullPage: true });
      await page.context().close();
    }
    expect(pageErrors).toEqual([]);
  });
});
