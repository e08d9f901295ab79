import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { createApp, startSweeps } from '@shuangfang/api';
import { createDb, migrateToLatest, type Db } from '@shuangfang/db';

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

/**
 * One process serves both tiers: `/api/*` goes to the Hono app, everything else to SvelteKit.
 * SvelteKit's handler is imported only after the port is known, because its server code reads
 * SHUANGFANG_API_ORIGIN to reach the API over loopback. The handler module is a singleton, so
 * one process runs one server.
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const ownsDb = !options.db;
  const db = options.db ?? (await openDefaultDb());
  await migrateToLatest(db);

  const api = getRequestListener(createApp({ db }).fetch);
  const stopSweeps = startSweeps(db);
  let resolveKit: (handler: Middleware) => void = () => {};
  const kit = new Promise<Middleware>((resolve) => (resolveKit = resolve));

  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (isApiPath(req.url)) {
      res.setHeader('content-security-policy', API_CSP);
      void api(req, res);
      return;
    }
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

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? process.env.HOST ?? '0.0.0.0', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  process.env.SHUANGFANG_API_ORIGIN = `http://127.0.0.1:${port}`;
  process.env.PROTOCOL_HEADER ??= 'x-forwarded-proto';
  // Spreadsheet imports are larger than adapter-node's 512K default.
  process.env.BODY_SIZE_LIMIT ??= '20M';
  // A computed specifier: web's build folder exists only after `vite build`.
  const handlerModule = new URL('../web/build/handler.js', import.meta.url).href;
  const { handler } = (await import(handlerModule)) as { handler: Middleware };
  resolveKit(handler);

  return {
    port,
    url: `http://localhost:${port}`,
    db,
    async close() {
      stopSweeps();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive sockets would otherwise hold close() open until they time out.
      server.closeAllConnections();
      await closed;
      if (ownsDb) await db.destroy();
    },
  };
}
