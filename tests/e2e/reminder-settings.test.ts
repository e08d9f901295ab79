import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';
import { makePng } from '../support/images.js';

// Reminder settings as people meet them: a worker chooses reminders, quiet hours and a digest;
// an agency's admin adds a signed webhook whose secret is never shown again and reads the
// delivery log, where a reminder the webhook could not take shows its error and can be re-sent.

const WORKER = '13800000013';
const AGENCY_ADMIN = '13800000001';
const SECRET = 'webhook-secret-abcdef0123456789';
const MINE = '石城县琴江矿业有限公司';

const app = useAppInBrowser();
const { open, logIn, newPage, pageErrors } = app;
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const shot = (name: string) => `${process.env.SCREENSHOT_DIR ?? '/tmp'}/${name}.png`;

describe('reminder settings', () => {
  it('lets a worker choose reminders, quiet hours and a daily digest', async () => {
    const worker = await logIn(WORKER, phone);
    await open(worker, '/notifications');
    await worker.getByTestId('reminder-settings').click();
    await worker.waitForURL((url) => url.pathname === '/notifications/preferences');
    await worker.getByTestId('pref-event-check_missed').uncheck();
    await worker.getByTestId('pref-quiet-start').fill('22:00');
    await worker.getByTestId('pref-quiet-end').fill('07:00');
    await worker.getByTestId('pref-digest').selectOption('8');
    await worker.getByTestId('preferences-save').click();
    await worker.getByTestId('preferences-saved').waitFor();
    await worker.screenshot({ path: shot('reminder-preferences-phone'), fullPage: true });

    const saved = await (
      await worker.request.get(`${app.server.url}/api/v1/me/notification-preferences`)
    ).json();
    expect(saved.quietHours).toEqual({ start: '22:00', end: '07:00' });
    expect(saved.digestHour).toBe(8);
    const missed = saved.events.find((e: { kind: string }) => e.kind === 'check_missed');
    expect(missed.enabled).toBe(false);

    await open(worker, '/notifications/preferences');
    expect(await worker.getByTestId('pref-event-check_missed').isChecked()).toBe(false);
    expect(await worker.getByTestId('pref-digest').inputValue()).toBe('8');
  }, 120_000);

  it("lets an agency's admin add a webhook whose secret is never shown, and read the delivery log", async () => {
    const admin = await logIn(AGENCY_ADMIN, { viewport: { width: 1366, height: 900 } });
    await open(admin, '/notifications/channels');
    const form = admin.getByTestId('channel-form');
    await form.getByTestId('channel-kind').selectOption('webhook');
    await form.locator('#channel-name').fill('执法系统对接');
    // Nothing listens there, and it is a loopback address: the send is refused and logged.
    await form.locator('#channel-url').fill('http://127.0.0.1:9/hook?token=abcdef123456');
    await form.locator('#channel-secret').fill(SECRET);
    await form.getByTestId('channel-submit').click();
    await admin.getByTestId('channel-created').waitFor();
    const channel = admin.getByTestId('channel').filter({ hasText: '执法系统对接' });
    expect(await channel.getByTestId('channel-secret').innerText()).toContain('已设置');
    expect(await channel.getByTestId('channel-url').innerText()).not.toContain('abcdef123456');
    expect(await admin.content()).not.toContain(SECRET);
    expect(await admin.locator('#channel-secret').inputValue()).toBe('');
    await admin.screenshot({ path: shot('reminder-channels-desktop'), fullPage: true });

    // A tip-off about an enterprise of the county is a reminder for the agency.
    const visitor = await newPage(phone);
    await open(visitor, '/public/tipoff');
    await visitor.locator('#tipoff-q').fill('琴江矿业');
    await visitor.getByTestId('tipoff-search').getByRole('button').click();
    await visitor.getByTestId('tipoff-form').waitFor();
    expect(await visitor.getByTestId('tipoff-enterprise').allInnerTexts()).toEqual([MINE]);
    await visitor.locator('#tipoff-description').fill('尾矿库排洪沟堵塞，雨季有漫坝危险');
    await visitor
      .getByTestId('photo-input')
      .setInputFiles({ name: '现场.png', mimeType: 'image/png', buffer: makePng(8, 8) });
    await visitor.getByTestId('tipoff-anonymous').check();
    await visitor.getByTestId('tipoff-submit').click();
    // The receipt is shown in place: the tip-off is in.
    await visitor.getByTestId('receipt-code').waitFor();

    // The delivery worker fans it out and tries the webhook within seconds.
    const row = admin.getByTestId('delivery').filter({ hasText: '执法系统对接' });
    await expect
      .poll(
        async () => {
          await open(admin, '/notifications/deliveries');
          return row.count();
        },
        { timeout: 60_000, interval: 3_000 },
      )
      .toBeGreaterThan(0);
    await expect
      .poll(
        async () => {
          await open(admin, '/notifications/deliveries');
          return row.first().getAttribute('data-state');
        },
        { timeout: 60_000, interval: 3_000 },
      )
      .toBe('failed');
    expect(await row.first().innerText()).toContain('收到举报');
    await admin.screenshot({ path: shot('reminder-deliveries-desktop'), fullPage: true });
    await admin.setViewportSize({ width: 390, height: 844 });
    await admin.screenshot({ path: shot('reminder-deliveries-phone'), fullPage: true });
    await row.first().getByTestId('delivery-resend').click();
    await admin.getByTestId('delivery-resent').waitFor();
    await expect.poll(() => row.count()).toBeGreaterThan(1);
  }, 240_000);

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
