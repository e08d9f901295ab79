import { QUEUE_DB } from './storage-names';

// The offline queue: check results and 随手拍 reports made without signal wait in IndexedDB (so a
// reload or a closed app loses nothing) and are sent in the order they were made when the
// connection returns, by the contract in docs/architecture.md "Offline sync": each photo is
// uploaded under its own key, then the record under the item's key, with the device time. A
// retried send (lost answer, reload, two tabs) is answered from the server's stored result.

export type QueuedKind = 'check' | 'snap';

export interface QueuedItem {
  /** Auto-increment: the order the items were made in, which is the order they are sent in. */
  id?: number;
  /** The record's Idempotency-Key; photo i goes under `${key}.photo${i}`. */
  key: string;
  /** Whose item: only that user's session sends it (keys belong to the user). */
  userId: string;
  enterpriseId: string;
  kind: QueuedKind;
  /** What the worker recognises the item by: the check's content or the report's description. */
  label: string;
  /** For a check: `measureId|windowStart`, so its card shows it as waiting. */
  ref: string | null;
  /** The API body without attachments; carries `recordedAt`, the device time. */
  body: Record<string, unknown>;
  photos: File[];
  queuedAt: string;
  /** Set when the server refused it (409/422/403/404): kept, with the reason, until dismissed. */
  failure: { status: number; message: string } | null;
}

const STORE = 'items';

function openQueue(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(QUEUE_DB, 1);
    request.onupgradeneeded = () =>
      request.result.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openQueue();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = run(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export const queuedItems = (userId: string) =>
  withStore('readonly', (s) => s.getAll() as IDBRequest<QueuedItem[]>).then((items) =>
    items.filter((item) => item.userId === userId),
  );

export const enqueue = (item: Omit<QueuedItem, 'id' | 'queuedAt' | 'failure'>) =>
  withStore('readwrite', (s) =>
    s.add({ ...item, queuedAt: new Date().toISOString(), failure: null }),
  );

export const dropItem = (id: number) => withStore('readwrite', (s) => s.delete(id));

const saveItem = (item: QueuedItem) => withStore('readwrite', (s) => s.put(item));

/** A failed item goes back to waiting: sent again under the same key, so judged again. */
export const retryItem = (item: QueuedItem) => saveItem({ ...item, failure: null });

/** Deletes the whole queue of this device (logging out). */
export function clearQueue(): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(QUEUE_DB);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

type Outcome = 'sent' | 'failed' | 'stop';

// 5xx, 408, 429 and network errors: send again later with the same key. 401: the session ended,
// keep the queue for after login. Anything else the server judged: show its reason.
const retryLater = (status: number) => status >= 500 || status === 408 || status === 429;

async function refused(item: QueuedItem, response: Response): Promise<Outcome> {
  if (response.status === 401 || retryLater(response.status)) return 'stop';
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } };
  const message = body?.error?.message ?? response.statusText;
  await saveItem({ ...item, failure: { status: response.status, message } });
  return 'failed';
}

async function send(item: QueuedItem): Promise<Outcome> {
  const base = `/api/v1/enterprises/${item.enterpriseId}`;
  try {
    const attachments: { name: string; ref: string }[] = [];
    for (const [i, photo] of item.photos.entries()) {
      const form = new FormData();
      form.set('file', photo, photo.name);
      const response = await fetch(`${base}/uploads`, {
        method: 'POST',
        headers: { 'idempotency-key': `${item.key}.photo${i}` },
        body: form,
      });
      if (!response.ok) return refused(item, response);
      const { name, ref } = (await response.json()) as { name: string; ref: string };
      attachments.push({ name, ref });
    }
    const response = await fetch(`${base}/${item.kind === 'check' ? 'check-records' : 'hazards'}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': item.key },
      body: JSON.stringify({ ...item.body, attachments }),
    });
    if (!response.ok) return refused(item, response);
    await dropItem(item.id!);
    return 'sent';
  } catch {
    return 'stop';
  }
}

/**
 * Sends the user's waiting items in order; stops at the first that cannot be sent now (no
 * connection, server trouble, no session) so nothing overtakes it. Answers how many arrived.
 * One tab at a time (Web Locks where the browser has them); the keys make overlap harmless anyway.
 */
export async function flushQueue(userId: string): Promise<number> {
  const run = async () => {
    let sent = 0;
    for (const item of await queuedItems(userId)) {
      if (item.failure) continue;
      const outcome = await send(item);
      if (outcome === 'stop') break;
      if (outcome === 'sent') sent++;
    }
    return sent;
  };
  return navigator.locks ? navigator.locks.request('shuangfang-queue', run) : run();
}
