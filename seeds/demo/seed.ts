import { hashPassword, withCheckCharacter } from '@shuangfang/api';
import type { Db, Executor } from '@shuangfang/db';
import { DEMO_PASSWORD, DEMO_USERS, ENTERPRISES, JURISDICTIONS } from './data.js';
import { seedBlacklist } from './blacklist-seed.js';
import { seedChemicals } from './chemicals-seed.js';
import { seedHazards } from './hazard-seed.js';
import { seedDashboard } from './dashboard-seed.js';
import { seedInspections } from './inspection-seed.js';
import { publishBoards, seedRiskRegisters } from './risk-seed.js';
import { seedSupervision } from './supervision-seed.js';
import { seedStandardization } from './standardization-seed.js';
import { seedTipoffs } from './tipoff-seed.js';
import { seedCriteriaFindings } from './criteria-seed.js';

/** Loads the demo province. Idempotent: what exists already is left as it is. */
export async function seedDemo(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const paths = new Map<string, string>();
    for (const j of JURISDICTIONS) {
      const path = `${j.parent ? paths.get(j.parent) : '/'}${j.code}/`;
      paths.set(j.code, path);
      await trx
        .insertInto('jurisdiction')
        .values({ code: j.code, name: j.name, level: j.level, parent_code: j.parent, path })
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
      const agency = await trx
        .selectFrom('agency')
        .select('id')
        .where('name', '=', j.agency)
        .executeTakeFirst();
      // Each agency its own duty phone; a replay sets the same one again.
      if (!agency) {
        await trx
          .insertInto('agency')
          .values({ name: j.agency, jurisdiction_code: j.code, phone: j.phone })
          .execute();
      } else {
        await trx
          .updateTable('agency')
          .set({ phone: j.phone })
          .where('id', '=', agency.id)
          .execute();
      }
    }
    const agencies = await trx
      .selectFrom('agency')
      .select(['id', 'name', 'jurisdiction_code'])
      .execute();
    const agencyAt = (code: string) => {
      const agency = agencies.find((a) => a.jurisdiction_code === code);
      if (!agency) throw new Error(`no demo agency at ${code}`);
      return agency.id;
    };

    for (const e of ENTERPRISES) {
      await trx
        .insertInto('enterprise')
        .values({
          credit_code: withCheckCharacter(e.first17),
          name: e.name,
          industry: e.industry,
          scale: e.scale,
          address: e.address,
          jurisdiction_code: e.jurisdictionCode,
          supervising_agency_id: agencyAt(e.jurisdictionCode),
          risk_level: null,
          standardization_level: null,
        })
        // The industry follows the name even in a database seeded before it did.
        .onConflict((oc) => oc.column('credit_code').doUpdateSet({ industry: e.industry }))
        .execute();
    }

    for (const u of DEMO_USERS) {
      if (
        await trx
          .selectFrom('app_user')
          .select('id')
          .where('phone', '=', u.phone)
          .executeTakeFirst()
      )
        continue;
      const { id } = await trx
        .insertInto('app_user')
        .values({ phone: u.phone, display_name: u.name, password_hash: passwordHash })
        .returning('id')
        .executeTakeFirstOrThrow();
      const enterprise = u.enterprise
        ? await trx
            .selectFrom('enterprise')
            .select('id')
            .where('name', '=', u.enterprise)
            .executeTakeFirstOrThrow()
        : null;
      await trx
        .insertInto('membership')
        .values({
          user_id: id,
          role: u.role,
          agency_id: u.agencyOf ? agencyAt(u.agencyOf) : null,
          enterprise_id: enterprise?.id ?? null,
        })
        .execute();
    }

    const assessor = await trx
      .selectFrom('app_user')
      .select('id')
      .where('phone', '=', '13800000012')
      .executeTakeFirstOrThrow();
    await seedRiskRegisters(trx, assessor.id);
    await assignPositions(trx);
    await publishBoards(trx, '石城县琴江矿业有限公司', assessor.id);
    await seedHazards(trx);
    await seedDashboard(trx, passwordHash);
    await seedSupervision(trx);
    await seedStandardization(trx, passwordHash);
    await seedTipoffs(trx);
    await seedInspections(trx); // 双随机一公开
    await seedCriteriaFindings(trx); // 重大事故隐患判定标准
  });
  // Through the blacklist's own procedure, which opens its transactions (after the rest exists).
  await seedBlacklist(db);
  // 危险化学品 duties: a week replayed through their services, which open their own transactions.
  await seedChemicals(db);
}

/** Puts the demo workers on their positions, so the position's checks are theirs. */
async function assignPositions(db: Executor): Promise<void> {
  for (const u of DEMO_USERS) {
    if (!u.position || !u.enterprise) continue;
    const row = await db
      .selectFrom('position')
      .innerJoin('enterprise', 'enterprise.id', 'position.enterprise_id')
      .innerJoin('app_user', (j) => j.on('app_user.phone', '=', u.phone))
      .select(['position.enterprise_id', 'position.id', 'app_user.id as userId'])
      .where('enterprise.name', '=', u.enterprise)
      .where('position.name', '=', u.position)
      .executeTakeFirst();
    if (!row) continue;
    await db
      .insertInto('position_worker')
      .values({ enterprise_id: row.enterprise_id, position_id: row.id, user_id: row.userId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
