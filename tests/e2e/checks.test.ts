import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';
import { makePng } from '../support/images.js';

// A worker on a phone does the day's checks: marks one 异常 with a photo, which opens a hazard
// the safety manager then finds on the hazard list, and reports a hazard of their own with 随手拍.

const SAFETY = '13800000012';
const WORKER = '13800000013';
const NOTE = '防护罩螺栓松脱';

const app = useAppInBrowser();
const { open, logIn, pageErrors } = app;
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const photo = { name: '现场.png', mimeType: 'image/png', buffer: makePng(8, 8) };

/** The API as the page's logged-in user (same cookie), as a same-origin script would call it. */
async function apiOf(page: Page) {
  const get = async (path: string) => {
    const res = await page.request.get(`${app.server.url}/api/v1${path}`);
    expect(res.status(), path).toBe(200);
    return res.json();
  };
  const me = await get('/auth/me');
  return { get, enterpriseId: me.membership.enterpriseId as string };
}

describe('checks on a phone', () => {
  it('lets a worker mark a check 异常 with a photo, opening a hazard the safety manager sees', async () => {
    // The demo worker is on the crusher's position, whose measures are checked daily.
    const worker = await logIn(WORKER, phone);
    await open(worker, '/checks');
    const due = worker.getByTestId('check-group-due').getByTestId('check-task');
    expect(await due.count()).toBeGreaterThan(0);
    const task = due.first();
    await task.getByTestId('check-note').fill(NOTE);
    await task.getByTestId('photo-input').setInputFiles(photo);
    await task.getByTestId('check-not-ok').click();
    const done = worker.getByTestId('check-group-done').getByTestId('check-task');
    await done.first().waitFor();
    expect(await done.first().getByTestId('check-recorded').innerText()).toContain('异常');

    // The safety manager finds it on the hazard list, opened by the failed measure, and its photo.
    const safety = await logIn(SAFETY);
    await open(safety, `/hazards?source=${encodeURIComponent('管控措施失效')}&state=reported`);
    const row = safety.getByTestId('hazard-row').filter({ hasText: NOTE });
    expect(await row.count()).toBe(1);
    await row.getByRole('link', { name: NOTE }).click();
    await safety.getByTestId('hazard-title').filter({ hasText: NOTE }).waitFor();
    const photoLink = safety.getByTestId('hazard-events').getByRole('link', { name: photo.name });
    const image = await safety.request.get(
      new URL((await photoLink.getAttribute('href'))!, app.server.url).href,
    );
    expect(image.headers()['content-type']).toBe('image/png');
  });

  it('lets a worker report a hazard with 随手拍', async () => {
    const worker = await logIn(WORKER, phone);
    await open(worker, '/hazards/snap');
    await worker.getByTestId('photo-input').setInputFiles(photo);
    await worker.locator('#snap-description').fill('二号皮带机护栏缺失');
    await worker.locator('#snap-location').fill('破碎车间西侧');
    await worker.getByTestId('snap-submit').click();
    await worker.getByTestId('snap-sent').waitFor();

    const safety = await apiOf(await logIn(SAFETY));
    const { items } = await safety.get(
      `/enterprises/${safety.enterpriseId}/hazards?source=${encodeURIComponent('员工随手拍')}`,
    );
    const reported = items.find(
      (h: { description: string }) => h.description === '二号皮带机护栏缺失',
    );
    expect(reported).toMatchObject({ state: 'reported', location: '破碎车间西侧' });
    const detail = await safety.get(`/enterprises/${safety.enterpriseId}/hazards/${reported.id}`);
    expect(detail.events[0].attachments).toHaveLength(1);
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
