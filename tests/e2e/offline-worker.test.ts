import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';
import { makePng } from '../support/images.js';

// A worker without signal: two checks (one 异常 with a photo) and a 随手拍 wait on the phone,
// survive a reload, and arrive exactly once each when the connection returns; the 异常 opens its
// hazard; the queue empties; a forced second send under the same key writes nothing
// (docs/architecture.md "Offline sync").

const WORKER = '13800000013';
const NOTE = '离线记录：托辊护罩脱落';
const SNAP = '离线随手拍：配电柜门未关';

const app = useAppInBrowser();
const { logIn, pageErrors } = app;
// A page under a service worker keeps it busy (it keeps the worker pages fresh), so "network
// idle" may never come: the load event is what a person waits for.
const open = (page: Page, path: string) =>
  page.goto(new URL(path, app.server.url).href, { waitUntil: 'load' });
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const photo = { name: '离线.png', mimeType: 'image/png', buffer: makePng(8, 8) };

interface Queued {
  key: string;
  kind: string;
  body: Record<string, unknown>;
  photos: unknown[];
}

/** The queue as the page keeps it in IndexedDB. */
function readQueue(page: Page): Promise<Queued[]> {
  return page.evaluate(
    () =>
      new Promise<Queued[]>((resolve, reject) => {
        const request = indexedDB.open('shuangfang-offline');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('items')) return resolve([]);
          const all = db.transaction('items').objectStore('items').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Queued[]);
          };
        };
      }),
  );
}

/** A request the page itself sends with its session, as a retry of the queue would. */
function pagePost(page: Page, path: string, key: string, body: unknown) {
  return page.evaluate(
    async ({ path, key, body }) => {
      const res = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(body),
      });
      return {
        status: res.status,
        replayed: res.headers.get('idempotent-replayed'),
        body: await res.json(),
      };
    },
    { path, key, body },
  );
}

describe('the worker app without signal', () => {
  it('queues two checks and a 随手拍 offline and sends each exactly once when back online', async () => {
    const worker = await logIn(WORKER, phone);
    const context = worker.context();
    await open(worker, '/checks');
    await worker.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Both pages seen online once, as a worker does at the start of a shift.
    await open(worker, '/hazards/snap');
    await open(worker, '/checks');
    const me = await (await worker.request.get(`${app.server.url}/api/v1/auth/me`)).json();
    const enterpriseId: string = me.membership.enterpriseId;
    const api = async (path: string) =>
      (
        await worker.request.get(`${app.server.url}/api/v1/enterprises/${enterpriseId}${path}`)
      ).json();

    const due = worker.getByTestId('check-group-due').getByTestId('check-task');
    expect(await due.count()).toBeGreaterThanOrEqual(2);
    const okCard = due.nth(0);
    const failCard = due.nth(1);
    const okMeasure = await okCard.locator('input[name=measureId]').inputValue();
    const failMeasure = await failCard.locator('input[name=measureId]').inputValue();

    await context.setOffline(true);
    await worker.getByTestId('offline-banner').waitFor();
    await okCard.getByTestId('check-ok').click();
    await okCard.getByTestId('check-queued').waitFor();
    await failCard.getByTestId('check-note').fill(NOTE);
    await failCard.getByTestId('photo-input').setInputFiles(photo);
    await failCard.getByTestId('check-not-ok').click();
    await failCard.getByTestId('check-queued').waitFor();

    await worker.goto(`${app.server.url}/hazards/snap`);
    await worker.getByTestId('photo-input').setInputFiles(photo);
    await worker.locator('#snap-description').fill(SNAP);
    await worker.locator('#snap-location').fill('二号配电室');
    await worker.getByTestId('snap-submit').click();
    await worker.getByTestId('snap-queued').waitFor();

    // Still offline, the page comes back from the service worker with all three waiting.
    await worker.reload();
    await worker.getByTestId('offline-banner').waitFor();
    const waiting = worker.getByTestId('queue-item');
    await expect.poll(() => waiting.count()).toBe(3);
    const queued = await readQueue(worker);
    expect(queued.map((q) => q.kind)).toEqual(['check', 'check', 'snap']);
    expect(queued.map((q) => q.photos.length)).toEqual([0, 1, 1]);

    await context.setOffline(false);
    await expect.poll(() => waiting.count(), { timeout: 20_000 }).toBe(0);
    expect(await readQueue(worker)).toEqual([]);

    const okRecords = await api(`/check-records?measureId=${okMeasure}`);
    const failRecords = await api(`/check-records?measureId=${failMeasure}&result=not_ok`);
    type Row = { deviceRecordedAt: string | null } & Record<string, any>;
    const todays = (items: Row[]) => items.filter((r) => r.deviceRecordedAt !== null);
    expect(todays(okRecords.items)).toHaveLength(1);
    expect(todays(failRecords.items)).toHaveLength(1);
    const failRecord = todays(failRecords.items)[0]!;
    expect(failRecord.note).toBe(NOTE);
    expect(failRecord.attachments).toHaveLength(1);
    expect(failRecord.hazardId).toBeTruthy();
    const hazard = await api(`/hazards/${failRecord.hazardId}`);
    expect(hazard.source).toBe('管控措施失效');

    const snaps = await api(`/hazards?source=${encodeURIComponent('员工随手拍')}`);
    const reported = snaps.items.filter((h: { description: string }) => h.description === SNAP);
    expect(reported).toHaveLength(1);

    // A duplicate send with the queue's key is answered from the first, and writes nothing.
    const failItem = queued[1]!;
    const path = `/api/v1/enterprises/${enterpriseId}/check-records`;
    const again = await pagePost(worker, path, failItem.key, {
      ...failItem.body,
      attachments: failRecord.attachments.map((a: { name: string; ref: string }) => ({
        name: a.name,
        ref: a.ref,
      })),
    });
    expect(again.replayed).toBe('true');
    expect(again.body.id).toBe(failRecord.id);
    const reused = await pagePost(worker, path, failItem.key, { ...failItem.body, note: '另一条' });
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const after = await api(`/check-records?measureId=${failMeasure}&result=not_ok`);
    expect(todays(after.items)).toHaveLength(1);

    // The page, read again online, shows both checks done.
    await open(worker, '/checks');
    const done = worker.getByTestId('check-group-done').getByTestId('check-recorded');
    expect(await done.count()).toBeGreaterThanOrEqual(2);
    await worker.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/offline-checks.png` });
  }, 240_000);

  it('forgets the session on this device when the worker logs out', async () => {
    const worker = await logIn(WORKER, phone);
    await open(worker, '/checks');
    await worker.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await open(worker, '/hazards/snap');
    const keptPages = () =>
      worker.evaluate(async () => (await (await caches.open('shuangfang-pages')).keys()).length);
    await expect.poll(keptPages).toBeGreaterThan(0);
    // Something waiting in the queue (another account's, so this session leaves it alone).
    await worker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('shuangfang-offline');
          request.onsuccess = () => {
            const tx = request.result.transaction('items', 'readwrite');
            tx.objectStore('items').add({ key: 'k', userId: 'someone-else', photos: [] });
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    expect(await readQueue(worker)).toHaveLength(1);

    await worker.getByTestId('logout').click();
    await worker.waitForURL((url) => url.pathname === '/login');
    expect(await worker.evaluate(() => caches.has('shuangfang-pages'))).toBe(false);
    expect(await readQueue(worker)).toEqual([]);
  }, 60_000);

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
