import { sweepIfDue } from '@shuangfang/api';
import { createDb, databaseKind, type Db } from '@shuangfang/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db.js';

// The calendar sweeps run once per period in the whole cluster (api/src/sweep-schedule.ts). Two
// "processes" here are two connection pools on one PostgreSQL database; on PGlite, which one
// process owns, the same handle twice (the schedule's bookkeeping is the same code).

/** A period long enough that every look in this file falls in the same one. */
const PERIOD = { intervalMs: 10 * 365 * 24 * 3_600_000 };

let t: TestDb;
let other: Db;

beforeAll(async () => {
  t = await createTestDb();
  const env = t.env as { DATABASE_URL?: string };
  other = databaseKind() === 'postgres' ? await createDb({ url: env.DATABASE_URL }) : t.db;
});
afterAll(async () => {
  if (other !== t.db) await other.destroy();
  await t.drop();
});
beforeEach(async () => {
  await t.db.deleteFrom('sweep_run').execute();
});

/** A sweep that counts its runs and how many ran at the same moment. */
function countingSweep() {
  const seen = { runs: 0, running: 0, mostAtOnce: 0 };
  const sweep = async () => {
    seen.runs++;
    seen.running++;
    seen.mostAtOnce = Math.max(seen.mostAtOnce, seen.running);
    await new Promise((r) => setTimeout(r, 200));
    seen.running--;
  };
  return { seen, sweep };
}

const runs = () => t.db.selectFrom('sweep_run').selectAll().execute();

describe('sweepIfDue', () => {
  it('runs a period once when two processes look at the same time', async () => {
    const { seen, sweep } = countingSweep();
    const ran = await Promise.all([
      sweepIfDue(t.db, { ...PERIOD, runner: 'a', sweep }),
      sweepIfDue(other, { ...PERIOD, runner: 'b', sweep }),
    ]);
    expect(ran.filter(Boolean)).toHaveLength(1);
    expect(seen).toMatchObject({ runs: 1, mostAtOnce: 1 });
    const [row, ...more] = await runs();
    expect(more).toEqual([]);
    expect(row).toMatchObject({ runner: ran[0] ? 'a' : 'b', attempts: 1 });
    expect(row!.finished_at).not.toBeNull();
  });

  it('does nothing more in a period that was swept', async () => {
    const { seen, sweep } = countingSweep();
    expect(await sweepIfDue(t.db, { ...PERIOD, runner: 'a', sweep })).toBe(true);
    expect(await sweepIfDue(other, { ...PERIOD, runner: 'b', sweep })).toBe(false);
    expect(await sweepIfDue(t.db, { ...PERIOD, runner: 'a', sweep })).toBe(false);
    expect(seen.runs).toBe(1);
  });

  it('runs a period again when its runner died before finishing', async () => {
    const { seen, sweep } = countingSweep();
    // What a process killed mid-run leaves: its claim, no finish; its lock went with it.
    expect(await sweepIfDue(t.db, { ...PERIOD, runner: 'killed', sweep })).toBe(true);
    await t.db.updateTable('sweep_run').set({ finished_at: null }).execute();
    expect(await sweepIfDue(other, { ...PERIOD, runner: 'b', sweep })).toBe(true);
    const [row] = await runs();
    expect(row).toMatchObject({ runner: 'b', attempts: 2 });
    expect(row!.finished_at).not.toBeNull();
    expect(seen.runs).toBe(2);
  });

  it('runs a period again at the next look when its run failed', async () => {
    const failing = async () => {
      throw new Error('sweep failed');
    };
    await expect(sweepIfDue(t.db, { ...PERIOD, runner: 'a', sweep: failing })).rejects.toThrow(
      'sweep failed',
    );
    const { seen, sweep } = countingSweep();
    expect(await sweepIfDue(other, { ...PERIOD, runner: 'b', sweep })).toBe(true);
    expect(seen.runs).toBe(1);
    expect((await runs())[0]).toMatchObject({ runner: 'b', attempts: 2 });
  });
});
