import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { verifyDraw, type PublishedDraw } from './draw.js';

// `pnpm --filter @shuangfang/api verify-draw <draw.json>`: recomputes a published 双随机 draw
// from the JSON downloaded from the agency's public page — no database, no server, no session —
// and says whether the seed, the candidate list's hash and the result all match. Prints one JSON
// object; exits 0 when it matches, 1 when it does not, 2 on bad usage or an unreadable file.

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error('用法：pnpm --filter @shuangfang/api verify-draw <抽取记录.json>');
  process.exit(2);
}

let draw: PublishedDraw;
try {
  // pnpm runs the script in the package folder; a relative path is the caller's.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  draw = JSON.parse(await readFile(path, 'utf8')) as PublishedDraw;
} catch (error) {
  console.error(`无法读取抽取记录：${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const result = verifyDraw(draw);
console.log(JSON.stringify(result, null, 2));
console.error(result.matches ? '复算一致：抽取结果未被篡改' : '复算不一致：抽取记录与结果不符');
process.exitCode = result.matches ? 0 : 1;
