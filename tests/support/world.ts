import type { Db } from '@shuangfang/db';
import { makeAgency, makeEnterprise, makeJurisdiction, makeUser } from './factories.js';

/**
 * Two neighbouring counties under one city, and another province, each with its agency,
 * enterprises and one user per role: the cast of every authorization test.
 *
 *   360000 江西省 ─ 360700 赣州市 ┬ 360735 石城县 (home): enterprises home1, home2
 *                                └ 360730 宁都县 (neighbour): enterprise neighbour1
 *   440000 广东省 ─ 441800 清远市 (far): enterprise far1
 */
export async function makeWorld(db: Db) {
  await makeJurisdiction(db, { code: '360000', name: '江西省', level: 'province' });
  await makeJurisdiction(db, {
    code: '360700',
    name: '赣州市',
    level: 'city',
    parentCode: '360000',
  });
  await makeJurisdiction(db, {
    code: '360735',
    name: '石城县',
    level: 'county',
    parentCode: '360700',
  });
  await makeJurisdiction(db, {
    code: '360730',
    name: '宁都县',
    level: 'county',
    parentCode: '360700',
  });
  await makeJurisdiction(db, { code: '440000', name: '广东省', level: 'province' });
  await makeJurisdiction(db, {
    code: '441800',
    name: '清远市',
    level: 'city',
    parentCode: '440000',
  });

  const agencies = {
    province: await makeAgency(db, '360000', '江西省应急管理厅'),
    city: await makeAgency(db, '360700', '赣州市应急管理局'),
    home: await makeAgency(db, '360735', '石城县应急管理局'),
    neighbour: await makeAgency(db, '360730', '宁都县应急管理局'),
    far: await makeAgency(db, '441800', '清远市应急管理局'),
  };
  const enterprises = {
    home1: await makeEnterprise(db, {
      jurisdictionCode: '360735',
      agencyId: agencies.home,
      name: '石城甲公司',
    }),
    home2: await makeEnterprise(db, {
      jurisdictionCode: '360735',
      agencyId: agencies.home,
      name: '石城乙公司',
    }),
    neighbour1: await makeEnterprise(db, {
      jurisdictionCode: '360730',
      agencyId: agencies.neighbour,
      name: '宁都丙公司',
    }),
    far1: await makeEnterprise(db, {
      jurisdictionCode: '441800',
      agencyId: agencies.far,
      name: '清远丁公司',
    }),
  };
  const users = {
    platformAdmin: await makeUser(db, { role: 'platform_admin' }),
    provinceAdmin: await makeUser(db, { role: 'agency_admin', agencyId: agencies.province }),
    cityAdmin: await makeUser(db, { role: 'agency_admin', agencyId: agencies.city }),
    homeAdmin: await makeUser(db, { role: 'agency_admin', agencyId: agencies.home }),
    homeInspector: await makeUser(db, { role: 'inspector', agencyId: agencies.home }),
    neighbourAdmin: await makeUser(db, { role: 'agency_admin', agencyId: agencies.neighbour }),
    farAdmin: await makeUser(db, { role: 'agency_admin', agencyId: agencies.far }),
    home1Admin: await makeUser(db, {
      role: 'enterprise_admin',
      enterpriseId: enterprises.home1.id,
    }),
    home1Safety: await makeUser(db, { role: 'safety_manager', enterpriseId: enterprises.home1.id }),
    home1Worker: await makeUser(db, { role: 'worker', enterpriseId: enterprises.home1.id }),
    home1Congress: await makeUser(db, { role: 'congress_rep', enterpriseId: enterprises.home1.id }),
    home2Admin: await makeUser(db, {
      role: 'enterprise_admin',
      enterpriseId: enterprises.home2.id,
    }),
    neighbour1Admin: await makeUser(db, {
      role: 'enterprise_admin',
      enterpriseId: enterprises.neighbour1.id,
    }),
  };
  return { agencies, enterprises, users };
}
export type World = Awaited<ReturnType<typeof makeWorld>>;
