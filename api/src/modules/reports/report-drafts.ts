import type { Db, Executor } from '@shuangfang/db';
import { findJurisdiction } from '../jurisdictions/jurisdictions.repository.js';
import { effectiveSettings } from '../jurisdictions/jurisdictions.service.js';
import { linkedItemOf } from '../criteria/criteria-link.js';
import { items as criteriaItems } from '../criteria/criteria.repository.js';
import { congressName, majorReportContent, type Letterhead } from './report-content.js';
import { workingDaysAfter } from './report-calendar.js';
import * as repo from './reports.repository.js';

// Drafting an event report of a 重大隐患. Called inside the transaction of the hazard move that
// causes it (confirm → major_initial, accept → major_closure) or of the admin's request
// (major_progress), so the hazard and its report commit together. It is due within the
// jurisdiction's `dualReportDeadlineWorkingDays` (default 1) working days of its drafting.

export async function letterhead(db: Executor, enterpriseId: string) {
  const e = await repo.findLetterhead(db, enterpriseId);
  const head: Letterhead = {
    enterprise: { name: e.name, creditCode: e.credit_code },
    agency: { name: e.agency_name },
    congress: { name: congressName(e.name) },
  };
  return { head, agencyId: e.supervising_agency_id, jurisdictionCode: e.jurisdiction_code };
}

async function dueDays(db: Executor, jurisdictionCode: string) {
  const j = await findJurisdiction(db, jurisdictionCode);
  // A transaction is a Kysely instance too; the settings are read inside it.
  const { effective } = await effectiveSettings(db as Db, j!.path, jurisdictionCode);
  return effective.dualReportDeadlineWorkingDays;
}

export async function draftEventReport(
  trx: Executor,
  by: { userId: string },
  enterpriseId: string,
  hazardId: string,
  kind: 'major_initial' | 'major_progress' | 'major_closure',
  now = new Date(),
) {
  const hazard = await trx
    .selectFrom('hazard')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('id', '=', hazardId)
    .executeTakeFirstOrThrow();
  const { head, agencyId, jurisdictionCode } = await letterhead(trx, enterpriseId);
  // The 判定 item the hazard was judged against, at that version, is named in the report.
  const item =
    hazard.criteria_item_id === null
      ? undefined
      : await criteriaItems(trx, {
          itemId: hazard.criteria_item_id,
          version: hazard.criteria_item_version!,
        }).executeTakeFirstOrThrow();
  return repo.insertReport(trx, {
    enterprise_id: enterpriseId,
    kind,
    hazard_id: hazardId,
    period: null,
    state: 'draft',
    content: majorReportContent(kind, hazard, head, item && linkedItemOf(item)),
    content_hash: null,
    agency_id: agencyId,
    due_at: workingDaysAfter(now, await dueDays(trx, jurisdictionCode)),
    drafted_by: by.userId,
    drafted_at: now,
    submitted_by: null,
    submitted_at: null,
  });
}
