// Shared by every app process (migration 2026_12_07_1000_cluster_coordination): counters of the
// login and tip-off limits, and the record of the calendar sweeps' runs.

/** One key's recent attempts in one limit's bucket (e.g. failed logins of one account). */
export interface RateLimitTable {
  bucket: string;
  key_hash: string;
  hits: Date[];
  expires_at: Date;
}

/** One period of the calendar sweeps: who ran it, when, and whether it finished. */
export interface SweepRunTable {
  slot: Date;
  runner: string;
  started_at: Date;
  finished_at: Date | null;
  attempts: number;
}
