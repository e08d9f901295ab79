import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';
import { makePng } from '../support/images.js';
import { readXlsx } from '../support/xlsx.js';

// The closed loop in the browser: a safety manager registers and triages a hazard with a full
// 五到位 plan and edits it; the responsible worker finds the task among their notifications, asks
// for more time and submits; a first acceptance is rejected with a reason the log shows; the
// 主要负责人 approves the extension and accepts. A regulator reads the same hazard without any
// form, and its 台账. The tests run in order on the one hazard, as its loop does.

const { open, logIn, pageErrors } = useAppInBrowser();
afterEach(() => {
  expect(pageErrors).toEqual([]);
});

const ADMIN = '13800000011'; // 琴江矿业主要负责人
const SAFETY_MANAGER = '13800000012'; // 琴江矿业安全管理员
const WORKER = '13800000013'; // 琴江矿业岗位员工
const INSPECTOR = '13800000002'; // 石城县执法人员

const DESCRIPTION = `破碎机皮带防护罩缺失 ${Date.now()}`;
const REJECTION = '防护罩未固定，需加装螺栓';
const AFTER_PHOTO = { name: '整改后.png', mimeType: 'image/png', buffer: makePng(6, 6) };

/** Fills the named fields of a form (selects by value or label) and clicks `button`. */
async function fill(form: Locator, fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) {
    const field = form.locator(`[name="${name}"]`);
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') {
      await field.selectOption(value).catch(() => field.selectOption({ label: value }));
    } else await field.fill(value);
  }
}

const stateOf = (page: Page) => page.getByTestId('hazard-state').first().innerText();
const inDays = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

async function openHazard(page: Page) {
  await open(page, '/hazards');
  await page.getByRole('link', { name: DESCRIPTION }).click();
  await page.getByTestId('hazard-title').filter({ hasText: DESCRIPTION }).waitFor();
}

describe('the hazard loop in the browser', () => {
  let hazardPath = '';

  it('a safety manager registers a hazard and triages it 一般 / 限期整改 with a full plan', async () => {
    const page = await logIn(SAFETY_MANAGER);
    await open(page, '/hazards/new');
    const form = page.getByTestId('hazard-form');
    await fill(form, {
      description: DESCRIPTION,
      source: '日常排查',
      kind: '设备',
      category: '物的不安全状态',
      location: '破碎车间 2 号皮带',
    });
    await form.getByTestId('hazard-submit').click();
    await page.waitForURL(/\/hazards\/[0-9a-f-]{36}$/);
    hazardPath = new URL(page.url()).pathname;
    expect(await stateOf(page)).toBe('已登记');

    // The API's 422 shows on the form: 限期整改 without its contingency plan.
    const confirm = page.getByTestId('confirm-form');
    await fill(confirm, {
      grade: '一般',
      manageType: '限期整改',
      measures: '加装皮带防护罩并固定',
      responsiblePerson: '琴江矿业岗位员工',
      responsibleUserId: '琴江矿业岗位员工',
      funds: '3500',
      deadline: inDays(10),
    });
    await confirm.getByTestId('confirm').click();
    await expect
      .poll(() => page.getByTestId('triage').getByRole('alert').first().innerText())
      .toContain('应急预案');

    await fill(page.getByTestId('confirm-form'), { contingencyPlan: '整改前停机挂牌，专人监护' });
    await page.getByTestId('confirm').click();
    await expect.poll(() => stateOf(page)).toBe('整改中');
    let plan = await page.getByTestId('hazard-plan').innerText();
    expect(plan).toContain('加装皮带防护罩并固定');
    expect(plan).toContain('3500');

    // The plan changes while rectifying; the log records the change and its reason.
    await page.getByText('修改治理方案', { exact: true }).first().click();
    const edit = page.getByTestId('plan-form');
    await fill(edit, { funds: '4200', reason: '改用加厚钢板防护罩' });
    await edit.locator('button[type=submit]').click();
    await expect.poll(() => page.getByTestId('hazard-plan').innerText()).toContain('4200');
    plan = await page.getByTestId('hazard-plan').innerText();
    expect(plan).toContain('加装皮带防护罩并固定');
    const edited = page.locator('[data-testid="hazard-event"][data-action="edit_plan"]');
    expect(await edited.innerText()).toContain('改用加厚钢板防护罩');
  });

  it('the responsible worker submits; the first acceptance is rejected with its reason', async () => {
    const worker = await logIn(WORKER);
    expect(Number(await worker.getByTestId('notification-count').innerText())).toBeGreaterThan(0);
    await worker.getByTestId('notification-bell').click();
    const task = worker
      .locator('[data-testid="notification"][data-kind="rectification_assigned"]')
      .filter({ hasText: DESCRIPTION.slice(0, 20) });
    await task.getByRole('link').click();
    await worker.waitForURL((url) => url.pathname === hazardPath);
    await openHazard(worker);
    await fill(worker.getByTestId('extension-form'), {
      requestedDeadline: inDays(20),
      reason: '加厚钢板防护罩待到货',
    });
    await worker.getByTestId('extension-form').locator('button[type=submit]').click();
    await expect
      .poll(() => worker.getByTestId('extensions').innerText())
      .toContain('加厚钢板防护罩待到货');
    await fill(worker.getByTestId('submit-form'), { note: '已加装防护罩' });
    await worker.getByTestId('submit').click();
    await expect.poll(() => stateOf(worker)).toBe('待验收');

    const safety = await logIn(SAFETY_MANAGER);
    await open(safety, hazardPath);
    await safety.locator('#reject-acceptance-reason').fill(REJECTION);
    await safety.getByTestId('reject-acceptance').click();
    await expect.poll(() => stateOf(safety)).toBe('整改中');
    const rejected = safety.locator(
      '[data-testid="hazard-event"][data-action="reject_acceptance"]',
    );
    expect(await rejected.innerText()).toContain(REJECTION);

    await open(worker, hazardPath);
    await worker.getByTestId('hazard-events').filter({ hasText: REJECTION }).waitFor();
    await fill(worker.getByTestId('submit-form'), { note: '已用螺栓固定防护罩' });
    // The after-photo goes with the submission and is in the log for the acceptor to see.
    await worker.getByTestId('submit-form').getByTestId('photo-input').setInputFiles(AFTER_PHOTO);
    await worker.getByTestId('submit').click();
    await expect.poll(() => stateOf(worker)).toBe('待验收');
    const submitted = worker.locator('[data-testid="hazard-event"][data-action="submit"]').last();
    await submitted.getByRole('link', { name: AFTER_PHOTO.name }).waitFor();
  });

  it('a different manager accepts and the hazard is closed', async () => {
    const admin = await logIn(ADMIN);
    await open(admin, hazardPath);
    // The 主要负责人 decides the worker's extension request first.
    const deadlineBefore = await admin.getByTestId('hazard-deadline').innerText();
    await admin
      .getByTestId('decide-form')
      .getByRole('button', { name: '同意', exact: true })
      .click();
    await expect.poll(() => admin.getByTestId('extensions').innerText()).toContain('已同意');
    expect(await admin.getByTestId('hazard-deadline').innerText()).not.toBe(deadlineBefore);
    await admin.getByTestId('accept').click();
    await expect.poll(() => stateOf(admin)).toBe('已销号');
    const actions = await admin
      .getByTestId('hazard-event')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-action')));
    expect(actions).toEqual([
      'register',
      'confirm',
      'edit_plan',
      'request_extension',
      'submit',
      'reject_acceptance',
      'submit',
      'approve_extension',
      'accept',
    ]);
    // Closed: no form is left on the page.
    expect(await admin.locator('main form').count()).toBe(0);
  });

  it('a regulator reads the list and the hazard, read-only', async () => {
    const page = await logIn(INSPECTOR);
    await open(page, '/hazards');
    const row = page.getByTestId('hazard-row').filter({ hasText: DESCRIPTION });
    expect(await row.innerText()).toContain('石城县琴江矿业有限公司');
    await row.getByRole('link', { name: DESCRIPTION }).click();
    await page.getByTestId('hazard-title').filter({ hasText: DESCRIPTION }).waitFor();
    expect(await page.locator('.notice').innerText()).toContain('只读');
    expect(await page.locator('main form').count()).toBe(0);
    expect(await page.getByTestId('hazard-event').count()).toBe(9);

    await open(page, '/hazards/ledger?state=closed');
    const ledgerRow = page.getByTestId('ledger-row').filter({ hasText: DESCRIPTION });
    expect(await ledgerRow.innerText()).toContain('琴江矿业主要负责人');
    const href = await page.getByTestId('ledger-download').getAttribute('href');
    const file = await page.request.get(new URL(href!, page.url()).href);
    expect(file.status()).toBe(200);
    const [headers, ...rows] = await readXlsx(await file.body());
    expect(headers).toContain('验收人');
    const cells = rows.find((r) => r.includes(DESCRIPTION))!;
    expect(cells[headers!.indexOf('状态')]).toBe('已销号');
    expect(cells[headers!.indexOf('验收人')]).toBe('琴江矿业主要负责人');
  });
});
