import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { REPO_ROOT, TMP_DIR } from '../support/paths.js';

// The embedded database runs with a 32 MB buffer cache instead of PGlite's 128 MB: the cache lives
// in WebAssembly memory that is never given back (db/src/index.ts). Checked in a process of its
// own, so that it is PGlite whichever database this suite runs on.

const run = promisify(execFile);
const dir = mkdtempSync(join(TMP_DIR, 'pglite-buffers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCRIPT = `
const { createDb } = await import('@shuangfang/db');
const { sql } = await import('kysely');
const db = await createDb({ dataDir: process.argv[1] });
const { rows } = await sql\`show shared_buffers\`.execute(db);
console.log(JSON.stringify(rows[0]));
await db.destroy();`;

it('opens PGlite with a 32 MB buffer cache', async () => {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', SCRIPT, join(dir, 'data')],
    { cwd: `${REPO_ROOT}tests`, env },
  );
  expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({ shared_buffers: '32MB' });
}, 60_000);
