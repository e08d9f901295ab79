import { readFileSync } from 'node:fs';

// A process's resident memory, read from /proc (Linux). VmHWM is the peak since the process
// started, so it cannot tell one phase of a long-lived app from another; sampling VmRSS while a
// phase runs can. The bench's own event loop is idle while a load runs in its own process, so a
// 20 ms timer here keeps to time.

const SAMPLE_MS = 20;

/** VmRSS and VmHWM of `pid`, in bytes. */
export function rssOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!match) throw new Error(`/proc/${pid}/status 无 ${name}`);
    return Number(match[1]) * 1024;
  };
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

/** Samples VmRSS every 20 ms until stopped; `stop` gives the largest sample and their count. */
export function sampleRss(pid: number) {
  let peak = rssOf(pid).rss;
  let samples = 1;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssOf(pid).rss);
      samples++;
    } catch {
      // The process ended between two samples; what was seen stands.
    }
  }, SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      return { peak, samples };
    },
  };
}

/** Runs `work` while sampling `pid`'s VmRSS. */
export async function whileSampling<T>(pid: number, work: () => Promise<T>) {
  const sampler = sampleRss(pid);
  try {
    const result = await work();
    return { result, rss: sampler.stop() };
  } finally {
    sampler.stop();
  }
}

export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
