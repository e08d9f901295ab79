import autocannon from 'autocannon';

// HTTP load from its own process: the given paths round-robin on every connection. Without a
// cookie the requests go out anonymous (no cookie header at all).
const input = JSON.parse(process.env.BENCH_INPUT!) as {
  origin: string;
  paths: string[];
  cookie?: string;
  connections: number;
  seconds: number;
};
const result = await autocannon({
  url: input.origin,
  connections: input.connections,
  duration: input.seconds,
  headers: input.cookie ? { cookie: input.cookie } : {},
  requests: input.paths.map((path) => ({ method: 'GET', path })),
});
console.log(
  `RESULT ${JSON.stringify({
    rps: result.requests.average,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    bytes: result.throughput.average,
    // Answers by status, so a load meant to be all 404s can be seen to be.
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([status, s]) => [status, s.count ?? 0]),
    ),
  })}`,
);
