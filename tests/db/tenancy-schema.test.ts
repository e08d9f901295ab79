import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db.js';

// The schema is ready to be distributed by tenant (docs/deployment.md, "Past one database"):
// with Citus, every enterprise-owned table becomes a distributed table sharded on enterprise_id
// and co-located with `enterprise` (sharded on its id), and the shared tables become reference
// tables replicated to every node. That needs what this file checks, on the migrated schema:
// - every table is placed (a new table must be added to one of the lists below);
// - every tenant table carries enterprise_id, first in its primary key;
// - every foreign key between tenant tables carries enterprise_id on both sides, so the rows it
//   joins live on one shard;
// - no unique key of a tenant table leaves enterprise_id out, except the global keys listed
//   here, each of which must move to a lookup reference table before the switch;
// - no shared table points into a tenant table, except the listed one.

/** Small and read everywhere: Citus reference tables. */
const REFERENCE = [
  'jurisdiction',
  'jurisdiction_setting',
  'jurisdiction_setting_change',
  'agency',
  'app_user',
  'membership',
  'session',
  'inspector',
  'inspection_item',
  'inspection_plan',
  'inspection_draw',
  // The 判定标准 and check-item library: public law and legal bases, the same for every tenant.
  'criteria_standard',
  'criteria_item',
  'criteria_item_version',
  'check_item',
];
/**
 * Reminders' settings and delivery log belong to a person or an organisation (an enterprise or an
 * agency), not to one tenant: they stay on the coordinator beside app_user, and a delivery names
 * the tenant event it carries.
 */
const REMINDERS = [
  'notification_preference',
  'notification_schedule',
  'notification_channel',
  'notification_delivery',
  'notification_attempt',
];
/** The dashboard's roll-ups by jurisdiction, kept by triggers on tenant tables. */
const ROLLUPS = [
  'dashboard_open_hazards',
  'dashboard_closed_hazards',
  'dashboard_enterprises',
  'dashboard_reports',
  'dashboard_rollover',
  'dashboard_enterprise_quarters',
  'dashboard_statistics_reports',
  'dashboard_hazard_days',
];
/** The cluster's own bookkeeping, on the coordinator alone. */
const COORDINATOR = ['kysely_migration', 'kysely_migration_lock', 'rate_limit', 'sweep_run'];
/** The tenant root: distributed by its own id, which the others' enterprise_id points at. */
const ROOT = 'enterprise';

/** Unique across tenants by rule, so without enterprise_id (table: columns). */
const GLOBAL_KEYS = [
  'board_link: token', // the public board's QR link is looked up by token alone
  'enterprise: credit_code', // 统一社会信用代码, unique nationwide
  'gate_screen_link: token', // the 承诺公告 gate screen is opened by its token alone
  'hazard_supervision: agency_id, number', // 督办编号, unique per agency
  'inspection: id', // a team member's inspection is looked up by id alone
  'standardization_certificate: number', // 证书编号, unique nationwide
  'tipoff: receipt_hash', // the reporter's receipt code is looked up alone
];
/** Shared tables that point into tenant tables (table.columns → table). */
const SHARED_TO_TENANT = [
  'membership.enterprise_id → enterprise',
  // An enterprise's reminder channel and deliveries, and the tenant event a delivery carries:
  // each must become a lookup by value (no foreign key) before the switch.
  'notification_channel.enterprise_id → enterprise',
  'notification_delivery.enterprise_id → enterprise',
  'notification_delivery.event_enterprise_id,outbox_id → notification_outbox',
];

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

interface Key {
  table: string;
  columns: string[];
  primary: boolean;
}
interface ForeignKey {
  table: string;
  columns: string[];
  target: string;
  targetColumns: string[];
}

const schema = async () => {
  const tables = await sql<{ table: string; tenant: boolean; notNull: boolean }>`
    select c.relname::text as table, a.attname is not null as tenant,
      coalesce(a.attnotnull, false) as "notNull"
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    left join pg_attribute a on a.attrelid = c.oid and a.attname = 'enterprise_id'
      and not a.attisdropped
    where n.nspname = 'public' and c.relkind = 'r' order by 1`.execute(t.db);
  const keys = await sql<Key>`
    select c.relname::text as table, i.indisprimary as primary,
      array(select a.attname::text from unnest(i.indkey::int2[]) with ordinality k(attnum, ord)
            join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
            order by k.ord) as columns
    from pg_index i join pg_class c on c.oid = i.indrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and i.indisunique`.execute(t.db);
  const foreignKeys = await sql<ForeignKey>`
    select c.relname::text as table,
      (select t.relname::text from pg_class t where t.oid = f.confrelid) as target,
      array(select a.attname::text from unnest(f.conkey) with ordinality k(attnum, ord)
            join pg_attribute a on a.attrelid = f.conrelid and a.attnum = k.attnum
            order by k.ord) as columns,
      array(select a.attname::text from unnest(f.confkey) with ordinality k(attnum, ord)
            join pg_attribute a on a.attrelid = f.confrelid and a.attnum = k.attnum
            order by k.ord) as "targetColumns"
    from pg_constraint f join pg_class c on c.oid = f.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and f.contype = 'f'`.execute(t.db);
  const shared = new Set([...REFERENCE, ...ROLLUPS, ...COORDINATOR, ...REMINDERS]);
  const tenant = new Set(
    tables.rows.filter((r) => r.tenant && !shared.has(r.table)).map((r) => r.table),
  );
  tenant.add(ROOT);
  return { tables: tables.rows, keys: keys.rows, foreignKeys: foreignKeys.rows, tenant, shared };
};

/** The tenant column of a table: enterprise_id, or the root's own id. */
const tenantColumn = (table: string) => (table === ROOT ? 'id' : 'enterprise_id');

describe('the schema, distributed by tenant', () => {
  it('places every table: tenant, reference, roll-up or coordinator', async () => {
    const { tables, tenant, shared } = await schema();
    const unplaced = tables.filter((r) => !tenant.has(r.table) && !shared.has(r.table));
    expect(unplaced.map((r) => r.table)).toEqual([]);
    const names = new Set(tables.map((r) => r.table));
    expect([...shared].filter((name) => !names.has(name))).toEqual([]);
    expect(tenant.size).toBeGreaterThan(25);
  });

  it('leads every tenant table’s primary key with enterprise_id, never null', async () => {
    const { tables, keys, tenant } = await schema();
    const wrong = [...tenant].filter((table) => {
      const primary = keys.find((k) => k.table === table && k.primary);
      const column = tables.find((r) => r.table === table);
      return primary?.columns[0] !== tenantColumn(table) || (table !== ROOT && !column?.notNull);
    });
    expect(wrong).toEqual([]);
  });

  it('carries enterprise_id on both sides of every key from one tenant table to another', async () => {
    const { foreignKeys, tenant } = await schema();
    const wrong = foreignKeys
      .filter((f) => tenant.has(f.table) && tenant.has(f.target))
      .filter(
        (f) =>
          !f.columns.some(
            (column, i) =>
              column === tenantColumn(f.table) && f.targetColumns[i] === tenantColumn(f.target),
          ),
      )
      .map((f) => `${f.table}(${f.columns}) → ${f.target}(${f.targetColumns})`);
    expect(wrong).toEqual([]);
  });

  it('keeps enterprise_id in every unique key of a tenant table, but the listed global keys', async () => {
    const { keys, tenant } = await schema();
    const global = keys
      .filter((k) => tenant.has(k.table) && !k.columns.includes(tenantColumn(k.table)))
      .map((k) => `${k.table}: ${k.columns.join(', ')}`)
      .sort();
    expect(global).toEqual(GLOBAL_KEYS);
  });

  it('has no shared table point into a tenant table, but the listed one', async () => {
    const { foreignKeys, tenant } = await schema();
    const into = foreignKeys
      .filter((f) => !tenant.has(f.table) && tenant.has(f.target))
      .map((f) => `${f.table}.${f.columns.join(',')} → ${f.target}`)
      .sort();
    expect(into).toEqual(SHARED_TO_TENANT);
  });
});
