import { createDb } from '@shuangfang/db';
import { loadScaleParallel, SCALE_PASSWORD } from '@shuangfang/seeds/scale';
import { migrateToLatest } from '@shuangfang/db';
import postgres from 'postgres';
import { UNTIL } from './dataset.js';
import { login } from './http.js';
import { withDatabase } from './postgres-cluster.js';
import { startApp } from './processes.js';

// Plus: hazard moves per second through HTTP (lock the hazard, append the event to the
// enterprise's hash chain under its head's lock, update the hazard), LANES enterprises at once,
// next to plain single-row INSERTs of the same event rows, one per transaction, as many lanes.
// On a scratch database (0.005×), so the kept data sets stay as built.

const LANES = 4;
const MOVES_PER_LANE = 60;

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
  await loadScaleParallel(loader, { scale: 0.005, seed: 3, until: UNTIL });

  // The LANES enterprises with the most hazards awaiting triage, and their safety managers.
  const lanes = await loader<{ id: string; phone: string; hazards: string[] }[]>`
    select e.id, u.phone, (array_agg(h.id order by h.created_at))[1:${MOVES_PER_LANE}] as hazards
    from enterprise e
    join hazard h on h.enterprise_id = e.id and h.state = 'reported'
    join membership m on m.enterprise_id = e.id and m.role = 'safety_manager'
    join app_user u on u.id = m.user_id
    group by e.id, u.phone order by count(*) desc limit ${LANES}`;
  const app = await startApp(url);
  const cookies = await Promise.all(lanes.map((l) => login(app.origin, l.phone, SCALE_PASSWORD)));
  const moves = lanes.reduce((s, l) => s + l.hazards.length, 0);
  let t = performance.now();
  await Promise.all(
    lanes.map(async (lane, i) => {
      for (const hazardId of lane.hazards) {
        const res = await fetch(
          `${app.origin}/api/v1/enterprises/${lane.id}/hazards/${hazardId}/moves`,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              cookie: cookies[i]!,
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
  const perLane = lanes.map((l) => events.filter((e) => e.enterprise_id === l.id));
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
    lanes: lanes.length,
    chainRate: moves / chainSeconds,
    plainRows: events.length,
    plainRate: events.length / plainSeconds,
  };
}
