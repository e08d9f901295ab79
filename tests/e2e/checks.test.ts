import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';
import { makePng } from '../support/images.js';

// A worker on a phone does the day's checks: marks one 异常 with a photo, which opens a hazard
// the safety manager then finds (through the API for now: the hazard list page is built
// elsewhere), and reports a hazard of their own with 随手拍.

const ADMIN = '13800000011';
const SAFETY = '13800000012';
const WORKER = '13800000013';
const POSITION = '破碎工岗';

const app = useAppInBrowser();
const { open, logIn, pageErrors } = app;
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const photo = { name: '现场.png', mimeType: 'image/png', buffer: makePng(8, 8) };

/** The API as the page's logged-in user (same cookie), as a same-origin script would call it. */
async function apiOf(page: Page) {
  const headers = { origin: app.server.url };
  const get = async (path: string) => {
    const res = await page.request.get(`${app.server.url}/api/v1${path}`);
    expect(res.status(), path).toBe(200);
    return res.json();
  };
  const patch = async (path: string, data: unknown) => {
    const res = await page.request.patch(`${app.server.url}/api/v1${path}`, { data, headers });
    expect(res.status(), await res.text()).toBe(200);
  };
  const me = await get('/auth/me');
  return { get, patch, me, enterpriseId: me.membership.enterpriseId as string };
}

describe('checks on a phone', () => {
  it('lets a worker mark a check 异常 with a photo, opening a hazard the safety manager sees', async () => {
    // The demo has no workers on positions: the enterprise admin puts this one on the crusher's.
    const worker = await logIn(WORKER, phone);
    const workerApi = await apiOf(worker);
    const admin = await apiOf(await logIn(ADMIN));
    const { items: positions } = await admin.get(`/enterprises/${admin.enterpriseId}/positions`);
    const position = positions.find((p: { name: string }) => p.name === POSITION);
    await admin.patch(`/enterprises/${admin.enterpriseId}/positions/${position.id}`, {
      workerUserIds: [workerApi.me.user.id],
    });

    await open(worker, '/checks');
    const due = worker.getByTestId('check-group-due').getByTestId('check-task');
    expect(await due.count()).toBeGreaterThan(0);
    const task = due.first();
    await task.getByTestId('check-note').fill('防护罩螺栓松脱');
    await task.getByTestId('photo-input').setInputFiles(photo);
    await task.getByTestId('check-not-ok').click();
    const done = worker.getByTestId('check-group-done').getByTestId('check-task');
    await done.first().waitFor();
    expect(await done.first().getByTestId('check-recorded').innerText()).toContain('异常');

    const safety = await apiOf(await logIn(SAFETY));
    const base = `/enterprises/${safety.enterpriseId}`;
    const { items } = await safety.get(
      `${base}/hazards?source=${encodeURIComponent('管控措施失效')}`,
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ description: '防护罩螺栓松脱', state: 'reported' });
    expect(items[0].controlMeasureId).toEqual(expect.any(String));
    const hazard = await safety.get(`${base}/hazards/${items[0].id}`);
    expect(hazard.events[0].attachments).toHaveLength(1);
    const image = await (
      await logIn(SAFETY)
    ).request.get(`${app.server.url}/api/v1${base}/uploads/${hazard.events[0].attachments[0].ref}`);
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
