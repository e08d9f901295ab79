import type { Db } from '@shuangfang/db';
import { verifyChain } from '../../api/src/modules/hazards/hazards.service.js';
import type { Acknowledged } from './load.js';

// After the run, on the primary: is every write that was answered 2xx there, and does every
// enterprise's hazard event chain still verify?

const chunks = <T>(items: T[], size = 500): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, i * size + size),
  );

async function present(ids: string[], find: (some: string[]) => Promise<string[]>) {
  const found = new Set<string>();
  for (const some of chunks(ids)) for (const id of await find(some)) found.add(id);
  return ids.filter((id) => !found.has(id));
}

export async function missingWrites(db: Db, acked: Acknowledged) {
  const hazards = await present([...acked.hazards.keys()], async (ids) =>
    (await db.selectFrom('hazard').select('id').where('id', 'in', ids).execute()).map((r) => r.id),
  );
  const confirms = await present([...acked.confirms], async (ids) =>
    (
      await db
        .selectFrom('hazard_event')
        .select('hazard_id')
        .where('action', '=', 'confirm')
        .where('hazard_id', 'in', ids)
        .execute()
    ).map((r) => r.hazard_id),
  );
  const submitted = await present([...acked.submitted.keys()], async (ids) =>
    (
      await db
        .selectFrom('report')
        .select('id')
        .where('state', '=', 'submitted')
        .where('id', 'in', ids)
        .execute()
    ).map((r) => r.id),
  );
  const signed = await present([...acked.signed], async (ids) =>
    (
      await db
        .selectFrom('report_acknowledgement')
        .select('report_id')
        .where('recipient', '=', 'agency')
        .where('report_id', 'in', ids)
        .execute()
    ).map((r) => r.report_id),
  );
  return { hazards, confirms, submitted, signed };
}

/** Every enterprise with a chain: events checked and whether it verifies. */
export async function verifyChains(db: Db) {
  const heads = await db.selectFrom('hazard_chain_head').select('enterprise_id').execute();
  const results = [];
  for (const { enterprise_id } of heads) results.push(await verifyChain(db, enterprise_id));
  return {
    enterprises: results.length,
    events: results.reduce((n, r) => n + r.checked, 0),
    broken: results.filter((r) => !r.ok).length,
  };
}
