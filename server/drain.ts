import type { Server, ServerResponse } from 'node:http';

// A stopping process finishes what it has begun and takes nothing new: the listener closes at once
// (a balancer's next connection goes to another process), requests in flight run to their end and
// their answers say `Connection: close`, and each keep-alive connection is closed as soon as it is
// idle, so no client sends a request into a socket that is about to go. Whatever is still running
// after the grace period is cut off, so a stop is bounded in time.

const IDLE_SWEEP_MS = 100;

export class Drain {
  private readonly answering = new Set<ServerResponse>();
  private started = false;

  /** True once the stop has begun (the API's readiness then answers 503). */
  get draining(): boolean {
    return this.started;
  }

  /** Every response of the public listener passes here. */
  track(res: ServerResponse): void {
    if (this.started) res.setHeader('connection', 'close');
    this.answering.add(res);
    res.once('close', () => this.answering.delete(res));
  }

  /** Resolves once every connection of the server has closed, at the latest after graceMs. */
  run(server: Server, graceMs: number): Promise<void> {
    this.started = true;
    for (const res of this.answering) if (!res.headersSent) res.setHeader('connection', 'close');
    return closeWithin(server, graceMs);
  }
}

export function closeWithin(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    const cutOff = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(cutOff);
      resolve();
    });
    server.closeIdleConnections();
  });
}
