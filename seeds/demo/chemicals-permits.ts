import { approvalChain, gasRequired, type permitMoves } from '@shuangfang/api';
import type { PermitLevel, PermitSignerRole, PermitType } from '@shuangfang/db';
import type { Person } from './chemicals-seed.js';

// The demo 危化 enterprise's 特殊作业票 of the week: every type, and on the last day one in each
// state (applied … accepted, cancelled), plus one whose validity ended while in progress.

const MIN = 60_000;
const HOUR = 60 * MIN;

export interface Move {
  at: Date;
  action: keyof typeof permitMoves;
  by: Person;
  body: unknown;
}
export interface Plan {
  at: Date;
  body: Record<string, unknown>;
  leader: Person;
  guard: Person;
  unit?: string;
  moves: Move[];
}

const SIGNERS: Record<Exclude<PermitSignerRole, 'work_leader'>, Person> = {
  unit_head: 'unitHead',
  safety_dept: 'safety',
  specialty_dept: 'equipment',
  plant_leader: 'deputy',
  power_supplier: 'equipment',
  co_signer: 'equipment',
};

const DETAILS: Record<PermitType, Record<string, unknown>> = {
  hot_work: { level: 'hot_1', hotWorkMethod: '电焊' },
  confined_space: { spaceName: 'T-102 甲醇储罐', originalMedium: '甲醇' },
  blind_plate: {
    operation: 'insert',
    pipeline: 'T-103 出料管线 DN80',
    medium: '甲醇',
    temperature: '常温',
    pressure: '0.05 MPa',
    plateMaterial: '20#钢',
    plateSpec: 'DN80 PN16',
    plateNumber: 'MB-07',
  },
  work_at_height: { heightM: 12, objectiveFactors: [] },
  lifting: {
    loadTonnes: 12,
    rigging: '25 t 汽车吊',
    load: '换热器管束',
    commander: '曾师傅',
    riggers: '黄师傅',
  },
  temporary_power: {
    accessPoint: '罐区 2# 检修配电箱',
    permittedKw: 20,
    voltage: '380V',
    powerEquipment: '电焊机 12 kW、照明 1 kW',
    electricianCertificate: 'T360735198507070033',
    hazardousArea: false,
  },
  excavation: { depthM: 0.8, workScope: '长 6 m、宽 0.8 m、深 0.8 m 电缆沟', hazardousArea: false },
  road_closure: { closureReason: '吊装车辆占用厂区东路', relatedUnits: '储运部、消防站' },
};

const CONTENT: Record<PermitType, [string, string]> = {
  hot_work: ['更换甲醇进料泵出口法兰', '甲醇罐区泵房'],
  confined_space: ['T-102 储罐清罐检查', '甲醇罐区 T-102'],
  blind_plate: ['T-103 出料管线加盲板隔离', '甲醇罐区管廊'],
  work_at_height: ['管廊保温层修复', '甲醛装置管廊（12 m）'],
  lifting: ['吊装换热器管束', '甲醛装置框架东侧'],
  temporary_power: ['罐区检修临时用电', '甲醇罐区检修场地'],
  excavation: ['敷设电缆沟', '液氯库房北侧'],
  road_closure: ['厂区东路断路配合吊装', '厂区东路'],
};

const sample = (type: PermitType, at: Date) => ({
  analysedAt: at.toISOString(),
  point: type === 'confined_space' ? '罐内上、中、下部' : '动火点 10 m 范围内',
  readings:
    type === 'confined_space'
      ? [
          { gas: '氧气', kind: 'oxygen', value: 20.6, unit: '%VOL' },
          { gas: '甲醇', kind: 'flammable', value: 0.05, unit: '%VOL', lel: 6 },
        ]
      : [
          { gas: '甲醇', kind: 'flammable', value: 0.1, unit: '%VOL', lel: 6 },
          { gas: '氧气', kind: 'oxygen', value: 20.8, unit: '%VOL' },
        ],
});

type Until =
  | 'applied'
  | 'measures_confirmed'
  | 'briefed'
  | 'approved'
  | 'in_progress'
  | 'interrupted'
  | 'completed'
  | 'accepted'
  | 'cancelled';

interface Flow {
  type: PermitType;
  at: Date;
  until: Until;
  hours: number;
  leader?: Person;
  guard?: Person;
  unit?: string;
  level?: PermitLevel;
  contractor?: boolean;
  /** Hours after the application at which the work is completed. */
  workHours?: number;
}

const ORDER: Until[] = [
  'applied',
  'measures_confirmed',
  'briefed',
  'approved',
  'in_progress',
  'interrupted',
  'completed',
  'accepted',
];

function flow(f: Flow): Plan {
  const leader = f.leader ?? 'repairLead';
  const guard = f.guard ?? 'guard';
  const details = { ...DETAILS[f.type], ...(f.level ? { level: f.level } : {}) };
  const t = (minutes: number) => new Date(f.at.getTime() + minutes * MIN);
  const reach = (s: Until) => ORDER.indexOf(f.until) >= ORDER.indexOf(s) && f.until !== 'cancelled';
  const moves: Move[] = [];
  const gas = gasRequired(f.type, details);
  if (f.until === 'cancelled') {
    moves.push({
      at: t(30),
      action: 'cancel',
      by: leader,
      body: { reason: '改用厂区西侧通道，无需断路' },
    });
  }
  if (reach('measures_confirmed')) {
    moves.push({ at: t(5), action: 'confirmMeasures', by: guard, body: null });
  }
  if (reach('briefed')) {
    if (gas) moves.push({ at: t(10), action: 'recordGas', by: guard, body: sample(f.type, t(10)) });
    moves.push({
      at: t(15),
      action: 'brief',
      by: leader,
      body: {
        recipients: ['孙焊工', '李管工'],
        topics: '罐区火灾爆炸风险、隔离措施、应急疏散路线',
      },
    });
  }
  if (reach('approved')) {
    const level =
      f.type === 'work_at_height'
        ? 'height_2'
        : f.type === 'lifting'
          ? 'lifting_3'
          : ((details.level as PermitLevel | undefined) ?? null);
    for (const [i, entry] of approvalChain(f.type, level).entries()) {
      const by = entry.role === 'work_leader' ? leader : SIGNERS[entry.role];
      moves.push({
        at: t(20 + i * 4),
        action: 'approve',
        by,
        body: { comment: '同意', onSite: true },
      });
    }
  }
  if (reach('in_progress')) {
    if (gas) moves.push({ at: t(38), action: 'recordGas', by: guard, body: sample(f.type, t(38)) });
    moves.push({
      at: t(40),
      action: 'start',
      by: f.type === 'hot_work' ? 'tankLead' : guard,
      body: {},
    });
  }
  if (f.until === 'interrupted') {
    moves.push({
      at: t(70),
      action: 'interrupt',
      by: guard,
      body: { reason: '轴流风机故障，人员撤出受限空间' },
    });
  }
  if (reach('completed') && f.until !== 'interrupted') {
    const done = t((f.workHours ?? 3) * 60);
    moves.push({
      at: done,
      action: 'complete',
      by: leader,
      body: { comment: '作业完毕，现场已清理' },
    });
    if (reach('accepted')) {
      moves.push({
        at: new Date(done.getTime() + 10 * MIN),
        action: 'accept',
        by: 'unitHead',
        body: { comment: '验收合格' },
      });
    }
  }
  const [content, location] = CONTENT[f.type];
  const contractor = f.contractor ?? true;
  return {
    at: f.at,
    leader,
    guard,
    unit: f.unit,
    moves,
    body: {
      type: f.type,
      applicantUnit: '储运车间',
      workUnit: contractor ? '赣州安诚检修工程有限公司' : '本企业维修班',
      contractor,
      content,
      location,
      guardCertificate: 'JHZ-2026-0107',
      workers: [{ name: '孙焊工', certificate: 'T360735198801010022' }],
      relatedNumbers: [],
      hazardIdentification: '火灾、爆炸、中毒窒息、灼烫',
      validFrom: f.at.toISOString(),
      validTo: new Date(f.at.getTime() + f.hours * HOUR).toISOString(),
      details,
    },
  };
}

export function permitPlans({
  on,
  ago,
}: {
  on: (d: number, h: number) => Date;
  ago: (h: number) => Date;
}): Plan[] {
  return [
    flow({
      type: 'hot_work',
      at: on(6, 8.5),
      until: 'accepted',
      hours: 7,
      unit: '储罐区（T-101～T-104）',
    }),
    flow({
      type: 'confined_space',
      at: on(5, 9.3),
      until: 'accepted',
      hours: 8,
      unit: '储罐区（T-101～T-104）',
      workHours: 5,
    }),
    flow({
      type: 'work_at_height',
      at: on(4, 8.5),
      until: 'accepted',
      hours: 10,
      unit: '吸收精馏单元',
    }),
    flow({ type: 'excavation', at: on(4, 13), until: 'accepted', hours: 6, contractor: false }),
    flow({ type: 'lifting', at: on(3, 8), until: 'accepted', hours: 8, unit: '氧化反应单元' }),
    flow({ type: 'road_closure', at: on(3, 7.5), until: 'cancelled', hours: 6 }),
    flow({ type: 'temporary_power', at: on(2, 9), until: 'in_progress', hours: 10 * 24 }),
    flow({ type: 'blind_plate', at: on(1, 9), until: 'accepted', hours: 6, contractor: false }),
    // Started yesterday and still open after its 8 hours: flagged as past its validity.
    flow({ type: 'hot_work', at: on(1, 13), until: 'in_progress', hours: 8, guard: 'guard2' }),
    // Today: one in each state.
    flow({ type: 'hot_work', at: ago(2.6), until: 'in_progress', hours: 24, level: 'hot_2' }),
    flow({
      type: 'confined_space',
      at: ago(2.5),
      until: 'interrupted',
      hours: 20,
      guard: 'guard2',
    }),
    flow({ type: 'blind_plate', at: ago(3), until: 'completed', hours: 8, workHours: 2 }),
    flow({ type: 'work_at_height', at: ago(2), until: 'approved', hours: 8 }),
    flow({ type: 'hot_work', at: ago(1.8), until: 'briefed', hours: 7 }),
    flow({
      type: 'hot_work',
      at: ago(1.2),
      until: 'measures_confirmed',
      hours: 24,
      level: 'hot_2',
    }),
    flow({ type: 'excavation', at: ago(0.6), until: 'applied', hours: 6, contractor: false }),
  ];
}
