import { refreshDashboardRollups } from '@shuangfang/api';
import type { Db } from '@shuangfang/db';
import { sql } from 'kysely';

// The dashboard's roll-up triggers would add one upsert to every loaded hazard, enterprise, report
// and receipt.
// A bulk load turns them off (the COPY path skips them anyway: session_replication_role =
// replica), and the roll-ups are then recomputed from the loaded rows in one pass.

const TRIGGERS = [
  ['hazard', 'dashboard_hazard_rollup'],
  ['hazard', 'dashboard_hazard_days_rollup'],
  ['enterprise', 'dashboard_enterprise_rollup'],
  ['enterprise', 'dashboard_enterprise_statistics_rollup'],
  ['report', 'dashboard_report_rollup'],
  ['report', 'dashboard_statistics_report_rollup'],
  ['report_acknowledgement', 'dashboard_report_ack_rollup'],
] as const;

async function setTriggers(db: Db, on: boolean) {
  for (const [table, trigger] of TRIGGERS)
    await sql
      .raw(`alter table ${table} ${on ? 'enable' : 'disable'} trigger ${trigger}`)
      .execute(db);
}

/** Runs a bulk load with the roll-up triggers off, then refreshes the roll-ups. */
export async function withRollupsDeferred<T>(db: Db, load: () => Promise<T>): Promise<T> {
  await setTriggers(db, false);
  let result: T;
  try {
    result = await load();
  } finally {
    await setTriggers(db, true);
  }
  await refreshDashboardRollups(db);
  return result;
}
