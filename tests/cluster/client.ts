import { Agent, request, type IncomingHttpHeaders } from 'node:http';

// A user agent for the cluster run: keeps its cookies (the session and the WAL position the
// API hands out after a write, lib/read-routing.ts) like a browser, sends Origin like one, and
// connects from a chosen loopback address, so the balancer sees different clients.
// Like a browser it keeps connections open between requests, and like a browser it sends a
// request again, once, when a kept-open connection turns out closed by the server before any
// answer (nginx closes its idle connections when it reloads, as docs/deployment.md does to take
// a process out; a request written at that instant meets a reset). Nothing reached the server,
// so this is safe for a POST too; `resent` counts them.

export interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: IncomingHttpHeaders;
}

/** A request the network did not answer (refused, reset, timed out). */
export class Unanswered extends Error {}

/** The server had closed the kept-open connection before this request reached it. */
class StaleConnection extends Unanswered {}

const TIMEOUT_MS = 30_000;

export class Client {
  readonly cookies = new Map<string, string>();
  /** Requests sent again after the server had closed the kept-open connection. */
  resent = 0;
  private readonly agent: Agent;

  constructor(
    readonly base: string,
    readonly localAddress = '127.0.0.1',
  ) {
    this.agent = new Agent({ keepAlive: true, localAddress });
  }

  async call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    try {
      return await this.send(method, path, body, headers);
    } catch (error) {
      if (!(error instanceof StaleConnection)) throw error;
      this.resent++;
      return this.send(method, path, body, headers);
    }
  }

  private send(
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<Answer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return new Promise((resolve, reject) => {
      const req = request(
        `${this.base}${path}`,
        {
          method,
          agent: this.agent,
          timeout: TIMEOUT_MS,
          headers: {
            origin: this.base,
            ...(payload ? { 'content-type': 'application/json' } : {}),
            ...(cookie ? { cookie } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            this.keep(res.headers['set-cookie'] ?? []);
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            if ((res.headers['content-type'] ?? '').includes('json')) {
              parsed = text ? JSON.parse(text) : null;
            }
            resolve({ status: res.statusCode ?? 0, body: parsed, headers: res.headers });
          });
          res.on('error', (e) => reject(new Unanswered(e.message)));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', (e: NodeJS.ErrnoException) => {
        // Node's documented test for "the server closed a kept-open connection under us".
        const stale = req.reusedSocket && e.code === 'ECONNRESET';
        reject(stale ? new StaleConnection(e.message) : new Unanswered(e.message));
      });
      req.end(payload);
    });
  }

  async logIn(login: string, password: string): Promise<Answer> {
    return this.call('POST', '/api/v1/auth/login', { login, password });
  }

  private keep(setCookies: string[]) {
    for (const header of setCookies) {
      const [pair = ''] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0/i.test(header) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  close() {
    this.agent.destroy();
  }
}
