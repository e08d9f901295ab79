import { draftPeriodic, insertAcknowledgement, submitReport } from '@shuangfang/api';
import type { Executor } from '@shuangfang/db';

const DAY = 86_400_000;
const CHINA = 8 * 3_600_000;

/** The last quarter that has ended, as the reports name it (`2026Q3`), and when it ended. */
function lastQuarter(now: Date): { period: string; end: Date } {
  const local = new Date(now.getTime() + CHINA);
  const quarter = Math.floor(local.getUTCMonth() / 3);
  const year = quarter === 0 ? local.getUTCFullYear() - 1 : local.getUTCFullYear();
  const q = quarter === 0 ? 4 : quarter;
  const end = new Date(Date.UTC(year, q * 3, 1) - CHINA);
  return { period: `${year}Q${q}`, end };
}

/**
 * The statistics report of the last quarter, drafted and submitted a few days after it ended
 * (well before the 15th) and signed by both recipients, as the API would have done it then.
 */
export async function seedQuarterlyReport(
  db: Executor,
  enterpriseId: string,
  people: {
    admin: { id: string };
    agency: { id: string; name: string; agencyId: string | null };
    congress: { id: string; name: string };
  },
): Promise<void> {
  const now = new Date();
  const { period, end } = lastQuarter(now);
  const existing = await db
    .selectFrom('report')
    .select('id')
    .where('enterprise_id', '=', enterpriseId)
    .where('period', '=', period)
    .executeTakeFirst();
  if (existing) return;
  const at = (days: number) => new Date(Math.min(end.getTime() + days * DAY, now.getTime() - 1000));
  const id = await draftPeriodic(db, enterpriseId, 'quarterly', period, people.admin.id, at(4));
  const draft = await db
    .selectFrom('report')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  await submitReport(db, draft, people.admin.id, at(5));
  const { agency, congress } = people;
  await insertAcknowledgement(
    db,
    draft,
    'agency',
    { userId: agency.id, displayName: agency.name, agencyId: agency.agencyId },
    at(6),
  );
  await insertAcknowledgement(
    db,
    draft,
    'congress',
    { userId: congress.id, displayName: congress.name, agencyId: null },
    at(7),
  );
}
