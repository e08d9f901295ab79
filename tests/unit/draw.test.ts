import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  candidatesHash,
  drawEnterprises,
  drawTeams,
  DrawShortage,
  runDraw,
  verifyDraw,
  type Exclusion,
  type PublishedDraw,
} from '../../api/src/modules/inspections/draw.js';

// The pure draw of 双随机 (api/src/modules/inspections/draw.ts). Every seed below is fixed, so the
// statistical test gives the same answer on every run: it cannot flake, and it can fail.

const PLAN = '7f1c2d3e-0000-4000-8000-000000000001';
const codes = (n: number) =>
  Array.from({ length: n }, (_, i) => `91360735MA${String(i).padStart(8, '0')}`);
const candidates = codes(40).map((creditCode, i) => ({ creditCode, weight: (i % 3) + 1 }));
const inspectors = ['JX001', 'JX002', 'JX003', 'JX004', 'JX005'].map((badge) => ({
  badge,
  active: true,
}));

/** Fisher–Yates with a fixed linear congruential generator: a reproducible shuffle. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('drawEnterprises', () => {
  it('gives the same result for the same inputs', () => {
    const a = drawEnterprises({ seed: 'seed-1', planId: PLAN, candidates, count: 10 });
    const b = drawEnterprises({ seed: 'seed-1', planId: PLAN, candidates, count: 10 });
    expect(a).toHaveLength(10);
    expect(new Set(a).size).toBe(10); // without replacement
    expect(a).toEqual(b);
  });

  it('does not depend on the order of the candidate list', () => {
    const base = drawEnterprises({ seed: 'seed-2', planId: PLAN, candidates, count: 12 });
    for (const s of [1, 2, 3]) {
      const again = drawEnterprises({
        seed: 'seed-2',
        planId: PLAN,
        candidates: shuffled(candidates, s),
        count: 12,
      });
      expect(again).toEqual(base);
    }
    expect(candidatesHash(shuffled(candidates, 9))).toBe(candidatesHash(candidates));
  });

  it('changes with the seed and with the plan', () => {
    const a = drawEnterprises({ seed: 'seed-3', planId: PLAN, candidates, count: 10 });
    expect(drawEnterprises({ seed: 'seed-4', planId: PLAN, candidates, count: 10 })).not.toEqual(a);
    expect(
      drawEnterprises({ seed: 'seed-3', planId: `${PLAN}x`, candidates, count: 10 }),
    ).not.toEqual(a);
  });

  it('refuses a count larger than the candidates, naming both numbers', () => {
    expect(() => drawEnterprises({ seed: 's', planId: PLAN, candidates, count: 41 })).toThrow(
      /只有 40 家，少于抽取数量 41 家/,
    );
  });

  it('selects in proportion to the weights (chi-square over 2,000 fixed seeds)', () => {
    const three = [
      { creditCode: 'A-weight-3', weight: 3 },
      { creditCode: 'B-weight-2', weight: 2 },
      { creditCode: 'C-weight-1', weight: 1 },
    ];
    const counts = new Map(three.map((c) => [c.creditCode, 0]));
    const draws = 2000;
    for (let i = 0; i < draws; i++) {
      const [code] = drawEnterprises({
        seed: `fixed-${i}`,
        planId: PLAN,
        candidates: three,
        count: 1,
      });
      counts.set(code!, counts.get(code!)! + 1);
    }
    const expected = [3 / 6, 2 / 6, 1 / 6].map((p) => p * draws);
    const observed = three.map((c) => counts.get(c.creditCode)!);
    const chiSquare = observed.reduce(
      (sum, o, i) => sum + (o - expected[i]!) ** 2 / expected[i]!,
      0,
    );
    // 2 degrees of freedom, p = 0.001: 13.816. Equal weights would give ≈ 333 each: χ² ≈ 667.
    expect(chiSquare).toBeLessThan(13.816);
  });
});

describe('drawTeams', () => {
  const drawn = codes(6);
  const exclusions: Exclusion[] = [
    { badge: 'JX001', creditCode: drawn[0]!, reason: 'conflict' },
    { badge: 'JX002', creditCode: drawn[0]!, reason: 'previous_plan' },
    { badge: 'JX003', creditCode: drawn[1]!, reason: 'previous_plan' },
  ];

  it('honours the team size and never pairs a conflict or a previous pairing', () => {
    for (let s = 0; s < 200; s++) {
      const teams = drawTeams({
        seed: `team-${s}`,
        planId: PLAN,
        enterprises: drawn,
        inspectors,
        exclusions,
        teamSize: 3,
      });
      expect(teams.map((t) => t.creditCode)).toEqual(drawn);
      for (const { creditCode, team } of teams) {
        expect(team).toHaveLength(3);
        expect(new Set(team).size).toBe(3);
        for (const x of exclusions.filter((e) => e.creditCode === creditCode))
          expect(team).not.toContain(x.badge);
      }
    }
  });

  it('leaves out inactive inspectors', () => {
    const teams = drawTeams({
      seed: 'inactive',
      planId: PLAN,
      enterprises: drawn,
      inspectors: inspectors.map((i) => ({ ...i, active: i.badge !== 'JX005' })),
      exclusions: [],
      teamSize: 4,
    });
    for (const { team } of teams) expect(team.sort()).toEqual(['JX001', 'JX002', 'JX003', 'JX004']);
  });

  it('under v1, names the enterprise that has fewer eligible inspectors than the team size', () => {
    const run = () =>
      drawTeams({
        seed: 's',
        planId: PLAN,
        enterprises: drawn,
        inspectors,
        exclusions,
        teamSize: 4,
        version: 'es-sha256-v1',
      });
    expect(run).toThrow(DrawShortage);
    expect(run).toThrow(`企业 ${drawn[0]} 可回避后的执法人员只有 3 名，少于每组 4 名`);
  });

  it('fills a short team from previous-plan pairings, best keys last, never from a conflict', () => {
    for (let s = 0; s < 50; s++) {
      const teams = drawTeams({
        seed: `waive-${s}`,
        planId: PLAN,
        enterprises: drawn,
        inspectors,
        exclusions,
        teamSize: 4,
      });
      const first = teams[0]!.team;
      // drawn[0]: JX001 in conflict (never), JX002 paired last plan (only to complete the team).
      expect(first).toHaveLength(4);
      expect(first).not.toContain('JX001');
      expect(first[3]).toBe('JX002');
      expect(first.slice(0, 3).sort()).toEqual(['JX003', 'JX004', 'JX005']);
      // drawn[2] has no exclusion: the four best of five, no waiving needed.
      expect(teams[2]!.team).toHaveLength(4);
    }
  });

  it('still cannot form a team past the conflicts: the shortage names the enterprise', () => {
    const run = () =>
      drawTeams({
        seed: 's',
        planId: PLAN,
        enterprises: drawn,
        inspectors,
        exclusions,
        teamSize: 5,
      });
    expect(run).toThrow(
      `企业 ${drawn[0]} 除去回避和不在岗的人员后只有 4 名执法人员，少于每组 5 名`,
    );
  });
});

describe('runDraw (es-sha256-v2)', () => {
  const input = {
    planId: PLAN,
    seedInputs: { supervisorValue: '8421', drawnAt: '2026-11-23T02:00:00.000Z' },
    candidates,
    count: 5,
    teamSize: 2,
    inspectors,
    exclusions: [],
  };

  it('returns a shortage as the draw’s outcome, with nothing drawn, and it verifies', () => {
    const short = runDraw({ ...input, count: 41 });
    expect(short.algorithmVersion).toBe('es-sha256-v2');
    expect(short.result).toEqual([]);
    expect(short.failure).toMatchObject({
      what: 'enterprises',
      creditCode: null,
      available: 40,
      required: 41,
    });
    expect(verifyDraw(structuredClone(short)).matches).toBe(true);
    // Claiming a draw was made, or that another enterprise was short, does not verify.
    const claimed = structuredClone(short);
    claimed.failure = null;
    expect(verifyDraw(claimed)).toMatchObject({ matches: false, resultMatches: false });
  });

  it('records the enterprise no team could be formed for', () => {
    const all = inspectors.map((i) => ({ badge: i.badge, creditCode: '', reason: 'conflict' }));
    const probe = runDraw(input);
    const code = probe.result[0]!.creditCode;
    const short = runDraw({
      ...input,
      exclusions: all.slice(0, 4).map((x) => ({ ...x, creditCode: code })) as Exclusion[],
    });
    expect(short.failure).toMatchObject({ what: 'inspectors', creditCode: code, available: 1 });
    expect(verifyDraw(short).matches).toBe(true);
  });
});

describe('published es-sha256-v1 draws', () => {
  // Made by the v1 program before v2 existed, and kept as it was published.
  const v1 = JSON.parse(
    readFileSync(new URL('./fixtures/draw-es-sha256-v1.json', import.meta.url), 'utf8'),
  ) as PublishedDraw;

  it('keep verifying under their own version', () => {
    expect(v1.algorithmVersion).toBe('es-sha256-v1');
    expect(verifyDraw(structuredClone(v1))).toMatchObject({
      matches: true,
      algorithmVersion: 'es-sha256-v1',
    });
    const swapped = structuredClone(v1);
    swapped.result[0]!.team.reverse();
    expect(verifyDraw(swapped).matches).toBe(false);
  });

  it('refuses a version this program does not know, naming the ones it does', () => {
    expect(verifyDraw({ ...structuredClone(v1), algorithmVersion: 'es-sha256-v9' })).toMatchObject({
      matches: false,
      problem: expect.stringContaining('es-sha256-v1、es-sha256-v2'),
    });
  });
});

describe('verifyDraw', () => {
  const published = runDraw({
    planId: PLAN,
    seedInputs: { supervisorValue: '8421', drawnAt: '2026-11-23T02:00:00.000Z' },
    candidates,
    count: 5,
    teamSize: 2,
    inspectors,
    exclusions: [],
  });

  it('matches a draw re-run from its inputs', () => {
    expect(verifyDraw(structuredClone(published)).matches).toBe(true);
  });

  it('does not match when an input, the seed or the result was changed', () => {
    const heavier = structuredClone(published);
    heavier.candidates[0]!.weight = 30;
    expect(verifyDraw(heavier)).toMatchObject({ matches: false, candidatesHashMatches: false });
    const otherValue = structuredClone(published);
    otherValue.seedInputs.supervisorValue = '8422';
    expect(verifyDraw(otherValue)).toMatchObject({ matches: false, seedMatches: false });
    const swapped = structuredClone(published);
    swapped.result[0]!.team.reverse();
    expect(verifyDraw(swapped)).toMatchObject({ matches: false, resultMatches: false });
  });
});
