import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';

// A day's smaller asks, on the demo data: the assessment form explains its values, preselects
// none and shows the grade before it is sent; a safety manager staffs a position from the
// enterprise's people; 标准化's 公示 is public, a blacklisted
// enterprise is told why before it fills a form, and the certificates pending revocation have
// their list; the printed 四色图 is one A4 page with its legend.

const { logIn, newPage, open, pageErrors } = useAppInBrowser();
/** With SCREENSHOT_DIR set, the pages this file changes are kept to look at (both widths). */
async function keep(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  for (const [width, height] of [
    [390, 844],
    [1366, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
}
afterAll(() => expect(pageErrors).toEqual([]));

const SAFETY_MANAGER = '13800000012'; // 琴江矿业安全管理员
const MINE_ADMIN = '13800000011'; // 琴江矿业主要负责人 (the mine has an open 重大隐患)
const BLACKLISTED_ADMIN = '13800000131'; // 宝福化工主要负责人 (listed as 严重失信)
const PROVINCE = '13800000004'; // the province grades 二级 (莲乡食品's application is on 公示)

describe('the assessment form', () => {
  it('explains every value, preselects none, previews the grade and refuses a factor left out', async () => {
    const page = await logIn(SAFETY_MANAGER);
    await open(page, '/risk');
    await open(page, (await page.getByTestId('event-link').first().getAttribute('href'))!);
    const form = page.getByTestId('assess-form');
    await form.locator('xpath=..').locator('summary').click();

    for (const testid of ['lec-l', 'lec-e', 'lec-c', 'ls-l', 'ls-s']) {
      expect(await form.getByTestId(testid).inputValue()).toBe('');
    }
    const lsL = await form.getByTestId('ls-l').locator('option').allInnerTexts();
    expect(lsL).toHaveLength(6);
    expect(lsL[1]).toMatch(/^1 极不可能/);
    expect(lsL[5]).toMatch(/^5 极有可能/);
    const lsS = await form.getByTestId('ls-s').locator('option').allInnerTexts();
    expect(lsS[5]).toContain('死亡');
    expect(await form.getByTestId('lec-e').locator('option').allInnerTexts()).toContain(
      '6 每天工作时间内暴露',
    );

    await form.locator('input[name=method][value=LS]').check();
    await form.getByTestId('ls-l').selectOption('4');
    await form.getByTestId('ls-s').selectOption('4');
    const preview = form.getByTestId('assess-preview');
    // R = 16: 较大风险 on the default bands (15 ≤ R < 20).
    await expect.poll(() => preview.getAttribute('data-grade')).toBe('orange');
    expect(await preview.innerText()).toContain('R = 4 × 4 = 16');
    await form.getByTestId('ls-s').selectOption('');
    await expect.poll(() => preview.getAttribute('data-grade')).toBe('none');

    // Sent with S left out: refused, naming it in Chinese; nothing is recorded.
    await form.locator('button[type=submit]').click();
    await page.getByTestId('form-error').waitFor();
    expect(await page.getByTestId('form-error').innerText()).toContain('请选择S（严重性）');
    expect(await page.getByTestId('assess-result').count()).toBe(0);
    await keep(page, 'assess-form');
  });
});

describe('position staffing', () => {
  it("a safety manager assigns a worker from the enterprise's people", async () => {
    const page = await logIn(SAFETY_MANAGER);
    await open(page, '/risk/boards');
    const card = page.getByTestId('position-card').first();
    await card.getByTestId('position-edit').click();
    const choices = card.getByTestId('position-worker-choice');
    expect(await choices.count()).toBeGreaterThan(0);
    // Someone not yet on the position.
    let pick = -1;
    for (let i = 0; i < (await choices.count()); i += 1) {
      if (!(await choices.nth(i).isChecked())) {
        pick = i;
        break;
      }
    }
    expect(pick).toBeGreaterThanOrEqual(0);
    const name = (await choices.nth(pick).locator('xpath=..').innerText()).trim();
    await choices.nth(pick).check();
    await card.getByTestId('position-submit').click();
    await expect
      .poll(() =>
        page.getByTestId('position-card').first().getByTestId('position-workers').innerText(),
      )
      .toContain(name);
    // It is the record, not the page: the board's API says so too.
    await open(page, '/risk/boards');
    expect(
      await page.getByTestId('position-card').first().getByTestId('position-workers').innerText(),
    ).toContain(name);
    await keep(page, 'boards');
  });
});

describe('标准化', () => {
  it('shows the 公示 to anyone, without logging in', async () => {
    const visitor = await newPage({ viewport: { width: 390, height: 844 } });
    await open(visitor, '/public/standardization');
    const entry = visitor.getByTestId('publicity-entry').filter({ hasText: '莲乡食品' });
    await entry.waitFor();
    expect(await entry.innerText()).toContain('二级');
    expect(await visitor.getByTestId('logout').count()).toBe(0);
    await keep(visitor, 'public-standardization');
  });

  it('a blacklisted enterprise is told why it cannot apply before any form', async () => {
    const admin = await logIn(BLACKLISTED_ADMIN);
    await open(admin, '/standardization');
    const blocked = admin.getByTestId('apply-blocked');
    await blocked.waitFor();
    const reasons = blocked.getByTestId('apply-blocked-reason');
    expect(await reasons.filter({ hasText: '严重失信主体名单' }).count()).toBe(1);
    expect(await admin.getByTestId('apply-form').count()).toBe(0);
    await keep(admin, 'standardization-blocked');
  });

  it('an enterprise with an open 重大隐患 is told so before any form', async () => {
    const admin = await logIn(MINE_ADMIN);
    await open(admin, '/standardization');
    const reasons = admin.getByTestId('apply-blocked-reason');
    await reasons.first().waitFor();
    expect((await reasons.allInnerTexts()).some((r) => r.includes('未销号的重大隐患'))).toBe(true);
    expect(await admin.getByTestId('apply-form').count()).toBe(0);
  });

  it('lists the certificates pending revocation', async () => {
    const province = await logIn(PROVINCE);
    await open(province, '/standardization?certificates=revocation');
    const rows = province.getByTestId('certificate-row');
    await rows.first().waitFor();
    expect(await rows.filter({ hasText: '宝福化工' }).count()).toBe(1);
    expect(await province.getByTestId('revocation-pending').count()).toBe(await rows.count());
    expect(await province.getByTestId('filter-revocation').getAttribute('aria-current')).toBe(
      'page',
    );
    await keep(province, 'standardization-revocation');
  });
});

describe('the printed 四色图', () => {
  it('keeps the map and its legend on one A4 page', async () => {
    const page = await logIn(SAFETY_MANAGER);
    await open(page, '/risk/map');
    await page.getByTestId('map-svg').waitFor();
    await page.getByTestId('map-legend').waitFor();
    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
  });
});
