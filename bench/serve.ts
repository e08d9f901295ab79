import { startServer } from '@shuangfang/server/start';

// The app in a process of its own, on the database named by DATABASE_URL; tells the bench its port.
const server = await startServer({ port: 0, host: '127.0.0.1' });
console.log(`READY ${server.port}`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
