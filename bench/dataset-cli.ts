import { parseArgs } from 'node:util';
import { ensureDataset } from './dataset.js';
import { startCluster } from './postgres-cluster.js';

// pnpm --filter @shuangfang/bench dataset -- --scale 1: builds (or finds) one bench data set.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { scale: { type: 'string', default: '0.1' } },
});
const cluster = startCluster();
const started = performance.now();
const d = await ensureDataset(cluster.url, Number(values.scale)).finally(() => cluster.stop());
console.log(
  `${d.url} ${d.built ? 'built' : 'reused'} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
for (const [phase, s] of Object.entries(d.timings)) console.log(`  ${phase}: ${s.toFixed(1)} s`);
console.log(`  hazards: ${d.counts.hazard}, events: ${d.counts.hazard_event}`);
