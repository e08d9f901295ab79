import type { Sample } from './load.js';

// The load's figures per phase of the run: how many requests, how many failed, and the 95th
// percentile of their answer times.

export interface Phase {
  name: string;
  from: number;
  to: number;
}

export function p95(ms: number[]): number {
  if (ms.length === 0) return 0;
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

export function phaseFigures(samples: Sample[], phases: Phase[]) {
  return phases.map((phase) => {
    const inPhase = samples.filter((s) => s.started >= phase.from && s.started < phase.to);
    return {
      phase: phase.name,
      seconds: Math.round((phase.to - phase.from) / 100) / 10,
      requests: inPhase.length,
      failed: inPhase.filter((s) => s.failed).length,
      p95ms: p95(inPhase.map((s) => s.ms)),
    };
  });
}

/** Failures by what was asked and how it was answered (0: no answer). */
export function failureKinds(samples: Sample[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const s of samples.filter((x) => x.failed)) {
    const key = `${s.what} → ${s.status || 'no answer'}`;
    kinds[key] = (kinds[key] ?? 0) + 1;
  }
  return kinds;
}
