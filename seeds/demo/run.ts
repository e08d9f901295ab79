import { fileURLToPath } from 'node:url';
import { createDb, databaseKind, migrateToLatest } from '@shuangfang/db';
import { printDemoLogins } from './logins.js';
import { seedDemo } from './seed.js';

// Same default data folder as the server (the repository's data/), whatever the working directory.
process.env.SHUANGFANG_DATA_DIR ??= fileURLToPath(new URL('../../data', import.meta.url));

const db = await createDb();
await migrateToLatest(db);
await seedDemo(db);
console.log(`演示数据已就绪（${databaseKind()}）。`);
await printDemoLogins(db);
await db.destroy();
