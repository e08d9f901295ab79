/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, version } from '$service-worker';
import { ASSET_CACHE_PREFIX, PAGE_CACHE, QUEUE_DB } from '$lib/offline/storage-names';

// Keeps the worker's pages usable without signal (docs/architecture.md "Offline sync"): the
// app's own files are cached per build as they are used, and those of the worker pages as soon
// as a queueing page asks (not the whole build at install: that is ~6 MB a phone on a weak
// signal would download on its first visit to any page); the worker pages (today's checks, 随手拍, the workbench,
// the notice board, a position's board) are fetched from the network first and kept for when it
// fails. Never the API, never another page. Cached pages are one user's data, so logging in or
// out deletes them, and logging out deletes the offline queue too.

const sw = self as unknown as ServiceWorkerGlobalScope;
const ASSETS = `${ASSET_CACHE_PREFIX}${version}`;
const assetPaths = new Set([...build, ...files]);
/** Opened (warmed) for the worker as soon as a queueing page runs. */
const WORKER_PAGES = ['/checks', '/hazards/snap', '/workbench'];
const KEPT_PAGES = new Set([...WORKER_PAGES, '/notice-board']);
const KEPT_PREFIXES = ['/risk/boards/', '/b/'];
const DATA_SUFFIX = '/__data.json';

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(ASSETS)
      .then((cache) => cache.addAll(files))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(ASSET_CACHE_PREFIX) && key !== ASSETS)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => sw.clients.claim()),
  );
});

/** The page a request is for: a document's path, or the path whose data SvelteKit loads. */
function pagePath(url: URL): string {
  return url.pathname.endsWith(DATA_SUFFIX)
    ? url.pathname.slice(0, -DATA_SUFFIX.length) || '/'
    : url.pathname;
}

const isKept = (path: string) =>
  KEPT_PAGES.has(path) || KEPT_PREFIXES.some((prefix) => path.startsWith(prefix));

/**
 * One entry per page and query: SvelteKit marks its data requests with the layouts it wants
 * again (x-sveltekit-invalidated), which varies with the page the worker came from.
 */
function cacheKey(url: URL): string {
  const key = new URL(url);
  key.searchParams.delete('x-sveltekit-invalidated');
  return key.href;
}

async function networkFirst(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const cache = await caches.open(PAGE_CACHE);
  try {
    const response = await fetch(request);
    // Only a page as the user saw it: no redirect (to /login), no error page.
    if (response.status === 200 && response.type === 'basic' && !response.redirected)
      await cache.put(cacheKey(url), response.clone());
    return response;
  } catch (e) {
    const kept = await cache.match(cacheKey(url));
    if (kept) return kept;
    if (request.mode === 'navigate') return offlinePage();
    throw e;
  }
}

/** A file of this build: from the cache, else fetched and kept (its name changes with it). */
async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(ASSETS);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** A worker page kept for later, with the build files its HTML names (scripts, styles). */
async function warm(path: string): Promise<void> {
  const response = await networkFirst(new Request(path, { credentials: 'same-origin' }));
  if (!response.ok) return;
  // SvelteKit writes the paths relative to the page ("./_app/…", "../_app/…").
  const named = (await response.text()).matchAll(/_app\/immutable\/[^"'\s)]+/g);
  const wanted = new Set([...named].map(([p]) => `/${p}`).filter((p) => assetPaths.has(p)));
  await Promise.all([...wanted].map((p) => cacheFirst(new Request(p))));
}

function offlinePage(): Response {
  const html =
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>离线</title>' +
    '<body style="font-family:sans-serif;padding:1rem"><h1>当前离线</h1>' +
    '<p>此页面没有保存在本机。可以打开：<a href="/checks">隐患排查</a>、' +
    '<a href="/hazards/snap">随手拍</a>。</p></body></html>';
  return new Response(html, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}

/** A session ends or another begins on this device: nobody sees the last one's pages. */
async function forgetSession(andQueue: boolean): Promise<void> {
  await caches.delete(PAGE_CACHE);
  if (andQueue)
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(QUEUE_DB);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (request.method === 'POST' && (url.pathname === '/logout' || url.pathname === '/login')) {
    // Cleared before the request goes on, so no page of the old session is served after it.
    event.respondWith(forgetSession(url.pathname === '/logout').then(() => fetch(request)));
    return;
  }
  if (request.method !== 'GET' || url.pathname.startsWith('/api/')) return;
  if (assetPaths.has(url.pathname)) event.respondWith(cacheFirst(request));
  else if (isKept(pagePath(url))) event.respondWith(networkFirst(request));
  else if (request.mode === 'navigate')
    event.respondWith(fetch(request).catch(() => offlinePage()));
});

// A queueing page asks for the worker pages to be kept now, before the signal goes.
sw.addEventListener('message', (event) => {
  if (event.data !== 'warm') return;
  event.waitUntil(Promise.all(WORKER_PAGES.map((path) => warm(path).catch(() => null))));
});
