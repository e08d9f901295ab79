import { hash } from 'node:crypto';
import { canonicalJson } from '../../lib/canonical-json.js';
import { topK } from './draw-top-k.js';

// 双随机 draw (docs/domain.md section 5): pure, no database, so anyone can re-run a published draw
// (the verify endpoint and `verify-draw` CLI both call these functions on the stored inputs).
// docs/architecture.md "双随机一公开" states every step precisely enough to rebuild it elsewhere.
//
// Enterprises: weighted sampling without replacement after Efraimidis–Spirakis. Each candidate
// gets key = u^(1/w), with u in (0, 1) taken from SHA-256(seed ␟ planId ␟ creditCode); the
// `count` largest keys win, in descending key order (equal keys: the smaller credit code first).
// A key depends only on (seed, planId, creditCode, weight), so the order of the candidate list
// does not matter. We compare ln(u)/w instead of u^(1/w): the same order, without underflow.
//
// Teams: for each drawn enterprise in draw order, every active inspector without a declared
// conflict gets a key from SHA-256(seed ␟ planId ␟ creditCode ␟ 执法证号) (all weights 1).
// es-sha256-v1 left out the pairings of each inspector's previous plan as well and failed when
// too few remained. es-sha256-v2 (current) prefers the inspectors without such a pairing and,
// only when they are fewer than the team size, fills the team with the best keys among those
// with one: rotation yields to the two-officer minimum, a declared conflict never does. A draw
// that still cannot be made (too few enterprises, or too few inspectors without a conflict for
// one enterprise) is itself a result: v2 returns it as `failure`, so it is stored and published
// like any draw, and the next draw of the plan is a redo with a reason.

export const DRAW_ALGORITHM_VERSION = 'es-sha256-v2';
/** Every version this program recomputes: a draw published under an older one keeps verifying. */
const VERSIONS = ['es-sha256-v1', DRAW_ALGORITHM_VERSION] as const;
type Version = (typeof VERSIONS)[number];
const isVersion = (v: string): v is Version => (VERSIONS as readonly string[]).includes(v);

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

/** Why a draw could not be made; stored with a v2 draw that failed. */
export interface DrawFailure {
  what: 'enterprises' | 'inspectors';
  /** The enterprise whose team could not be formed (inspectors only). */
  creditCode: string | null;
  /** How many there were, and how many were needed. */
  available: number;
  required: number;
  message: string;
}

export class DrawShortage extends Error {
  constructor(readonly failure: DrawFailure) {
    super(failure.message);
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
    throw new DrawShortage({
      what: 'enterprises',
      creditCode: null,
      available: candidates.length,
      required: count,
      message: `符合抽查范围的企业只有 ${candidates.length} 家，少于抽取数量 ${count} 家`,
    });
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
  version?: Version;
}): { creditCode: string; team: string[] }[] {
  const { teamSize, version = DRAW_ALGORITHM_VERSION } = input;
  const pairs = (reason?: Exclusion['reason']) =>
    new Set(
      input.exclusions
        .filter((x) => !reason || x.reason === reason)
        .map((x) => `${x.badge}${SEPARATOR}${x.creditCode}`),
    );
  // v1 treats every exclusion as absolute; v2 only a declared conflict.
  const barred = version === 'es-sha256-v1' ? pairs() : pairs('conflict');
  const rotated = pairs('previous_plan');
  const active = input.inspectors.filter((i) => i.active).map((i) => i.badge);
  return input.enterprises.map((creditCode) => {
    const pair = (b: string) => `${b}${SEPARATOR}${creditCode}`;
    const allowed = active.filter((b) => !barred.has(pair(b)));
    if (allowed.length < teamSize) {
      const message =
        version === 'es-sha256-v1'
          ? `企业 ${creditCode} 可回避后的执法人员只有 ${allowed.length} 名，少于每组 ${teamSize} 名`
          : `企业 ${creditCode} 除去回避和不在岗的人员后只有 ${allowed.length} 名执法人员，少于每组 ${teamSize} 名`;
      throw new DrawShortage({
        what: 'inspectors',
        creditCode,
        available: allowed.length,
        required: teamSize,
        message,
      });
    }
    const best = (badges: string[], count: number) => {
      const keys = Float64Array.from(badges, (b) =>
        Math.log(uniformOf(input.seed, input.planId, creditCode, b)),
      );
      return topK(keys, badges, count).map((i) => badges[i]!);
    };
    const fresh = allowed.filter((b) => !rotated.has(pair(b)));
    if (fresh.length >= teamSize) return { creditCode, team: best(fresh, teamSize) };
    const waived = allowed.filter((b) => rotated.has(pair(b)));
    const team = [...best(fresh, fresh.length), ...best(waived, teamSize - fresh.length)];
    return { creditCode, team };
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
  /** v2: why no result could be drawn (the result is then empty); null when it was drawn. */
  failure?: DrawFailure | null;
}

type DrawInput = Omit<
  PublishedDraw,
  'seed' | 'candidatesHash' | 'result' | 'algorithmVersion' | 'failure'
>;

/**
 * Runs a draw under `version` (the current one for a new draw). Under v2 a shortage is the
 * draw's outcome, returned as `failure`; under v1 it is thrown, as v1 kept no failed draws.
 */
export function runDraw(
  input: DrawInput,
  version: Version = DRAW_ALGORITHM_VERSION,
): PublishedDraw {
  const { planId, seedInputs, candidates, count, teamSize, inspectors, exclusions }: DrawInput =
    input;
  const seed = seedOf(seedInputs);
  const base = {
    algorithmVersion: version,
    planId,
    seedInputs,
    seed,
    candidates,
    candidatesHash: candidatesHash(candidates),
    count,
    teamSize,
    inspectors,
    exclusions,
  };
  try {
    const enterprises = drawEnterprises({ seed, planId, candidates, count });
    const result = drawTeams({
      seed,
      planId,
      enterprises,
      inspectors,
      exclusions,
      teamSize,
      version,
    });
    return version === 'es-sha256-v1' ? { ...base, result } : { ...base, result, failure: null };
  } catch (error) {
    if (version === 'es-sha256-v1' || !(error instanceof DrawShortage)) throw error;
    return { ...base, result: [], failure: error.failure };
  }
}

export interface Verification {
  matches: boolean;
  algorithmVersion: string;
  seedMatches: boolean;
  candidatesHashMatches: boolean;
  resultMatches: boolean;
  recomputed: {
    seed: string;
    candidatesHash: string;
    result: PublishedDraw['result'];
    failure: DrawFailure | null;
  } | null;
  problem: string | null;
}

/** The facts of an outcome, compared as tuples: a stored copy (jsonb) may reorder object keys. */
const outcomeOf = (d: Pick<PublishedDraw, 'result' | 'failure'>) =>
  canonicalJson([
    d.result.map((x) => [x.creditCode, x.team]),
    d.failure
      ? [d.failure.what, d.failure.creditCode, d.failure.available, d.failure.required]
      : null,
  ]);

/** Re-runs a published draw from its inputs under its own version and compares every result. */
export function verifyDraw(draw: PublishedDraw): Verification {
  const none = { seedMatches: false, candidatesHashMatches: false, resultMatches: false };
  const version = draw.algorithmVersion;
  if (!isVersion(version)) {
    return {
      matches: false,
      algorithmVersion: version,
      ...none,
      recomputed: null,
      problem: `算法版本 ${version} 无法复算；本程序支持：${VERSIONS.join('、')}`,
    };
  }
  try {
    const again = runDraw(draw, version);
    const seedMatches = again.seed === draw.seed;
    const candidatesHashMatches = again.candidatesHash === draw.candidatesHash;
    const resultMatches = outcomeOf(again) === outcomeOf(draw);
    return {
      matches: seedMatches && candidatesHashMatches && resultMatches,
      algorithmVersion: version,
      seedMatches,
      candidatesHashMatches,
      resultMatches,
      recomputed: {
        seed: again.seed,
        candidatesHash: again.candidatesHash,
        result: again.result,
        failure: again.failure ?? null,
      },
      problem: null,
    };
  } catch (error) {
    return {
      matches: false,
      algorithmVersion: version,
      ...none,
      recomputed: null,
      problem: error instanceof Error ? error.message : String(error),
    };
  }
}
