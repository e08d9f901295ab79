import type { Db } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { getRegister } from '../risk/risk.service.js';
import { listWorkbook, type ListKind } from './lists.xlsx.js';

/** One of the three lists as a spreadsheet, named as the enterprise's jurisdiction names it. */
export async function listFile(db: Db, m: ActingMembership, enterpriseId: string, kind: ListKind) {
  const enterprise = await requireEnterpriseInScope(db, m, enterpriseId);
  const register = await getRegister(db, m, enterpriseId, false);
  const title = register.listNames[kind === 'measures' ? 'measure' : kind];
  return {
    fileName: `${enterprise.name}${title}.xlsx`,
    asciiName: `${kind}-list.xlsx`,
    body: await listWorkbook(kind, title, enterprise.name, register),
  };
}
