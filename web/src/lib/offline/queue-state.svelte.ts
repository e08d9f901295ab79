import { invalidateAll } from '$app/navigation';
import { enqueue, flushQueue, queuedItems, type QueuedItem } from './queue';

// What the worker pages show of the queue: its items, whether the device is online, whether a
// send is under way. One owner at a time: the user of the page that watches it.

export const offlineQueue = $state({
  items: [] as QueuedItem[],
  online: true,
  syncing: false,
});

let owner: string | null = null;
/** Something was queued while a send was under way: go round once more. */
let again = false;

export async function refreshQueue(): Promise<void> {
  if (owner) offlineQueue.items = await queuedItems(owner);
}

/** Sends what waits; when anything arrived, the page's data is read again. */
export async function syncQueue(): Promise<void> {
  if (!owner || !navigator.onLine) return;
  if (offlineQueue.syncing) {
    again = true;
    return;
  }
  offlineQueue.syncing = true;
  let sent = 0;
  try {
    do {
      again = false;
      sent += await flushQueue(owner);
    } while (again);
    await refreshQueue();
  } finally {
    offlineQueue.syncing = false;
  }
  if (sent > 0) await invalidateAll();
}

export async function queueWrite(
  item: Omit<QueuedItem, 'id' | 'queuedAt' | 'failure' | 'userId'>,
): Promise<void> {
  if (!owner) throw new Error('the queue is watched by the page before anything is queued');
  await enqueue({ ...item, userId: owner });
  await refreshQueue();
  void syncQueue();
}

/** Starts watching for `userId`: reads the queue, sends it when online, and whenever it returns. */
export function watchQueue(userId: string): () => void {
  owner = userId;
  const update = () => {
    offlineQueue.online = navigator.onLine;
    void syncQueue();
  };
  update();
  void refreshQueue();
  // The service worker keeps the worker pages of this session for use without signal.
  void navigator.serviceWorker?.ready.then((r) => r.active?.postMessage('warm'));
  addEventListener('online', update);
  addEventListener('offline', update);
  return () => {
    removeEventListener('online', update);
    removeEventListener('offline', update);
  };
}
