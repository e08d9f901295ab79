import { lookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';

// The one way a reminder leaves over HTTP (robots and webhooks). The URL is typed by a tenant's
// admin, so unless the operator allows it (WEBHOOK_ALLOW_PRIVATE_NETWORK, for an on-premises
// install or the tests' local receivers) no request goes to loopback, private, link-local or
// other non-public addresses — checked on the addresses the connection actually uses, so a name
// that resolves to one (or changes its answer) is refused too. Redirects are not followed.

const NON_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  NON_PUBLIC.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NON_PUBLIC.addSubnet(net, prefix, 'ipv6');
}

function isNonPublic(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return NON_PUBLIC.check(mapped[1]!, 'ipv4');
  return NON_PUBLIC.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

export class SendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly statusCode: number | null = null,
  ) {
    super(message);
  }
}

const refused = (address: string) =>
  new SendError(
    `目标地址 ${address} 不是公网地址，已拒绝（如需发往内网，请设置 WEBHOOK_ALLOW_PRIVATE_NETWORK=true）`,
    false,
  );

const guardedLookup: RequestOptions['lookup'] = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 4);
    const list = addresses as unknown as LookupAddress[];
    const bad = list.find((a) => isNonPublic(a.address));
    if (bad) return callback(refused(bad.address), '', 4);
    if ((options as { all?: boolean }).all) return (callback as any)(null, list); // eslint-disable-line @typescript-eslint/no-explicit-any
    return callback(null, list[0]!.address, list[0]!.family);
  });
};

export interface PostOptions {
  allowPrivateTargets: boolean;
  timeoutMs: number;
}

export interface PostResult {
  statusCode: number;
  /** The first 64 KB of the answer (robots answer `{errcode, errmsg}`). */
  body: string;
}

const MAX_ANSWER = 64 * 1024;

/** POSTs `body` as JSON; resolves with any HTTP answer, rejects with a SendError otherwise. */
export function postJson(
  url: URL,
  body: string,
  headers: Record<string, string>,
  options: PostOptions,
): Promise<PostResult> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivateTargets && isIP(host) && isNonPublic(host)) {
    return Promise.reject(refused(host));
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Shuangfang-Notifier/1',
          ...headers,
        },
        lookup: options.allowPrivateTargets ? undefined : guardedLookup,
        timeout: options.timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_ANSWER) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () =>
          resolve({
            statusCode: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8').slice(0, MAX_ANSWER),
          }),
        );
        res.on('error', (e) => reject(new SendError(`读取响应失败：${e.message}`, true)));
      },
    );
    req.on('timeout', () =>
      req.destroy(new SendError(`${options.timeoutMs / 1000} 秒内无响应`, true)),
    );
    req.on('error', (e) =>
      reject(e instanceof SendError ? e : new SendError(`连接失败：${e.message}`, true)),
    );
    req.end(body);
  });
}
