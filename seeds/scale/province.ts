import type { Rng } from './prng.js';

// One province of 10 cities and about 100 counties, with an emergency-management agency
// (应急管理厅/局) at every level. Codes follow GB/T 2260: 32 0000, 32 cc 00, 32 cc nn.

export interface Jurisdiction {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parentCode: string | null;
  path: string;
}

export interface Agency {
  id: string;
  jurisdictionCode: string;
  name: string;
  phone: string;
}

const PROVINCE = { code: '320000', name: '江苏省' };
const CITIES = ['南京', '无锡', '徐州', '常州', '苏州', '南通', '连云港', '淮安', '盐城', '扬州'];
const COUNTY_FIRST = '江河山湖东西南北新清安平丰阳宁兴泰德武和永长';
const COUNTY_SECOND = '浦湖阳山城口溪州林泉都台川宁安化海陵沙江';

export function buildProvince(rng: Rng, countiesPerCity = 10) {
  const jurisdictions: Jurisdiction[] = [
    { ...PROVINCE, level: 'province', parentCode: null, path: `/${PROVINCE.code}/` },
  ];
  const used = new Set<string>();
  CITIES.forEach((city, c) => {
    const cityCode = `32${String(c + 1).padStart(2, '0')}00`;
    const cityPath = `/${PROVINCE.code}/${cityCode}/`;
    jurisdictions.push({
      code: cityCode,
      name: `${city}市`,
      level: 'city',
      parentCode: PROVINCE.code,
      path: cityPath,
    });
    for (let n = 1; n <= countiesPerCity; n++) {
      let name: string;
      do name = rng.pick([...COUNTY_FIRST]) + rng.pick([...COUNTY_SECOND]);
      while (used.has(name));
      used.add(name);
      const code = `${cityCode.slice(0, 4)}${String(n).padStart(2, '0')}`;
      jurisdictions.push({
        code,
        name: `${name}${n <= 4 ? '区' : n <= 6 ? '市' : '县'}`,
        level: 'county',
        parentCode: cityCode,
        path: `${cityPath}${code}/`,
      });
    }
  });
  const agencies: Agency[] = jurisdictions.map((j) => ({
    id: rng.uuid(),
    jurisdictionCode: j.code,
    name: `${j.name}应急管理${j.level === 'province' ? '厅' : '局'}`,
    phone: `025-${rng.int(80000000, 89999999)}`,
  }));
  return { jurisdictions, agencies };
}
