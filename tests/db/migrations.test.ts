import {
  createDb,
  databaseKind,
  isMigrated,
  migrateToEmpty,
  migrateToLatest,
} from '@shuangfang/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db.js';

const tables = async (t: TestDb) =>
  (
    await sql<{ table_name: string }>`select table_name from information_schema.tables
      where table_schema = 'public' and table_name not like 'kysely_%' order by table_name`.execute(
      t.db,
    )
  ).rows.map((r) => r.table_name);

describe('migrations', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it('are applied to the template', async () => {
    expect(await tables(t)).toEqual([
      'agency',
      'app_user',
      'blacklist_entry',
      'blacklist_event',
      'blacklist_repair',
      'board_link',
      'certificate_review',
      'check_item',
      'check_record',
      'control_measure',
      'criteria_item',
      'criteria_item_version',
      'criteria_standard',
      'dashboard_closed_hazards',
      'dashboard_enterprise_quarters',
      'dashboard_enterprises',
      'dashboard_hazard_days',
      'dashboard_open_hazards',
      'dashboard_reports',
      'dashboard_rollover',
      'dashboard_statistics_reports',
      'duty_assignment',
      'emergency_measure',
      'enterprise',
      'gate_screen_link',
      'hazard',
      'hazard_chain_head',
      'hazard_event',
      'hazard_extension',
      'hazard_supervision',
      'idempotency_key',
      'inspection',
      'inspection_draw',
      'inspection_item',
      'inspection_plan',
      'inspector',
      'inspector_conflict',
      'jurisdiction',
      'jurisdiction_setting',
      'jurisdiction_setting_change',
      'major_hazard',
      'major_hazard_custodian',
      'major_hazard_object',
      'measure_check_item',
      'membership',
      'notification_attempt',
      'notification_channel',
      'notification_delivery',
      'notification_outbox',
      'notification_preference',
      'notification_schedule',
      'position',
      'position_unit',
      'position_worker',
      'rate_limit',
      'report',
      'report_acknowledgement',
      'risk_assessment',
      'risk_commitment',
      'risk_event',
      'risk_object',
      'risk_unit',
      'run_state',
      'session',
      'site_plan',
      'standardization_application',
      'standardization_certificate',
      'sweep_run',
      'tipoff',
      'tipoff_photo',
      'upload',
      'work_permit',
      'work_permit_gas',
      'work_permit_measure',
      'work_permit_step',
    ]);
  });

  it('go all the way down and up again', async () => {
    await migrateToEmpty(t.db);
    expect(await tables(t)).toEqual([]);
    await migrateToLatest(t.db);
    expect(await tables(t)).toHaveLength(75);
  });

  it('run once when several processes start together', async () => {
    await migrateToEmpty(t.db);
    // PostgreSQL: three pools, as three processes would have; PGlite is one process's database.
    const env = t.env as { DATABASE_URL?: string };
    const handles =
      databaseKind() === 'postgres'
        ? await Promise.all([1, 2, 3].map(() => createDb({ url: env.DATABASE_URL })))
        : [t.db, t.db, t.db];
    try {
      await Promise.all(handles.map((db) => migrateToLatest(db)));
    } finally {
      if (databaseKind() === 'postgres') await Promise.all(handles.map((db) => db.destroy()));
    }
    const { rows } = await sql<{
      name: string;
      n: number;
    }>`select name, count(*)::int as n from kysely_migration group by name`.execute(t.db);
    expect(rows.length).toBeGreaterThan(15);
    expect(rows.filter((r) => r.n !== 1)).toEqual([]);
    expect(await isMigrated(t.db)).toBe(true);
  });

  it('enforce membership scope in the schema itself', async () => {
    const { id } = await t.db
      .insertInto('app_user')
      .values({ phone: '13912345678', display_name: 'x', password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    // An enterprise role without an enterprise is refused by the CHECK constraint.
    await expect(
      t.db.insertInto('membership').values({ user_id: id, role: 'worker' }).execute(),
    ).rejects.toThrow();
  });
});
