import postgres from 'postgres';

// The same SQL as the app runs, straight through postgres.js: `connections` loops, each running
// the queries round-robin for `seconds`, with a pool of that many connections.
const input = JSON.parse(process.env.BENCH_INPUT!) as {
  url: string;
  queries: { sql: string; parameters: unknown[] }[];
  connections: number;
  seconds: number;
};
const sql = postgres(input.url, { max: input.connections, onnotice: () => {} });
const until = performance.now() + input.seconds * 1000;
let done = 0;
await Promise.all(
  Array.from({ length: input.connections }, async (_, lane) => {
    for (let i = lane; performance.now() < until; i++) {
      const q = input.queries[i % input.queries.length]!;
      await sql.unsafe(q.sql, q.parameters as never[], { prepare: true });
      done++;
    }
  }),
);
await sql.end();
console.log(`RESULT ${JSON.stringify({ rps: done / input.seconds, total: done })}`);
