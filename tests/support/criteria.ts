import type { Db, Industry } from '@shuangfang/db';
import { makeEnterprise, makeUser } from './factories.js';
import { expectStatus } from './hazards.js';
import type { ApiClient } from './test-app.js';
import type { World } from './world.js';

// The 判定标准 library (docs/domain-criteria.md) as tests use it: items found by standard and
// number through the public API, and enterprises of a chosen industry in the home county.

export interface LibraryItem {
  id: string;
  version: number;
  number: string | null;
  citation: string;
  text: string;
  fidelity: string;
  linkable: boolean;
  industries: Industry[];
}

/** The current version of an item of a standard, by its number (null: the first unnumbered). */
export async function itemOf(api: ApiClient, standard: string, number: string | null) {
  const detail = expectStatus(await api.get(`/v1/public/criteria/standards/${standard}`), 200);
  const item = (detail.items as LibraryItem[]).find((i) => i.number === number);
  if (!item) throw new Error(`no item ${number} in ${standard}`);
  return item;
}

/** An enterprise of `industry` in the home county, with its 主要负责人 and a safety manager. */
export async function makeIndustryEnterprise(db: Db, w: World, industry: Industry) {
  const enterprise = await makeEnterprise(db, {
    jurisdictionCode: '360735',
    agencyId: w.agencies.home,
    industry,
    name: `石城${industry}测试企业${Math.random().toString(36).slice(2, 6)}`,
  });
  return {
    id: enterprise.id,
    admin: await makeUser(db, { role: 'enterprise_admin', enterpriseId: enterprise.id }),
    safety: await makeUser(db, { role: 'safety_manager', enterpriseId: enterprise.id }),
  };
}
export type IndustryEnterprise = Awaited<ReturnType<typeof makeIndustryEnterprise>>;

/** The body of a new standard, as a platform admin would enter AQ 3067—2026 once it has the text. */
export const standardBody = (over: Record<string, unknown> = {}) => ({
  code: 'aq3067-2026',
  title: '化工和危险化学品生产经营企业重大生产安全事故隐患判定准则',
  docNumber: 'AQ 3067—2026',
  issuer: '应急管理部',
  publishedOn: '2026-03-09',
  effectiveFrom: '2026-09-30',
  industries: ['危险化学品'],
  holding: 'partial',
  officialItemCount: 53,
  coverage: '测试：仅录入一条',
  ...over,
});

export const itemBody = (over: Record<string, unknown> = {}) => ({
  number: '5.1.5',
  numberConfirmed: false,
  area: '危险化学品',
  industries: [],
  text: '测试条文：重大危险源包保责任人未按规定履行包保责任。',
  fidelity: 'near_verbatim',
  source: '测试来源',
  keywords: ['包保'],
  ...over,
});
