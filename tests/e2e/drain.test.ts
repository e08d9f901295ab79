import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startAppServer, type RunningApp } from '../support/app-server.js';

// A stop is graceful (server/drain.ts): on SIGTERM the process takes no new connection, answers
// the requests it has begun, and exits; a request that never ends is cut off after
// SHUTDOWN_GRACE_SECONDS, so the stop is bounded.

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

const BODY = JSON.stringify({ login: '13900009999', password: 'Wrong-pass-1' });

/** A login whose body is only half sent: the request is in flight until `finish` sends the rest. */
async function halfSentLogin(url: string) {
  const { hostname, port } = new URL(url);
  const socket: Socket = connect(Number(port), hostname);
  await new Promise((resolve) => socket.once('connect', resolve));
  let answer = '';
  socket.on('data', (d) => (answer += d));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', () => {});
  socket.write(
    `POST /api/v1/auth/login HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
      `Origin: ${url}\r\nContent-Type: application/json\r\nContent-Length: ${BODY.length}\r\n\r\n` +
      BODY.slice(0, 10),
  );
  return {
    finish: () => socket.write(BODY.slice(10)),
    answered: async () => {
      await closed;
      return answer;
    },
  };
}

async function waitFor(app: RunningApp, text: string) {
  for (let i = 0; i < 200 && !app.output().includes(text); i++) await sleep(50);
  expect(app.output()).toContain(text);
}

// Each case starts a server of its own, which takes a while on a busy machine.
describe('SIGTERM', { timeout: 120_000 }, () => {
  it('answers the request in flight, takes no new connection, and exits', async () => {
    app = await startAppServer({ demo: false });
    const inFlight = await halfSentLogin(app.url);
    app.signal('SIGTERM');
    await waitFor(app, 'SIGTERM: draining');

    await expect(fetch(`${app.url}/api/health/live`)).rejects.toThrow();
    inFlight.finish();
    const answer = await inFlight.answered();
    // Answered in full (a wrong password), and the client is told the connection ends.
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(answer).toContain('INVALID_CREDENTIALS');
    expect(await app.exited).toBe(0);
  });

  it('lets the handlers of clients that hung up finish before it closes the database', async () => {
    app = await startAppServer({ demo: false });
    const { hostname, port } = new URL(app.url);
    // Wrong passwords: each login hashes (argon2, a few at a time) and then writes its attempt,
    // so the handlers are still running well after their clients have gone.
    const sockets = await Promise.all(
      Array.from({ length: 16 }, async () => {
        const socket = connect(Number(port), hostname);
        socket.on('error', () => {});
        await new Promise((resolve) => socket.once('connect', resolve));
        socket.write(
          `POST /api/v1/auth/login HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
            `Origin: ${app!.url}\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${BODY.length}\r\n\r\n${BODY}`,
        );
        return socket;
      }),
    );
    await sleep(20);
    for (const socket of sockets) socket.destroy();
    app.signal('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(app.output()).not.toMatch(/destroyed|UNKNOWN_ERROR|Error:/);
  });

  it('cuts off a request that does not end within the grace period, and exits', async () => {
    app = await startAppServer({ demo: false, env: { SHUTDOWN_GRACE_SECONDS: '1' } });
    const stuck = await halfSentLogin(app.url);
    app.signal('SIGTERM');
    expect(await stuck.answered()).toBe('');
    expect(await app.exited).toBe(0);
  });
});
