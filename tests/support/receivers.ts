import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

// Real local receivers for the reminders' channels, on 127.0.0.1 only: an SMTP server (the
// smtp-server package) that parses each message it accepts, and an HTTP server that records each
// request and answers what the test scripts (e.g. 500, 500, then 200).

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  headers: Map<string, unknown>;
}

export async function startSmtpReceiver() {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            headers: parsed.headers,
          });
          callback();
        })
        .catch(callback);
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedRequest {
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The raw body, as signed. */
  raw: string;
  json: any;
  /** The status answered. */
  status: number;
}

/**
 * An HTTP receiver. `answer` says what to reply to each request (status and JSON body); by
 * default 200 with a robot's success answer.
 */
export async function startHttpReceiver(
  answer: (req: ReceivedRequest, index: number) => { status: number; body?: unknown } = () => ({
    status: 200,
  }),
  port = 0,
) {
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      const got: ReceivedRequest = {
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        raw,
        json: raw ? JSON.parse(raw) : null,
        status: 0,
      };
      const reply = answer(got, requests.length);
      got.status = reply.status;
      requests.push(got);
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body ?? { errcode: 0, errmsg: 'ok' }));
    });
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  const bound = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${bound}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type HttpReceiver = Awaited<ReturnType<typeof startHttpReceiver>>;
