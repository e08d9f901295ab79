import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import {
  clientAddressOf,
  configFromEnv,
  createApp,
  startDeliveryWorker,
  startSweeps,
} from '@shuangfang/api';
import { createDb, createReadDb, migrateToLatest, type Db } from '@shuangfang/db';
import { closeWithin, Drain } from './drain.js';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface StartOptions {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** An open database; without one the server opens (and later closes) its own. */
  db?: Db;
}

export interface RunningServer {
  port: number;
  url: string;
  db: Db;
  /**
   * Stops gracefully (drain.ts): not ready, no new connections, requests in flight finish within
   * SHUTDOWN_GRACE_SECONDS, a sweep in progress ends; then the databases it opened are closed.
   */
  close(): Promise<void>;
}

// Sent with every response, pages, API and static files alike; a response may still set its own
// (the pages' CSP comes from SvelteKit, an uploaded photo's is `sandbox`).
const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};
// The API answers JSON, files and the docs page (its scripts and styles are files of its own).
const API_CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
/**
 * The client's address as this process worked it out (trusted proxies, right-most untrusted hop),
 * handed to SvelteKit for `getClientAddress()` (adapter-node's ADDRESS_HEADER); whatever a client
 * sent under this name is overwritten.
 */
const CLIENT_ADDRESS_HEADER = 'x-shuangfang-client-address';

const isApiPath = (url: string | undefined) => {
  const path = (url ?? '/').split('?')[0] ?? '/';
  return path === '/api' || path.startsWith('/api/');
};

async function openDefaultDb(): Promise<Db> {
  // PGlite keeps its files in the repository's data/ folder unless told otherwise, so the CLI,
  // the seeds and the tests started from any folder share one database.
  process.env.SHUANGFANG_DATA_DIR ??= fileURLToPath(new URL('../data', import.meta.url));
  return createDb();
}

function graceMs(): number {
  const seconds = Number(process.env.SHUTDOWN_GRACE_SECONDS ?? 15);
  if (!Number.isFinite(seconds) || seconds < 0) throw new Error('SHUTDOWN_GRACE_SECONDS: 秒数');
  return seconds * 1000;
}

async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

/**
 * One process serves both tiers: `/api/*` goes to the Hono app, everything else to SvelteKit.
 * SvelteKit's server code reaches the API through a second listener of its own on loopback
 * (SHUANGFANG_API_ORIGIN), which stays open while the public one drains, so a page being served
 * during a stop still gets its data. SvelteKit's handler is imported only once that is known;
 * the module is a singleton, so one process runs one server.
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const ownsDb = !options.db;
  const db = options.db ?? (await openDefaultDb());
  await migrateToLatest(db);
  const readDb = createReadDb();
  const config = configFromEnv();
  const stopAfterMs = graceMs();

  const drain = new Drain();
  const api = getRequestListener(createApp({ db, readDb, draining: () => drain.draining }).fetch);
  const stopSweeps = startSweeps(db, { intervalMs: config.sweepIntervalMs });
  // Reminders' delivery runs in every process: claims are SKIP LOCKED with a lease, so it needs
  // no leader (api/src/modules/deliveries/delivery-worker.ts).
  const stopDeliveries = startDeliveryWorker(db, config);
  let resolveKit: (handler: Middleware) => void = () => {};
  const kit = new Promise<Middleware>((resolve) => (resolveKit = resolve));

  // The API's handlers still running. A client that hangs up closes its socket at once while its
  // handler goes on with the database, so a stop waits for these, not only for the sockets.
  const handling = new Set<Promise<unknown>>();
  const serveApi = (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.setHeader('content-security-policy', API_CSP);
    const handled = Promise.resolve(api(req, res)).catch(() => {});
    handling.add(handled);
    void handled.finally(() => handling.delete(handled));
  };
  const server: Server = createServer((req, res) => {
    drain.track(res);
    if (isApiPath(req.url)) return serveApi(req, res);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for']?.toString(),
      config.trustedProxies,
    );
    // Without ORIGIN, adapter-node takes the scheme from PROTOCOL_HEADER (else assumes https,
    // which would fail SvelteKit's same-origin check on plain http). A TLS proxy in front sets it.
    req.headers['x-forwarded-proto'] ??= 'http';
    void kit.then((handler) =>
      handler(req, res, () => {
        res.statusCode = 404;
        res.end('Not found');
      }),
    );
  });
  const internal: Server = createServer(serveApi);

  const port = await listen(server, options.port, options.host ?? process.env.HOST ?? '0.0.0.0');
  const internalPort = await listen(internal, 0, '127.0.0.1');

  process.env.SHUANGFANG_API_ORIGIN = `http://127.0.0.1:${internalPort}`;
  process.env.ADDRESS_HEADER = CLIENT_ADDRESS_HEADER;
  process.env.PROTOCOL_HEADER ??= 'x-forwarded-proto';
  // Spreadsheet imports are larger than adapter-node's 512K default.
  process.env.BODY_SIZE_LIMIT ??= '20M';
  // A computed specifier: web's build folder exists only after `vite build`.
  const handlerModule = new URL('../web/build/handler.js', import.meta.url).href;
  const { handler } = (await import(handlerModule)) as { handler: Middleware };
  resolveKit(handler);

  let closing: Promise<void> | null = null;
  return {
    port,
    url: `http://localhost:${port}`,
    db,
    close() {
      closing ??= (async () => {
        const stopBy = Date.now() + stopAfterMs;
        await drain.run(server, stopAfterMs);
        // Only the pages' own calls used it, and they have all ended.
        await closeWithin(internal, 0);
        await settledBy(handling, stopBy);
        stopDeliveries();
        await stopSweeps();
        // Closing a pool waits for its queries; one left by a handler past the grace period must
        // not hold the stop forever, so the pools get a few seconds more and the process goes on.
        const closed = [readDb?.destroy(), ownsDb ? db.destroy() : undefined];
        await settledBy(new Set(closed.filter((p) => p !== undefined)), Date.now() + POOL_CLOSE_MS);
      })();
      return closing;
    },
  };
}

/** How long closing the database pools may take at the end of a stop. */
const POOL_CLOSE_MS = 5_000;

/** Resolves once every promise of `pending` has settled, or at `deadline` (epoch ms) at the latest. */
async function settledBy(pending: Set<Promise<unknown>>, deadline: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
  });
  await Promise.race([Promise.allSettled([...pending]), late]);
  clearTimeout(timer);
}

/** SIGTERM or SIGINT: a graceful stop, then `after` (closing what the caller opened), then exit. */
export function closeOnSignals(server: RunningServer, after: () => Promise<void> = async () => {}) {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining`);
    void server
      .close()
      .then(after)
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
