import {
  ACCIDENT_TYPES,
  CONTROL_LEVELS,
  ENTERPRISE_SCALES,
  INDUSTRIES,
  MEASURE_CATEGORIES,
  type RiskColour,
} from '@shuangfang/db';
import { withCheckCharacter } from '@shuangfang/api';
import { personName, phoneOf } from './people.js';
import type { Rng } from './prng.js';
import type { Agency, Jurisdiction } from './province.js';
import type { Row } from './copy.js';

// One enterprise: its row, its three people (主要负责人, 安全管理员, a worker) and its risk register
// (objects → units → events → measures, each event assessed with LEC).

const FIRM = '华瑞恒达金鑫宏远盛泰永安中建新世纪东方天成海通长江远航鼎盛富源';
const TRADE: Record<string, string[]> = {
  冶金: ['钢铁', '特钢', '冶炼'],
  有色: ['铝业', '铜业', '有色金属'],
  建材: ['水泥', '玻璃', '建材'],
  机械: ['机械', '重工', '精密制造'],
  轻工: ['食品', '纸业', '家具'],
  纺织: ['纺织', '印染', '服饰'],
  烟草: ['卷烟'],
  商贸: ['商贸', '物流', '仓储'],
  危险化学品: ['化工', '石化', '新材料'],
  烟花爆竹: ['烟花'],
  非煤矿山: ['矿业', '石料'],
  其他: ['实业', '科技'],
};
const OBJECTS = ['生产车间', '仓库', '配电房', '锅炉房', '储罐区', '装卸区', '空压站', '危废间'];
const UNITS = ['设备', '作业区', '管线', '工位', '控制室'];
const FACTORS = ['防护罩缺失', '静电积聚', '高温介质泄漏', '临边无护栏', '电缆老化', '粉尘积聚'];

export interface Register {
  objects: string[];
  units: { id: string; objectId: string }[];
  measures: { id: string; unitId: string; objectId: string }[];
}

export interface EnterpriseRows {
  id: string;
  name: string;
  agencyId: string;
  /** Where it lies; its hazards, supervisions and certificates carry it too (the loader's COPY
   * fires no triggers). */
  jurisdictionCode: string;
  people: { adminId: string; managerId: string; workerId: string; names: Record<string, string> };
  register: Register;
  rows: Partial<Record<string, Row[]>>;
  scaleWeight: number;
}

const GRADE_ORDER: RiskColour[] = ['red', 'orange', 'yellow', 'blue'];
const gradeOf = (score: number): RiskColour =>
  score > 320 ? 'red' : score > 160 ? 'orange' : score > 70 ? 'yellow' : 'blue';

export function buildEnterprise(
  rng: Rng,
  index: number,
  county: Jurisdiction,
  agency: Agency,
  passwordHash: string,
  since: Date,
): EnterpriseRows {
  const id = rng.uuid();
  const industry = rng.pick(INDUSTRIES);
  const scale = rng.weighted(ENTERPRISE_SCALES.map((s, i) => [s, [1, 3, 8, 6][i]!] as const));
  const name = `${county.name.slice(0, 2)}${rng.pick([...FIRM])}${rng.pick([...FIRM])}${rng.pick(TRADE[industry]!)}有限公司`;
  const orgCode = String(index).padStart(8, '0') + rng.pick([...'0123456789ABCDEFGH']);
  const creditCode = withCheckCharacter(`91${county.code}${orgCode}`);
  const createdAt = new Date(since.getTime() - rng.int(0, 5 * 365) * 86_400_000);

  const rows: Record<string, Row[]> = {
    app_user: [],
    membership: [],
    risk_object: [],
    risk_unit: [],
    risk_event: [],
    risk_assessment: [],
    control_measure: [],
    emergency_measure: [],
  };
  const names: Record<string, string> = {};
  const person = (role: string, n: number) => {
    const userId = rng.uuid();
    names[userId] = personName(rng);
    rows.app_user!.push([userId, phoneOf('13', index * 3 + n), names[userId], passwordHash]);
    rows.membership!.push([rng.uuid(), userId, role, id, null]);
    return userId;
  };
  const people = {
    adminId: person('enterprise_admin', 0),
    managerId: person('safety_manager', 1),
    workerId: person('worker', 2),
    names,
  };

  const register: Register = { objects: [], units: [], measures: [] };
  let worst = 3;
  for (let o = 0, objects = rng.int(2, 5); o < objects; o++) {
    const objectId = rng.uuid();
    register.objects.push(objectId);
    rows.risk_object!.push([
      id,
      objectId,
      o,
      `${o + 1}号${rng.pick(OBJECTS)}`,
      rng.pick(['场所', '设备设施', '作业活动']),
      rng.pick(['生产部', '设备部', '仓储部']),
      names[people.managerId]!,
    ]);
    for (let u = 0, units = rng.int(1, 3); u < units; u++) {
      const unitId = rng.uuid();
      register.units.push({ id: unitId, objectId });
      rows.risk_unit!.push([
        id,
        unitId,
        u,
        objectId,
        `${rng.pick(UNITS)}${u + 1}`,
        names[people.workerId]!,
      ]);
      for (let e = 0, events = rng.int(1, 2); e < events; e++) {
        const eventId = rng.uuid();
        const inputs = {
          L: rng.pick([0.5, 1, 3, 6]),
          E: rng.pick([1, 2, 3, 6]),
          C: rng.pick([3, 7, 15, 40]),
        };
        const score = inputs.L * inputs.E * inputs.C;
        const grade = gradeOf(score);
        worst = Math.min(worst, GRADE_ORDER.indexOf(grade));
        const level = rng.pick(CONTROL_LEVELS);
        rows.risk_event!.push([
          id,
          eventId,
          e,
          unitId,
          rng.pick(FACTORS),
          rng.pick(ACCIDENT_TYPES),
          '可能造成人员伤亡',
          grade,
          level,
        ]);
        rows.risk_assessment!.push([
          id,
          rng.uuid(),
          eventId,
          'LEC',
          inputs,
          score,
          grade,
          people.managerId,
          createdAt,
        ]);
        for (let m = 0, measures = rng.int(2, 3); m < measures; m++) {
          const measureId = rng.uuid();
          register.measures.push({ id: measureId, unitId, objectId });
          const [unit, count] = rng.pick([
            ['day', 1],
            ['week', 1],
            ['month', 1],
            ['hour', 8],
          ] as const);
          rows.control_measure!.push([
            id,
            measureId,
            m,
            eventId,
            rng.pick(MEASURE_CATEGORIES),
            '按规程检查并保持完好',
            level,
            names[people.workerId]!,
            '检查防护装置是否完好',
            unit,
            count,
          ]);
        }
        rows.emergency_measure!.push([
          id,
          rng.uuid(),
          0,
          eventId,
          '立即停止作业，撤离人员并报告',
          '灭火器',
          '119',
        ]);
      }
    }
  }
  rows.enterprise = [
    [
      id,
      creditCode,
      name,
      industry,
      scale,
      `${county.name}工业园区${rng.int(1, 300)}号`,
      county.code,
      agency.id,
      GRADE_ORDER[worst]!,
      createdAt,
      createdAt,
    ],
  ];
  const scaleWeight = { 大型: 3, 中型: 1.6, 小型: 0.8, 微型: 0.4 }[scale];
  return {
    id,
    name,
    agencyId: agency.id,
    jurisdictionCode: county.code,
    people,
    register,
    rows,
    scaleWeight,
  };
}
