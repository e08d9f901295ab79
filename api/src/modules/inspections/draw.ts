import { hash } from 'node:crypto';
import { canonicalJson } from '../../lib/canonical-json.js';

// 双随机 draw (docs/domain.md section 5): pure, no database, so anyone can re-run a published draw
// (the verify endpoint and `verify-draw` CLI both call these functions on the stored inputs).
//
// Enterprises: weighted sampling without replacement after Efraimidis–Spirakis. Each candidate
// gets key = u^(1/w), with u in (0, 1) taken from SHA-256(seed ‖ planId ‖ creditCode); the
// `count` largest keys win, in descending key order (equal keys: the smaller credit code first).
// A key depends only on (seed, planId, creditCode, weight), so the order of the candidate list
// does not matter. We compare ln(u)/w instead of u^(1/w): the same order, without underflow.
//
// Teams: for each drawn enterprise in draw order, every eligible inspector gets a key from
// SHA-256(seed ‖ planId ‖ creditCode ‖ 执法证号) (all weights 1), and the `teamSize` largest keys
// form the team. Eligible = active, and not excluded for that enterprise (a declared conflict or
// the pairing of the inspector's previous plan — the exclusions are inputs of the draw).

const DRAW_ALGORITHM_VERSION = 'es-sha256-v1';

const SEPARATOR = '\u001f'; // unit separator: cannot occur in a credit code, badge or uuid
const TWO_POW_48 = 2 ** 48;

/** u in (0, 1) from the first 48 bits of SHA-256 of the parts; never 0 and never 1. */
function uniformOf(...parts: string[]): number {
  const digest = hash('sha256', parts.join(SEPARATOR), 'buffer') as Buffer;
  return (digest.readUIntBE(0, 6) + 1) / (TWO_POW_48 + 1);
}

/** The seed of a draw: SHA-256 of what the supervisor entered on the spot and the server time. */
function seedOf(inputs: { supervisorValue: string; drawnAt: string }): string {
  return hash(
    'sha256',
    ['shuangfang-draw-seed/v1', inputs.supervisorValue, inputs.drawnAt].join(SEPARATOR),
    'hex',
  );
}

export interface Candidate {
  creditCode: string;
  weight: number;
}

/** SHA-256 of the candidate list in a canonical form (sorted by credit code), lower-case hex. */
export function candidatesHash(candidates: Candidate[]): string {
  const sorted = [...candidates].sort((a, b) => compareCodes(a.creditCode, b.creditCode));
  return hash('sha256', canonicalJson(sorted.map((c) => [c.creditCode, c.weight])), 'hex');
}

const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Indices of the `count` largest keys, best first; equal keys go to the smaller name.
 * A min-heap of size `count` keeps the selection O(n log count) instead of sorting everything.
 */
function topK(keys: Float64Array, names: string[], count: number): number[] {
  // `a` ranks below `b` (is worse).
  const worse = (a: number, b: number) =>
    keys[a]! < keys[b]! || (keys[a] === keys[b] && names[a]! > names[b]!);
  const heap: number[] = [];
  const siftUp = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < heap.length && worse(heap[l]!, heap[min]!)) min = l;
      if (r < heap.length && worse(heap[r]!, heap[min]!)) min = r;
      if (min === i) return;
      [heap[i], heap[min]] = [heap[min]!, heap[i]!];
      i = min;
    }
  };
  for (let i = 0; i < keys.length; i++) {
    if (heap.length < count) {
      heap.push(i);
      siftUp(heap.length - 1);
    } else if (count > 0 && worse(heap[0]!, i)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}

export class DrawShortage extends Error {
  constructor(
    readonly what: 'enterprises' | 'inspectors',
    message: string,
    readonly creditCode?: string,
  ) {
    super(message);
  }
}

/** Credit codes of the drawn enterprises, in draw order. */
export function drawEnterprises(input: {
  seed: string;
  planId: string;
  candidates: Candidate[];
  count: number;
}): string[] {
  const { seed, planId, candidates, count } = input;
  if (count > candidates.length) {
    throw new DrawShortage(
      'enterprises',
      `符合抽查范围的企业只有 ${candidates.length} 家，少于抽取数量 ${count} 家`,
    );
  }
  const keys = new Float64Array(candidates.length);
  const names = new Array<string>(candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (!(c.weight > 0)) throw new RangeError(`权重须为正数：${c.creditCode}`);
    names[i] = c.creditCode;
    keys[i] = Math.log(uniformOf(seed, planId, c.creditCode)) / c.weight;
  }
  return topK(keys, names, count).map((i) => names[i]!);
}

export interface DrawInspector {
  badge: string;
  active: boolean;
}
/** An inspector who may not inspect an enterprise, and why. */
export interface Exclusion {
  badge: string;
  creditCode: string;
  reason: 'conflict' | 'previous_plan';
}

/** For each drawn enterprise (in order), the badges of its team, best key first. */
export function drawTeams(input: {
  seed: string;
  planId: string;
  enterprises: string[];
  inspectors: DrawInspector[];
  exclusions: Exclusion[];
  teamSize: number;
}): { creditCode: string; team: string[] }[] {
  const excluded = new Set(input.exclusions.map((x) => `${x.badge}${SEPARATOR}${x.creditCode}`));
  const active = input.inspectors.filter((i) => i.active).map((i) => i.badge);
  return input.enterprises.map((creditCode) => {
    const eligible = active.filter((b) => !excluded.has(`${b}${SEPARATOR}${creditCode}`));
    if (eligible.length < input.teamSize) {
      throw new DrawShortage(
        'inspectors',
        `企业 ${creditCode} 可回避后的执法人员只有 ${eligible.length} 名，少于每组 ${input.teamSize} 名`,
        creditCode,
      );
    }
    const keys = Float64Array.from(eligible, (b) =>
      Math.log(uniformOf(input.seed, input.planId, creditCode, b)),
    );
    return { creditCode, team: topK(keys, eligible, input.teamSize).map((i) => eligible[i]!) };
  });
}

/** Everything a published draw carries: enough to recompute it with nothing else. */
export interface PublishedDraw {
  algorithmVersion: string;
  planId: string;
  seedInputs: { supervisorValue: string; drawnAt: string };
  seed: string;
  candidates: Candidate[];
  candidatesHash: string;
  count: number;
  teamSize: number;
  inspectors: DrawInspector[];
  exclusions: Exclusion[];
  result: { creditCode: string; team: string[] }[];
}

export function runDraw(
  input: Omit<PublishedDraw, 'seed' | 'candidatesHash' | 'result' | 'algorithmVersion'>,
): PublishedDraw {
  const seed = seedOf(input.seedInputs);
  const enterprises = drawEnterprises({ ...input, seed });
  const result = drawTeams({ ...input, seed, enterprises });
  return {
    algorithmVersion: DRAW_ALGORITHM_VERSION,
    ...input,
    seed,
    candidatesHash: candidatesHash(input.candidates),
    result,
  };
}

interface Verification {
  matches: boolean;
  algorithmVersion: string;
  seedMatches: boolean;
  candidatesHashMatches: boolean;
  resultMatches: boolean;
  recomputed: { seed: string; candidatesHash: string; result: PublishedDraw['result'] } | null;
  problem: string | null;
}

/** Re-runs a published draw from its inputs and compares every derived value. */
export function verifyDraw(draw: PublishedDraw): Verification {
  const none = { seedMatches: false, candidatesHashMatches: false, resultMatches: false };
  if (draw.algorithmVersion !== DRAW_ALGORITHM_VERSION) {
    return {
      matches: false,
      algorithmVersion: DRAW_ALGORITHM_VERSION,
      ...none,
      recomputed: null,
      problem: `算法版本 ${draw.algorithmVersion} 与本程序的 ${DRAW_ALGORITHM_VERSION} 不同`,
    };
  }
  try {
    const again = runDraw(draw);
    const seedMatches = again.seed === draw.seed;
    const candidatesHashMatches = again.candidatesHash === draw.candidatesHash;
    // Compared as tuples: a stored copy (jsonb) may have reordered the keys of each object.
    const tuples = (r: PublishedDraw['result']) =>
      canonicalJson(r.map((x) => [x.creditCode, x.team]));
    const resultMatches = tuples(again.result) === tuples(draw.result);
    return {
      matches: seedMatches && candidatesHashMatches && resultMatches,
      algorithmVersion: DRAW_ALGORITHM_VERSION,
      seedMatches,
      candidatesHashMatches,
      resultMatches,
      recomputed: { seed: again.seed, candidatesHash: again.candidatesHash, result: again.result },
      problem: null,
    };
  } catch (error) {
    return {
      matches: false,
      algorithmVersion: DRAW_ALGORITHM_VERSION,
      ...none,
      recomputed: null,
      problem: error instanceof Error ? error.message : String(error),
    };
  }
}
