import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';

// The 判定标准 library in the browser: a 危化 safety manager finds the 有限空间 item on the hazard
// form and picks it; the hazard is 重大 by rule (一般 is refused without the reason the item does
// not apply); the county's regulator sees it under "重大隐患 by 判定 item". A hazard's page opens
// with or without ?enterprise= in its address. The tests run in order on the one hazard.

const { open, logIn, newPage, pageErrors } = useAppInBrowser();
afterEach(() => {
  expect(pageErrors).toEqual([]);
});

// Several logins and full-page screenshots per test on a shared machine.
const TIMEOUT = 180_000;
const SHOTS = fileURLToPath(new URL('../.artifacts/criteria/', import.meta.url));
const SAFETY_MANAGER = '13800000142'; // 赣源化工安全管理员 (危险化学品, 石城县)
const REGULATOR = '13800000001'; // 石城县应急局管理员
const DESCRIPTION = `储罐清罐作业未办理受限空间作业票 ${Date.now()}`;
const DISMISSED = `检修井盖板缺失 ${Date.now()}`;
const REASON = '该处为敞开式检修井，不属于受限空间作业';

const inDays = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

/** Fills the named fields of a form (selects by value) . */
async function fill(form: Locator, fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) {
    const field = form.locator(`[name="${name}"]`).first();
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const size of [
    { n: 'phone', width: 390, height: 844 },
    { n: 'desktop', width: 1366, height: 900 },
  ]) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.screenshot({ path: `${SHOTS}${name}-${size.n}.png`, fullPage: true });
    const wide = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth + 1,
    );
    expect(wide, `${name} scrolls sideways at ${size.width}px`).toBe(false);
  }
}

/** Registers a hazard linked to the first item found for 有限空间; answers its path. */
async function registerLinked(page: Page, description: string) {
  await open(page, '/hazards/new');
  const form = page.getByTestId('hazard-form');
  await fill(form, {
    description,
    source: '日常排查',
    kind: '安全',
    category: '物的不安全状态',
    location: '罐区 3 号储罐',
  });
  await form.getByTestId('criterion-q').fill('有限空间');
  await form.getByTestId('criterion-search').click();
  const option = form.getByTestId('criterion-option').first();
  await option.waitFor();
  // What was typed before the search is still there.
  expect(await form.locator('[name="description"]').inputValue()).toBe(description);
  const citation = await option.locator('strong').innerText();
  await option.locator('input[type=radio]').check();
  await form.getByTestId('hazard-submit').click();
  await page.waitForURL(/\/hazards\/[0-9a-f-]{36}$/);
  await expect.poll(() => page.getByTestId('criterion-citation').innerText()).toBe(citation);
  return { path: new URL(page.url()).pathname, citation };
}

describe('重大事故隐患判定 in the browser', () => {
  let hazardPath = '';
  let citation = '';

  it(
    'a safety manager finds 有限空间 on the hazard form, picks the item, and it is confirmed 重大',
    async () => {
      const page = await logIn(SAFETY_MANAGER);
      ({ path: hazardPath, citation } = await registerLinked(page, DESCRIPTION));
      expect(citation).toContain('危险化学品');
      await shoot(page, 'hazard-triage');

      // 一般 for a linked hazard without the reason: the API's message shows on the triage form.
      const confirm = page.getByTestId('confirm-form');
      await fill(confirm, { grade: '一般', manageType: '即查即改' });
      await confirm.getByTestId('confirm').click();
      await expect
        .poll(() => page.getByTestId('triage').getByRole('alert').first().innerText())
        .toMatch(/不适用|判定/);

      await fill(page.getByTestId('confirm-form'), {
        grade: '重大',
        manageType: '限期整改',
        measures: '停止清罐作业，办理受限空间作业票后检测、通风、监护',
        responsiblePerson: '赣源化工设备主管',
        funds: '12000',
        deadline: inDays(15),
        contingencyPlan: '作业点设专人监护，配备空气呼吸器',
        currentSituation: '清罐作业未办理作业票，未检测氧含量',
        harmAnalysis: '可能造成中毒窒息，整改难度小',
        goal: '作业票、检测、监护全部到位',
        stoppage: '局部停产',
      });
      await page.getByTestId('confirm').click();
      await expect.poll(() => page.getByTestId('hazard-state').first().innerText()).toBe('整改中');
      const facts = await page.locator('section.card').first().innerText();
      expect(facts).toContain('重大隐患');
      await shoot(page, 'hazard-major');
    },
    TIMEOUT,
  );

  it(
    'the regulator sees the hazard under 重大隐患 by 判定 item',
    async () => {
      const page = await logIn(REGULATOR);
      await page.locator('nav.menu a[href="/criteria/major-hazards"]').first().click();
      await page.waitForURL((url) => url.pathname === '/criteria/major-hazards');
      const row = page.getByTestId('major-item').filter({ hasText: citation });
      await row.waitFor();
      expect(await row.innerText()).toContain('危险化学品');
      await shoot(page, 'major-by-item');
      await row.getByRole('link', { name: citation }).click();
      await page.waitForURL(/\/criteria\/major-hazards\/[0-9a-f-]{36}/);
      await page.getByRole('link', { name: DESCRIPTION }).click();
      await page.getByTestId('hazard-title').filter({ hasText: DESCRIPTION }).waitFor();
      expect(await page.getByTestId('criterion-citation').innerText()).toBe(citation);
    },
    TIMEOUT,
  );

  it(
    'a hazard page opens without ?enterprise= for the enterprise and for the regulator',
    async () => {
      for (const phone of [SAFETY_MANAGER, REGULATOR]) {
        const page = await logIn(phone);
        const response = await open(page, hazardPath);
        expect(response?.status()).toBe(200);
        await page.getByTestId('hazard-title').filter({ hasText: DESCRIPTION }).waitFor();
        expect(await page.getByTestId('criterion-citation').innerText()).toBe(citation);
        await page.context().close();
      }
    },
    TIMEOUT,
  );

  it(
    '一般 with the reason the item does not apply: the regulator reads the reason',
    async () => {
      const page = await logIn(SAFETY_MANAGER);
      const { path } = await registerLinked(page, DISMISSED);
      await fill(page.getByTestId('confirm-form'), {
        grade: '一般',
        manageType: '即查即改',
        criterionNotApplicable: REASON,
      });
      await page.getByTestId('confirm').click();
      await expect
        .poll(() => page.getByTestId('hazard-state').first().innerText())
        .not.toBe('已登记');
      const regulator = await logIn(REGULATOR);
      await open(regulator, path);
      await expect
        .poll(() => regulator.getByTestId('criterion-dismissal').innerText())
        .toContain(REASON);
    },
    TIMEOUT,
  );

  it(
    'the library is public: standards with their holding, items by words',
    async () => {
      const page = await newPage();
      await open(page, '/public/criteria');
      const standards = page.getByTestId('criteria-standard');
      expect(await standards.count()).toBeGreaterThanOrEqual(5);
      expect(await page.getByTestId('criteria-standards').innerText()).toContain('部分');
      await page.locator('#q').fill('有限空间');
      await page.getByTestId('criteria-search').locator('button[type=submit]').click();
      await page.waitForURL(/q=/);
      expect(await page.getByTestId('criteria-item').count()).toBeGreaterThan(0);
      await shoot(page, 'library');
      await standards.first().getByRole('link').click();
      await page.getByTestId('standard-items').waitFor();
      await shoot(page, 'library-standard');
    },
    TIMEOUT,
  );
});
