import { drawEnterprises } from '../api/src/modules/inspections/draw.js';
import { Rng } from '../seeds/scale/prng.js';

// P3: the 双随机 draw over 100,000 weighted candidates (SHA-256 per candidate, then the top
// `count` keys by a heap), next to sorting 100,000 numbers, in this same process. Each is run
// a few times after a warm-up; the medians are compared.

export const P3_CANDIDATES = 100_000;
export const P3_COUNT = 500;
const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(run: () => unknown) {
  run(); // warm-up: JIT, first allocation
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    run();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

export function benchDraw() {
  const rng = new Rng('bench-p3');
  const candidates = Array.from({ length: P3_CANDIDATES }, (_, i) => ({
    creditCode: `91320000${String(i).padStart(10, '0')}`,
    weight: rng.pick([1, 1, 1, 2, 3]),
  }));
  const numbers = Array.from({ length: P3_CANDIDATES }, () => rng.next());
  const draw = time(() =>
    drawEnterprises({ seed: 'bench', planId: 'p3', candidates, count: P3_COUNT }),
  );
  const sort = time(() => [...numbers].sort((a, b) => a - b));
  return { draw, sort, runs: RUNS };
}
