import type { Sql } from 'postgres';
import { Client } from './client.js';
import type { Person } from './load.js';

// The read replica of a cluster run, seen from its own statistics: the regulator's dashboard is
// read there; a user's read right after their own write is not, while the replica lags.

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the replica has replayed everything the primary has written so far. */
export async function caughtUp(primary: Sql, replica: Sql): Promise<void> {
  const [written] = await primary`select pg_current_wal_lsn()::text as lsn`;
  const lsn = written!.lsn as string;
  for (let i = 0; i < 300; i++) {
    const [row] = await replica`select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as done`;
    if (row?.done) return;
    await sleep(50);
  }
  throw new Error('the replica did not catch up within 15 s');
}

/** Index and sequential scans of the dashboard's roll-up tables on one server. */
async function dashboardScans(sql: Sql): Promise<number> {
  const [row] =
    await sql`select coalesce(sum(coalesce(idx_scan, 0) + coalesce(seq_scan, 0)), 0)::int
      as n from pg_stat_user_tables where relname like 'dashboard\\_%'`;
  return row!.n as number;
}

/**
 * The regulator opens the dashboard `times` times through the balancer: how many scans of the
 * roll-up tables the replica and the primary counted meanwhile. A server's statistics reach its
 * views when its backends report them (within ~10 s of going idle), so this waits for them.
 */
export async function dashboardFromReplica(
  balancer: string,
  regulator: Person,
  primary: Sql,
  replica: Sql,
  times: number,
) {
  const client = new Client(balancer);
  try {
    await client.logIn(regulator.phone, regulator.password);
    await caughtUp(primary, replica);
    const before = {
      replica: await dashboardScans(replica),
      primary: await dashboardScans(primary),
    };
    for (let i = 0; i < times; i++) {
      const answer = await client.call('GET', '/api/v1/dashboard');
      if (answer.status !== 200) throw new Error(`dashboard answered ${answer.status}`);
    }
    let replicaScans = 0;
    for (let i = 0; i < 100 && replicaScans < times; i++) {
      await sleep(250);
      replicaScans = (await dashboardScans(replica)) - before.replica;
    }
    return { replicaScans, primaryScans: (await dashboardScans(primary)) - before.primary };
  } finally {
    client.close();
  }
}

/**
 * With the replica's replay paused (so it lags for certain), a safety manager registers a hazard
 * and at once reads the enterprise's ledger, a read the replica serves; the regulator, whose last
 * write the replica holds, reads the same ledger. Then replay resumes and the regulator reads again.
 */
export async function readAfterOwnWrite(
  balancer: string,
  enterpriseId: string,
  writer: Person,
  regulator: Person,
  primary: Sql,
  replica: Sql,
) {
  const mine = new Client(balancer);
  const theirs = new Client(balancer);
  const ledger = `/api/v1/enterprises/${enterpriseId}/hazard-ledger`;
  const holds = (answer: { body: { items?: { id: string }[] } }, id: string) =>
    (answer.body.items ?? []).some((row) => row.id === id);
  try {
    await mine.logIn(writer.phone, writer.password);
    await theirs.logIn(regulator.phone, regulator.password);
    await caughtUp(primary, replica);
    await replica`select pg_wal_replay_pause()`;
    let id: string;
    let ownRead: boolean;
    let othersRead: boolean;
    try {
      const created = await mine.call('POST', `/api/v1/enterprises/${enterpriseId}/hazards`, {
        source: '日常排查',
        kind: '电气',
        category: '物的不安全状态',
        description: '集群测试：写后即读',
        location: '配电室',
      });
      if (created.status !== 201) throw new Error(`register answered ${created.status}`);
      id = created.body.id as string;
      ownRead = holds(await mine.call('GET', ledger), id);
      othersRead = holds(await theirs.call('GET', ledger), id);
    } finally {
      await replica`select pg_wal_replay_resume()`;
    }
    await caughtUp(primary, replica);
    const othersLater = holds(await theirs.call('GET', ledger), id);
    return { ownRead, othersRead, othersLater };
  } finally {
    mine.close();
    theirs.close();
  }
}
