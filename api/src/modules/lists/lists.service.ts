import type { Db } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { findJurisdiction } from '../jurisdictions/jurisdictions.repository.js';
import { effectiveSettings } from '../jurisdictions/jurisdictions.service.js';
import { getRegister } from '../risk/risk.service.js';
import { listWorkbook, type ListKind } from './lists.xlsx.js';

/** One of the three lists as a spreadsheet, named as the enterprise's jurisdiction names it. */
export async function listFile(db: Db, m: ActingMembership, enterpriseId: string, kind: ListKind) {
  const enterprise = await requireEnterpriseInScope(db, m, enterpriseId);
  const jurisdiction = (await findJurisdiction(db, enterprise.jurisdiction_code))!;
  const { effective } = await effectiveSettings(db, jurisdiction.path, jurisdiction.code);
  const title = effective.listNames[kind === 'measures' ? 'measure' : kind];
  const register = await getRegister(db, m, enterpriseId, false);
  return {
    fileName: `${enterprise.name}${title}.xlsx`,
    body: await listWorkbook(kind, title, enterprise.name, register),
  };
}
