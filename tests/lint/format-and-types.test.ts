import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

const run = promisify(execFile);

// Formatting and types are part of the suite, so CI fails on them like on any other test.
async function check(args: string[]) {
  try {
    await run('pnpm', args, { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 });
    return '';
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return `${stdout ?? ''}${stderr ?? ''}`.trim() || String(error);
  }
}

describe('source quality', () => {
  it('is formatted with Prettier', { timeout: 120_000 }, async () => {
    expect(await check(['exec', 'prettier', '--check', '--log-level', 'warn', '.'])).toBe('');
  });

  // Generous: it shares two cores with the browser tests in CI.
  it(
    'type-checks in every package (tsc --noEmit, svelte-check)',
    { timeout: 480_000 },
    async () => {
      expect(await check(['typecheck'])).toBe('');
    },
  );
});
