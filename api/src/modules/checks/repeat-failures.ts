import type { Executor } from '@shuangfang/db';
import { sql } from 'kysely';
import { findJurisdiction } from '../jurisdictions/jurisdictions.repository.js';
import { effectiveSettings } from '../jurisdictions/jurisdictions.service.js';

// A repeated hazard on the same measure (docs/domain.md section 1, default 2 within 90 days) flags the
// measure's risk event for re-assessment. Called in the transaction that opens the hazard, so
// the flag and the hazard commit together; a new assessment of the event clears it (risk.service).

/**
 * After a hazard linked to `measureId` was inserted in this transaction: counts the hazards of
 * that measure in the window (the one just inserted included, rejected ones left out, and only
 * those since the event's latest assessment — a re-assessment starts the count again) and flags
 * the event when the count reaches the jurisdiction's setting.
 */
export async function flagRepeatFailure(
  trx: Executor,
  enterprise: { id: string; jurisdiction_code: string },
  measureId: string,
) {
  // Serialises hazards opened on the same measure at once: each counts the others' rows.
  const measure = await trx
    .selectFrom('control_measure')
    .select(['event_id'])
    .where('enterprise_id', '=', enterprise.id)
    .where('id', '=', measureId)
    .forUpdate()
    .executeTakeFirst();
  if (!measure) return;
  const jurisdiction = await findJurisdiction(trx, enterprise.jurisdiction_code);
  const settings = (await effectiveSettings(trx, jurisdiction!.path, enterprise.jurisdiction_code))
    .effective;
  const { count, days } = settings.repeatHazard;

  const lastAssessment = await trx
    .selectFrom('risk_assessment')
    .select((eb) => eb.fn.max('assessed_at').as('at'))
    .where('enterprise_id', '=', enterprise.id)
    .where('event_id', '=', measure.event_id)
    .executeTakeFirst();
  const since = lastAssessment?.at ?? null;
  const { n } = await trx
    .selectFrom('hazard')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('enterprise_id', '=', enterprise.id)
    .where('control_measure_id', '=', measureId)
    .where('state', '!=', 'rejected')
    .where('created_at', '>', sql<Date>`now() - make_interval(days => ${days})`)
    .$if(since !== null, (q) => q.where('created_at', '>', since!))
    .executeTakeFirstOrThrow();
  if (Number(n) < count) return;
  await trx
    .updateTable('risk_event')
    .set({ reassess_flagged_at: sql`now()` })
    .where('enterprise_id', '=', enterprise.id)
    .where('id', '=', measure.event_id)
    .where('reassess_flagged_at', 'is', null)
    .execute();
}
