import type { Locator } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';

// A safety manager keeps the risk register in the browser: the built app, demo data, Chromium.

const { open, logIn, pageErrors } = useAppInBrowser();
afterEach(() => {
  // A script error in the page is a failure even when the assertions happened to pass.
  expect(pageErrors).toEqual([]);
});

const SAFETY_MANAGER = '13800000012'; // 琴江矿业安全管理员

/** Fills the named fields of a form and submits it. */
async function submit(form: Locator, fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) {
    const field = form.locator(`[name="${name}"]`);
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  await form.locator('button[type=submit]').first().click();
}

const OBJECT = '三号粉尘除尘系统';
const UNIT = '布袋除尘器';
const EVENT = '除尘器内粉尘积聚遇点火源';

describe('the risk register in the browser', () => {
  it('creates an object, assesses an event red, places the object, and sees it red on the map', async () => {
    const page = await logIn(SAFETY_MANAGER);
    await open(page, '/risk');

    await page.getByText(`＋ 新增风险分析对象`).click();
    await submit(page.getByTestId('add-object-form'), {
      name: OBJECT,
      kind: '生产装置',
      department: '生产部',
      responsiblePerson: '刘工',
    });
    const object = page.locator('section.risk-object', {
      has: page.getByRole('heading', { name: OBJECT }),
    });
    await expect
      .poll(() => object.getByTestId('risk-object').getAttribute('data-colour'))
      .toBe('none');

    // A new object goes to the end of the list; moving it up swaps it with the one before.
    const headings = () => page.locator('section.risk-object h2').allInnerTexts();
    const before = await headings();
    expect(before.at(-1)).toBe(OBJECT);
    await object.getByTestId('move-objects').getByRole('button', { name: '上移' }).click();
    await expect.poll(headings).toEqual([...before.slice(0, -2), OBJECT, before.at(-2)]);

    await object.getByText('＋ 新增分析单元').click();
    await submit(object.getByTestId('add-unit-form'), { name: UNIT, responsiblePerson: '刘工' });
    const unit = object.getByTestId('risk-unit').filter({ hasText: UNIT });
    await unit.waitFor();

    await unit.getByText('＋ 新增风险事件').click();
    await submit(unit.getByTestId('add-event-form'), {
      hazardFactor: EVENT,
      accidentType: '其他爆炸',
      consequence: '粉尘爆炸，人员伤亡',
    });
    const event = unit.getByTestId('risk-event').filter({ hasText: EVENT });
    await event.waitFor();
    expect(await event.getByTestId('event-grade').getAttribute('data-grade')).toBe('none');

    // L=6 (quite possible) × E=6 (daily) × C=40 (several deaths) = 1440 > 320: 重大, red.
    await event.getByText('评估', { exact: true }).click();
    await submit(event.getByTestId('assess-form'), { l: '6', e: '6', c: '40' });
    await expect
      .poll(() => event.getByTestId('event-grade').getAttribute('data-grade'))
      .toBe('red');
    expect(await event.getByTestId('assess-result').innerText()).toContain('1440');
    expect(await object.getByTestId('risk-object').getAttribute('data-colour')).toBe('red');

    await open(page, '/risk/map');
    await page.getByTestId('place-object-select').selectOption({ label: OBJECT });
    const map = page.getByTestId('map-svg');
    const box = (await map.boundingBox())!;
    for (const [x, y] of [
      [0.1, 0.1],
      [0.25, 0.1],
      [0.25, 0.2],
      [0.1, 0.2],
    ] as const)
      await map.click({ position: { x: box.width * x, y: box.height * y } });
    await page.getByRole('button', { name: '完成' }).click();
    await page.getByTestId('place-object-submit').click();
    const polygon = page.getByTestId('map-polygon').filter({ hasText: OBJECT });
    await polygon.waitFor();
    expect(await polygon.getAttribute('data-colour')).toBe('red');
    // The legend and the title a posted map needs.
    expect(await page.locator('.map-sheet').innerText()).toContain('石城县琴江矿业有限公司');
  });

  it('keeps the event’s history, measures, emergency measures and control level on its page', async () => {
    const page = await logIn(SAFETY_MANAGER);
    await open(page, '/risk');
    await page.getByTestId('event-link').filter({ hasText: EVENT }).click();
    await page.waitForURL(/\/risk\/events\//);
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('event-title').innerText()).toBe(EVENT);
    expect(await page.getByTestId('assessment-row').count()).toBe(1);

    await page.getByText('＋ 新增管控措施').click();
    await submit(page.getByTestId('add-measure-form'), {
      category: '工程技术',
      controlLevel: '公司级',
      description: '除尘器设泄爆片和火花探测熄灭装置',
      responsiblePerson: '刘工',
      checkContent: '泄爆片完好、火花探测装置运行正常',
      checkCycleCount: '1',
      checkCycleUnit: 'day',
    });
    await page.getByTestId('measure').filter({ hasText: '泄爆片' }).waitFor();
    expect(await page.getByTestId('measure').innerText()).toContain('每 1 天排查一次');

    await page.getByText('＋ 新增应急处置措施').click();
    await submit(page.getByTestId('add-emergency-form'), {
      steps: '立即停机断电，撤离人员，启动粉尘爆炸专项应急预案',
      phone: '0797-1234567',
    });
    await page.getByTestId('emergency-measure').filter({ hasText: '停机断电' }).waitFor();

    // Moving a red event's control level down needs a reason: refused, then accepted with one.
    await page.getByText('调整管控层级').click();
    const levelForm = page.getByTestId('control-level-form');
    await submit(levelForm, { controlLevel: '车间级', reason: '' });
    await levelForm.locator('#cl-reason-error').waitFor();
    expect(await levelForm.locator('#cl-reason-error').innerText()).toContain('理由');
    await submit(levelForm, { controlLevel: '车间级', reason: '除尘系统由车间专人值守' });
    await page.getByText('（除尘系统由车间专人值守）').waitFor();

    // A second assessment joins the history; the register shows the latest.
    await page.getByText('评估', { exact: true }).click();
    await submit(page.getByTestId('assess-form'), { l: '1', e: '6', c: '7' });
    await expect.poll(() => page.getByTestId('assessment-row').count()).toBe(2);
    expect(await page.getByTestId('event-grade').getAttribute('data-grade')).toBe('blue');
  });
});
