import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHomeInspections } from '../support/inspections.js';
import { REPO_ROOT } from '../support/paths.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld } from '../support/world.js';

// The documented command anyone can run on a draw downloaded from an agency's public page:
// `pnpm --filter @shuangfang/api verify-draw <file.json>` — from the file alone, no database.

const run = promisify(execFile);
let t: TestApp;
let dir: string;
let published: Record<string, any>;

beforeAll(async () => {
  t = await setupTestApp();
  const w = await makeWorld(t.db);
  const home = await makeHomeInspections(t.api, w);
  published = (await t.api.get(`/v1/public/inspection-draws/${home.draw.id}`)).body;
  dir = await mkdtemp(join(tmpdir(), 'verify-draw-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await t.drop();
});

async function verifyDraw(draw: unknown) {
  const file = join(dir, `draw-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify(draw));
  try {
    const { stdout } = await run(
      'pnpm',
      ['--silent', '--filter', '@shuangfang/api', 'verify-draw', file],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: '' },
      },
    );
    return { code: 0, result: JSON.parse(stdout) };
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string };
    return { code, result: stdout ? JSON.parse(stdout) : null };
  }
}

describe('verify-draw', () => {
  it('confirms the downloaded draw, and refuses it once tampered with', async () => {
    const genuine = await verifyDraw(published);
    expect(genuine).toMatchObject({ code: 0, result: { matches: true } });

    const tampered = structuredClone(published);
    tampered.result[0].team.reverse();
    const refused = await verifyDraw(tampered);
    expect(refused).toMatchObject({ code: 1, result: { matches: false, resultMatches: false } });
  });

  it('is documented: the README gives the command, and the docs’ canonical form rebuilds the seed and candidate hash', () => {
    expect(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')).toContain(
      'pnpm --filter @shuangfang/api verify-draw draw.json',
    );
    // Steps 1 and 2 of docs/architecture.md "Rebuilding the check without this code", written
    // here from the text alone: parts joined by U+001F, digests in lower-case hex.
    const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    const { supervisorValue, drawnAt } = published.seedInputs;
    expect(published.seed).toBe(
      sha256(['shuangfang-draw-seed/v1', supervisorValue, drawnAt].join('\u001f')),
    );
    const pairs = [...published.candidates]
      .sort((a, b) => (a.creditCode < b.creditCode ? -1 : a.creditCode > b.creditCode ? 1 : 0))
      .map((c) => [c.creditCode, c.weight]);
    expect(published.candidatesHash).toBe(sha256(JSON.stringify(pairs)));
    const docs = readFileSync(join(REPO_ROOT, 'docs/architecture.md'), 'utf8');
    expect(docs).toContain('`␟` is the character U+001F');
    expect(docs).toContain('`shuangfang-draw-seed/v1` ␟ `seedInputs.supervisorValue`');
  });
});
