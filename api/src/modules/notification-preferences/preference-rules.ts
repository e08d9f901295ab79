import {
  PERSONAL_CHANNELS,
  type DeliveryState,
  type NotificationPreferenceRow,
  type PersonalChannel,
} from '@shuangfang/db';
import { chinaMinuteOfDay, nextChinaMinute } from '../../lib/china-time.js';

// What a person's choices mean for one reminder: whether it goes out, on which channels, and
// when — at once, after their quiet hours, or held for their daily digest.

export interface Preference {
  /** The reminders' address chosen here, if any (else the account's). */
  email: string | null;
  mutedKinds: string[];
  channels: PersonalChannel[];
  quiet: { start: number; end: number } | null;
  digestHour: number | null;
}

/** Without a row: every kind, every channel, no quiet hours, no digest. */
export const DEFAULT_PREFERENCE: Preference = {
  email: null,
  mutedKinds: [],
  channels: [...PERSONAL_CHANNELS],
  quiet: null,
  digestHour: null,
};

export function preferenceOf(row: NotificationPreferenceRow | undefined): Preference {
  if (!row) return DEFAULT_PREFERENCE;
  return {
    email: row.email,
    mutedKinds: row.muted_kinds,
    channels: row.channels,
    quiet:
      row.quiet_start === null || row.quiet_end === null
        ? null
        : { start: row.quiet_start, end: row.quiet_end },
    digestHour: row.digest_hour,
  };
}

/** Whether a China-time minute of the day falls in quiet hours [start, end), which may wrap midnight. */
export function inQuietHours(quiet: { start: number; end: number }, minute: number): boolean {
  return quiet.start <= quiet.end
    ? minute >= quiet.start && minute < quiet.end
    : minute >= quiet.start || minute < quiet.end;
}

/** When a reminder made now goes out for this person, and in which state it waits. */
export function timingOf(p: Preference, now: Date): { state: DeliveryState; at: Date } {
  if (p.digestHour !== null)
    return { state: 'held', at: nextChinaMinute(now, p.digestHour * 60, true) };
  if (p.quiet && inQuietHours(p.quiet, chinaMinuteOfDay(now))) {
    return { state: 'pending', at: nextChinaMinute(now, p.quiet.end, true) };
  }
  return { state: 'pending', at: now };
}
