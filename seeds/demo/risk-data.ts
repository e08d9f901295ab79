import type { AccidentType, CheckCycleUnit, ControlLevel, MeasureCategory } from '@shuangfang/db';
import type { AssessmentInput } from '@shuangfang/api';

// Realistic registers for a few demo enterprises: the classic cases inspectors meet (a dust
// explosion workshop, a liquid-ammonia cold store, a confined-space pump room, a tank farm).

export interface DemoMeasure {
  category: MeasureCategory;
  description: string;
  level: ControlLevel;
  person: string;
  check: string;
  cycle: [CheckCycleUnit, number] | null;
}
export interface DemoEvent {
  factor: string;
  accident: AccidentType;
  consequence: string;
  assessment: AssessmentInput;
  measures: DemoMeasure[];
  emergency?: { steps: string; equipment: string; phone: string };
}
export interface DemoObject {
  name: string;
  kind: string;
  majorHazardCode?: string;
  department: string;
  person: string;
  /** Outline on the demo site plan, as fractions of its width and height. */
  polygon: [number, number][];
  units: { name: string; person: string; events: DemoEvent[] }[];
}

const box = (x: number, y: number, w: number, h: number): [number, number][] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
];

export const DEMO_REGISTERS: Record<string, { positions: string[]; objects: DemoObject[] }> = {
  石城县琴江矿业有限公司: {
    positions: ['破碎工岗', '排水泵工岗'],
    objects: [
      {
        name: '破碎筛分车间',
        kind: '车间',
        department: '生产部',
        person: '刘建国',
        polygon: box(0.08, 0.12, 0.34, 0.3),
        units: [
          {
            name: '颚式破碎机工段',
            person: '陈志强',
            events: [
              {
                factor: '破碎机运转时清理卡料，手部进入危险区域',
                accident: '机械伤害',
                consequence: '肢体伤残',
                assessment: { method: 'LEC', l: 3, e: 6, c: 15 },
                measures: [
                  {
                    category: '工程技术',
                    description: '进料口设防护罩和急停拉绳，清料前断电挂牌上锁',
                    level: '车间级',
                    person: '陈志强',
                    check: '防护罩完好、急停有效、上锁挂牌执行记录',
                    cycle: ['day', 1],
                  },
                ],
                emergency: {
                  steps: '立即按下急停，切断电源，止血包扎，拨打120并报告值班领导',
                  equipment: '急救箱、担架',
                  phone: '0797-5712350',
                },
              },
              {
                factor: '筛分作业产生粉尘',
                accident: '其他伤害',
                consequence: '职业性尘肺',
                assessment: { method: 'LS', l: 3, s: 3 },
                measures: [
                  {
                    category: '个体防护',
                    description: '作业人员佩戴KN95防尘口罩，喷雾降尘装置运行',
                    level: '班组级',
                    person: '陈志强',
                    check: '口罩佩戴、喷雾装置运行',
                    cycle: ['day', 1],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        name: '井下排水泵房',
        kind: '场所',
        department: '机电部',
        person: '黄伟',
        polygon: box(0.55, 0.55, 0.25, 0.25),
        units: [
          {
            name: '集水仓清淤',
            person: '黄伟',
            events: [
              {
                factor: '有限空间内缺氧及有毒气体积聚',
                accident: '中毒和窒息',
                consequence: '多人死亡',
                assessment: { method: 'LEC', l: 3, e: 3, c: 40 },
                measures: [
                  {
                    category: '管理',
                    description: '执行有限空间作业审批，先通风、再检测、后作业，专人监护',
                    level: '公司级',
                    person: '黄伟',
                    check: '审批票、气体检测记录、监护人在岗',
                    cycle: ['week', 1],
                  },
                ],
                emergency: {
                  steps: '严禁盲目施救；佩戴正压式空气呼吸器施救，持续通风，拨打120',
                  equipment: '正压式空气呼吸器、四合一气体检测仪、三脚架',
                  phone: '0797-5712350',
                },
              },
            ],
          },
        ],
      },
    ],
  },
  石城县宝福化工有限公司: {
    positions: ['罐区操作工岗'],
    objects: [
      {
        name: '甲醇储罐区',
        kind: '储存设施',
        majorHazardCode: 'BJ36073500012',
        department: '储运部',
        person: '周文',
        polygon: box(0.1, 0.5, 0.4, 0.35),
        units: [
          {
            name: '装卸车作业',
            person: '周文',
            events: [
              {
                factor: '装卸过程静电积聚引燃甲醇蒸气',
                accident: '火灾',
                consequence: '火灾爆炸，多人伤亡',
                assessment: { method: 'LEC', l: 3, e: 6, c: 40 },
                measures: [
                  {
                    category: '工程技术',
                    description: '装卸鹤管静电接地报警器联锁，限速装卸',
                    level: '公司级',
                    person: '周文',
                    check: '静电接地报警器有效、接地电阻检测',
                    cycle: ['day', 1],
                  },
                ],
                emergency: {
                  steps: '停止装卸，关闭紧急切断阀，启动泡沫灭火系统，疏散人员，报告119',
                  equipment: '泡沫灭火系统、消防水炮、防爆对讲机',
                  phone: '0797-5712119',
                },
              },
            ],
          },
        ],
      },
    ],
  },
  九江石化储运有限公司: {
    positions: ['制冷工岗'],
    objects: [
      {
        name: '液氨制冷冷库',
        kind: '储存设施',
        department: '仓储部',
        person: '吴海',
        polygon: box(0.3, 0.2, 0.4, 0.3),
        units: [
          {
            name: '氨压缩机房',
            person: '吴海',
            events: [
              {
                factor: '液氨管道阀门泄漏',
                accident: '中毒和窒息',
                consequence: '人员中毒',
                assessment: { method: 'LS', l: 3, s: 5 },
                measures: [
                  {
                    category: '工程技术',
                    description: '氨气浓度检测报警与事故排风机联锁',
                    level: '部门级',
                    person: '吴海',
                    check: '报警器标定、排风机联锁试验',
                    cycle: ['month', 1],
                  },
                ],
                emergency: {
                  steps: '启动事故排风，佩戴防毒面具关闭泄漏点前后阀门，向上风向疏散',
                  equipment: '重型防化服、防毒面具、洗眼器',
                  phone: '0792-8212350',
                },
              },
            ],
          },
        ],
      },
    ],
  },
};
