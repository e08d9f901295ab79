import type { Db } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { requireJurisdictionInScope } from '../../auth/scope.js';
import { invalid } from '../../lib/errors.js';
import * as repo from './agencies.repository.js';

const toDto = (a: repo.AgencyListRow) => ({
  id: a.id,
  name: a.name,
  jurisdictionCode: a.jurisdiction_code,
  jurisdictionName: a.jurisdiction_name,
  phone: a.phone,
  active: a.active,
});

/** Platform admins see every agency; an agency role sees the agencies of its subtree. */
export async function list(db: Db, m: ActingMembership, jurisdictionCode?: string) {
  let under = m.role === 'platform_admin' ? null : m.jurisdictionPath;
  if (jurisdictionCode) under = (await requireJurisdictionInScope(db, m, jurisdictionCode)).path;
  return (await repo.listAgenciesUnder(db, under)).map(toDto);
}

/** The public directory: every active agency, the entry to its published pages. */
export async function listPublic(db: Db) {
  return (await repo.listAgenciesUnder(db, null)).filter((a) => a.active).map(toDto);
}

export async function create(
  db: Db,
  input: { name: string; jurisdictionCode: string; phone: string | null },
) {
  const exists = await db
    .selectFrom('jurisdiction')
    .select('code')
    .where('code', '=', input.jurisdictionCode)
    .executeTakeFirst();
  if (!exists) throw invalid('jurisdictionCode', `行政区划 ${input.jurisdictionCode} 不存在`);
  const id = await repo.insertAgency(db, input);
  return toDto((await repo.findAgency(db, id))!);
}
