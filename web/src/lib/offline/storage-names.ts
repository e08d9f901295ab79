// Names the pages and the service worker share: logging out deletes exactly these.

/** The IndexedDB database holding the offline queue (queue.ts). */
export const QUEUE_DB = 'shuangfang-offline';
/** Cache of the worker pages the service worker keeps for use without signal. */
export const PAGE_CACHE = 'shuangfang-pages';
/** Prefix of the versioned cache of the app's own scripts, styles and static files. */
export const ASSET_CACHE_PREFIX = 'shuangfang-assets-';
