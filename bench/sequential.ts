// One request at a time, timed from sending to the last byte of the body read.

export const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

export interface Timing {
  p50: number;
  p95: number;
  /** The last answer's body, for checking what was timed. */
  body: Buffer;
}

/**
 * `runs` sequential GETs of `path` after `warmUp` untimed ones: median and p95 in ms. Every answer
 * must have status `expect`, so a failure is not timed as if it were the figure.
 */
export async function timeGets(
  origin: string,
  path: string,
  o: { cookie?: string; runs: number; warmUp: number; expect?: number },
): Promise<Timing> {
  const expect = o.expect ?? 200;
  const ms: number[] = [];
  let body = Buffer.alloc(0);
  for (let i = 0; i < o.warmUp + o.runs; i++) {
    const t = performance.now();
    const res = await fetch(origin + path, { headers: o.cookie ? { cookie: o.cookie } : {} });
    body = Buffer.from(await res.arrayBuffer());
    if (i >= o.warmUp) ms.push(performance.now() - t);
    if (res.status !== expect)
      throw new Error(
        `GET ${path}: ${res.status}（应为 ${expect}）${body.toString().slice(0, 200)}`,
      );
  }
  return { p50: quantile(ms, 0.5), p95: quantile(ms, 0.95), body };
}
