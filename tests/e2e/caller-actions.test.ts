import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';

// A page's buttons follow the record's `actions` from the API (docs/architecture.md "One
// contract"), module by module, on the demo: for each record the test reads the DTO as the user
// reads it, opens its page as that user, and finds each action's button there exactly when the
// DTO allows it; and in each module one user (or one record's state) has the move another lacks.

const COUNTY_ADMIN = '13800000001';
const INSPECTOR = '13800000002';
const PROVINCE_ADMIN = '13800000004';
const MINE_ADMIN = '13800000011';
const MINE_SAFETY = '13800000012';
const MINE_WORKER = '13800000013';
const { open, logIn } = useAppInBrowser();

/** The API's answer to a GET, as the page's user. */
async function read(page: Page, path: string) {
  const res = await page.request.get(new URL(`/api/v1${path}`, page.url()).href);
  expect(res.status(), path).toBe(200);
  return res.json();
}

/** Opens `path` and checks each action's button is there exactly when `actions` holds it. */
async function buttonsFollow(
  page: Page,
  path: string,
  actions: string[],
  buttons: Record<string, string>,
) {
  await open(page, path);
  for (const [action, selector] of Object.entries(buttons)) {
    const shown = (await page.locator(selector).count()) > 0;
    expect(shown, `${path}: ${action}`).toBe(actions.includes(action));
  }
}

describe("a page's buttons follow the record's actions", () => {
  it('双报告: the 主要负责人 edits and submits a draft, the safety manager only reads it', async () => {
    const admin = await logIn(MINE_ADMIN);
    const safety = await logIn(MINE_SAFETY);
    const { items } = await read(admin, '/reports?state=draft');
    const draft = items[0];
    expect(draft, 'the demo has a draft report').toBeTruthy();
    const path = `/reports/${draft.enterpriseId}/${draft.id}`;
    const buttons = {
      edit: 'form[action="?/save"]',
      submit: '[data-testid="submit-report"]',
      acknowledge: '[data-testid="acknowledge"]',
    };
    const asAdmin = (await read(admin, `/enterprises/${draft.enterpriseId}/reports/${draft.id}`))
      .actions;
    const asSafety = (await read(safety, `/enterprises/${draft.enterpriseId}/reports/${draft.id}`))
      .actions;
    expect(asAdmin).toContain('submit');
    expect(asSafety).not.toContain('submit');
    await buttonsFollow(admin, path, asAdmin, buttons);
    await buttonsFollow(safety, path, asSafety, buttons);
  });

  it('双随机: the inspector on the team records its inspection, the agency admin off it does not', async () => {
    const inspector = await logIn(INSPECTOR);
    const admin = await logIn(COUNTY_ADMIN);
    const { items } = await read(inspector, '/inspections?mine=true');
    const assigned = items.find((i: { state: string }) => i.state === 'assigned');
    expect(assigned, 'the demo inspector has an assigned inspection').toBeTruthy();
    const buttons = { record: '[data-testid="record-form"]' };
    const asInspector = (await read(inspector, `/inspections/${assigned.id}`)).actions;
    const asAdmin = (await read(admin, `/inspections/${assigned.id}`)).actions;
    expect(asInspector).toContain('record');
    expect(asAdmin).not.toContain('record');
    await buttonsFollow(inspector, `/inspections/${assigned.id}`, asInspector, buttons);
    await buttonsFollow(admin, `/inspections/${assigned.id}`, asAdmin, buttons);
  });

  it('举报: a tip-off still to triage offers its moves, a settled one none', async () => {
    const admin = await logIn(COUNTY_ADMIN);
    const { items } = await read(admin, '/tipoffs?limit=100');
    const buttons = {
      review: '[data-testid="tipoff-review"]',
      verify: '[data-testid="tipoff-verify"]',
      reject: '[data-testid="tipoff-reject"]',
      fine: '[data-testid="tipoff-fine"]',
      pay: '[data-testid="tipoff-pay"]',
    };
    const seen = new Set<number>();
    for (const tip of items) {
      const { actions } = await read(admin, `/tipoffs/${tip.id}`);
      await buttonsFollow(admin, `/tipoffs/${tip.id}`, actions, buttons);
      seen.add(actions.length);
    }
    // The demo holds tip-offs with moves and without.
    expect(seen.has(0)).toBe(true);
    expect([...seen].some((n) => n > 0)).toBe(true);
  });

  it('标准化: the province acts on the 二级 certificates it grades, the county only reads them', async () => {
    const province = await logIn(PROVINCE_ADMIN);
    const county = await logIn(COUNTY_ADMIN);
    const buttons = ['revoke', 'keep', 'downgrade'];
    for (const [page, who, hasMoves] of [
      [province, 'province', true],
      [county, 'county', false],
    ] as const) {
      const { items } = await read(page, '/standardization/certificates?limit=200');
      await open(page, '/standardization?certificates=all');
      const rows = page.getByTestId('certificate-row');
      expect(await rows.count()).toBe(items.length);
      for (const [n, c] of items.entries()) {
        for (const action of buttons) {
          const shown = await rows.nth(n).locator(`button[value="${action}"]`).count();
          expect(shown > 0, `${who} ${c.number} ${action}`).toBe(c.actions.includes(action));
        }
      }
      const moves = items.some((c: { actions: string[] }) => c.actions.length > 0);
      expect(moves, `${who} has a move`).toBe(hasMoves);
    }
  });

  it('排查: a task open to record shows its buttons, one past or done does not', async () => {
    const worker = await logIn(MINE_WORKER);
    const { enterpriseId } = await read(worker, '/auth/me').then((me) => me.membership);
    const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(Date.now() - 86_400_000),
    );
    const recordable: boolean[] = [];
    for (const query of ['', `?date=${yesterday}`]) {
      const tasks = await read(worker, `/enterprises/${enterpriseId}/check-tasks${query}`);
      await open(worker, `/checks${query}`);
      for (const task of tasks.items) {
        const card = worker.locator(`[data-task="${task.measure.id}|${task.windowStart}"]`);
        expect(await card.count(), task.measure.checkContent).toBe(1);
        const canRecord = task.actions.includes('record');
        expect(await card.getByTestId('check-ok').count(), task.measure.checkContent).toBe(
          canRecord ? 1 : 0,
        );
        recordable.push(canRecord);
      }
    }
    expect(recordable).toContain(true);
    expect(recordable).toContain(false);
  });
});
