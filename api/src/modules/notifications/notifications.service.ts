import type { Db } from '@shuangfang/db';
import { SOURCES, type Caller } from './notification-sources.js';

/** The caller's notifications from every source that concerns them, most recent first. */
export async function notificationsFor(db: Db, caller: Caller) {
  const lists = await Promise.all(
    SOURCES.filter((s) => s.appliesTo(caller)).map((s) => s.load(db, caller)),
  );
  const items = lists.flat().sort((a, b) => b.at.localeCompare(a.at));
  return { items, count: items.length };
}
