import { createDb } from '@shuangfang/db';
import { createSession, SESSION_COOKIE } from '@shuangfang/api';
import { loadScaleParallel } from '@shuangfang/seeds/scale';
import { migrateToLatest } from '@shuangfang/db';
import postgres from 'postgres';
import { UNTIL } from './dataset.js';
import { withDatabase } from './postgres-cluster.js';
import { startApp } from './processes.js';

// Plus: hazard moves per second through HTTP (lock the hazard, append the event to the
// enterprise's hash chain under its head's lock, update the hazard), LANES enterprises at once,
// next to plain single-row INSERTs of the same event rows, one per transaction, as many lanes.
// On a scratch database (0.02×), so the kept data sets stay as built. Lane i moves the hazards of
// enterprises i, i + LANES, …, so two lanes never wait on the same chain.

const LANES = 4;
const ENTERPRISES = 40;
const MOVES_PER_ENTERPRISE = 5;

export async function benchChain(adminUrl: string) {
  const name = 'sf_bench_chain_scratch';
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  const db = await createDb({ url });
  await migrateToLatest(db);
  const loader = postgres(url, { max: 2, onnotice: () => {} });
  await loadScaleParallel(loader, { scale: 0.02, seed: 3, until: UNTIL });

  // The enterprises with the most hazards awaiting triage, and a session of each one's safety
  // manager (made directly: logging in forty times would measure argon2).
  const enterprises = await loader<
    { id: string; user_id: string; membership_id: string; hazards: string[] }[]
  >`
    select e.id, m.user_id, m.id as membership_id,
      (array_agg(h.id order by h.created_at))[1:${MOVES_PER_ENTERPRISE}] as hazards
    from enterprise e
    join hazard h on h.enterprise_id = e.id and h.state = 'reported'
    join membership m on m.enterprise_id = e.id and m.role = 'safety_manager'
    group by e.id, m.user_id, m.id order by count(*) desc, e.id limit ${ENTERPRISES}`;
  const cookies = new Map<string, string>();
  for (const e of enterprises)
    cookies.set(e.id, `${SESSION_COOKIE}=${await createSession(db, e.user_id, e.membership_id)}`);
  const app = await startApp(url);
  const moves = enterprises.reduce((s, e) => s + e.hazards.length, 0);
  const lanes = Array.from({ length: LANES }, (_, i) =>
    enterprises.filter((_, k) => k % LANES === i),
  );
  let t = performance.now();
  await Promise.all(
    lanes.map(async (lane) => {
      for (const e of lane)
        for (const hazardId of e.hazards) {
          const res = await fetch(
            `${app.origin}/api/v1/enterprises/${e.id}/hazards/${hazardId}/moves`,
            {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                cookie: cookies.get(e.id)!,
                origin: app.origin,
              },
              body: JSON.stringify({ action: 'reject', reason: '经核实不属于隐患' }),
            },
          );
          if (!res.ok) throw new Error(`move: ${res.status} ${await res.text()}`);
        }
    }),
  );
  const chainSeconds = (performance.now() - t) / 1000;
  await app.stop();

  // The same event rows, inserted plainly (no lock, no hash, no hazard update).
  await loader`create table plain_event (like hazard_event including defaults)`;
  const events =
    await loader`select * from hazard_event where action = 'reject' and at > now() - interval '1 hour'`;
  const perLane = lanes.map((lane) =>
    events.filter((row) => lane.some((e) => e.id === row.enterprise_id)),
  );
  const plain = postgres(url, { max: LANES, onnotice: () => {} });
  t = performance.now();
  await Promise.all(
    perLane.map(async (rows) => {
      for (const row of rows) await plain.begin((tx) => tx`insert into plain_event ${tx(row)}`);
    }),
  );
  const plainSeconds = (performance.now() - t) / 1000;
  await plain.end();
  await loader.end();
  await db.destroy();
  const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await cleanup.unsafe(`drop database ${name} with (force)`);
  await cleanup.end();
  return {
    moves,
    lanes: LANES,
    enterprises: enterprises.length,
    chainRate: moves / chainSeconds,
    plainRows: events.length,
    plainRate: events.length / plainSeconds,
  };
}
