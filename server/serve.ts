import { closeOnSignals, startServer } from './server-start.js';

// `pnpm dev` (tsx serve.ts): serves the built web app on the database as it is, without the
// demo and without compiling; the test suite starts the real server through it.
const port = Number(process.env.PORT ?? 3000);
const server = await startServer({ port, host: process.env.HOST ?? '0.0.0.0' });
// Stops are handled before "ready" is said: whoever waits for it may stop the server at once.
closeOnSignals(server);
const elapsed = Math.round(performance.now());
console.log(`Shuangfang ready at http://localhost:${server.port} (${elapsed}ms)`);
