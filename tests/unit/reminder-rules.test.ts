import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { open, seal } from '../../api/src/lib/secret-box.js';
import { nextChinaMinute } from '../../api/src/lib/china-time.js';
import { previewOf } from '../../api/src/modules/notification-channels/channels.dto.js';
import {
  DEFAULT_PREFERENCE,
  inQuietHours,
  timingOf,
} from '../../api/src/modules/notification-preferences/preference-rules.js';
import { windowsCrossing } from '../../api/src/modules/notifications/reminders.sweep.js';
import { dingtalkSign } from '../../api/src/modules/deliveries/signatures.js';

// The pure rules of reminders: which check windows a sweep's range opens and closes, when a
// reminder goes out for a person's quiet hours and digest, how a channel's URL is masked, and
// that sealed secrets open only with their key and their context.

const at = (iso: string) => new Date(iso);

describe('windows a sweep crosses', () => {
  it('opens today’s daily window and closes yesterday’s across China midnight', () => {
    // 2026-12-01 00:00 China time is 2026-11-30T16:00Z.
    const { opened, closed } = windowsCrossing(
      { unit: 'day', count: 1 },
      { from: at('2026-11-30T15:59:00Z'), to: at('2026-11-30T16:01:00Z') },
    );
    expect(opened.map((w) => w.start.toISOString())).toEqual(['2026-11-30T16:00:00.000Z']);
    expect(closed.map((w) => w.end.toISOString())).toEqual(['2026-11-30T16:00:00.000Z']);
  });

  it('counts a boundary once: the range is open at its start and closed at its end', () => {
    const cycle = { unit: 'hour', count: 1 } as const;
    const a = windowsCrossing(cycle, {
      from: at('2026-12-01T00:30:00Z'),
      to: at('2026-12-01T01:00:00Z'),
    });
    const b = windowsCrossing(cycle, {
      from: at('2026-12-01T01:00:00Z'),
      to: at('2026-12-01T01:30:00Z'),
    });
    expect(a.opened).toHaveLength(1);
    expect(a.closed).toHaveLength(1);
    expect(b.opened).toHaveLength(0);
    expect(b.closed).toHaveLength(0);
  });

  it('finds nothing in a minute inside a year-long window', () => {
    const { opened, closed } = windowsCrossing(
      { unit: 'year', count: 1 },
      { from: at('2026-06-01T00:00:00Z'), to: at('2026-06-01T00:01:00Z') },
    );
    expect([opened, closed]).toEqual([[], []]);
  });
});

describe('when a reminder goes out', () => {
  it('reads quiet hours in China time, wrapping midnight', () => {
    const night = { start: 22 * 60, end: 7 * 60 };
    expect(inQuietHours(night, 23 * 60)).toBe(true);
    expect(inQuietHours(night, 6 * 60 + 59)).toBe(true);
    expect(inQuietHours(night, 7 * 60)).toBe(false);
    expect(inQuietHours({ start: 12 * 60, end: 13 * 60 }, 12 * 60 + 30)).toBe(true);
  });

  it('waits until quiet hours end, holds for the digest, else sends now', () => {
    // 23:30 China time.
    const now = at('2026-12-01T15:30:00Z');
    const quiet = { ...DEFAULT_PREFERENCE, quiet: { start: 22 * 60, end: 7 * 60 } };
    expect(timingOf(quiet, now)).toEqual({ state: 'pending', at: at('2026-12-01T23:00:00Z') });
    expect(timingOf({ ...DEFAULT_PREFERENCE, digestHour: 8 }, now)).toEqual({
      state: 'held',
      at: at('2026-12-02T00:00:00Z'),
    });
    expect(timingOf(DEFAULT_PREFERENCE, now)).toEqual({ state: 'pending', at: now });
  });

  it('finds the next China-time minute of the day', () => {
    expect(nextChinaMinute(at('2026-12-01T00:00:00Z'), 8 * 60, true).toISOString()).toBe(
      '2026-12-01T00:00:00.000Z',
    );
    expect(nextChinaMinute(at('2026-12-01T00:00:00Z'), 8 * 60).toISOString()).toBe(
      '2026-12-02T00:00:00.000Z',
    );
  });
});

describe('channel secrets', () => {
  it('masks query values and long path segments of a URL', () => {
    expect(
      previewOf('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-aaaa-5aaa'),
    ).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****5aaa');
    expect(previewOf('https://hooks.example.cn/services/T0000/abcdefghijklmnopqrstuvwx')).toBe(
      'https://hooks.example.cn/services/T0000/****uvwx',
    );
  });

  it('opens a sealed value only with its key and its context', () => {
    const sealed = seal('key-material-0123456789', 'SECsecret', 'notification_channel:a:secret');
    expect(sealed).not.toContain('SECsecret');
    expect(open('key-material-0123456789', sealed, 'notification_channel:a:secret')).toBe(
      'SECsecret',
    );
    expect(() =>
      open('another-key-material-0123', sealed, 'notification_channel:a:secret'),
    ).toThrow();
    expect(() =>
      open('key-material-0123456789', sealed, 'notification_channel:b:secret'),
    ).toThrow();
  });

  it('signs 钉钉 requests by the formula DingTalk documents', () => {
    // Base64(HMAC-SHA256(key = secret, message = timestamp + "\n" + secret)).
    const expected = createHmac('sha256', 'SECabc')
      .update('1700000000000\nSECabc')
      .digest('base64');
    expect(dingtalkSign('SECabc', 1700000000000)).toBe(expected);
  });
});
