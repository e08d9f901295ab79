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
  // Two more of the county's enterprises assessed, so most of 石城县 have a register.
  石城县通天寨烟花爆竹有限公司: {
    positions: ['装药工岗'],
    objects: [
      {
        name: '装药工房',
        kind: '生产工房',
        department: '生产部',
        person: '黄志强',
        polygon: box(0.12, 0.2, 0.3, 0.28),
        units: [
          {
            name: '效果件装药',
            person: '黄志强',
            events: [
              {
                factor: '药物撞击、摩擦或静电引发燃爆',
                accident: '火药爆炸',
                consequence: '工房爆炸，作业人员伤亡',
                assessment: { method: 'LEC', l: 3, e: 6, c: 40 },
                measures: [
                  {
                    category: '工程技术',
                    description: '工房入口人体静电释放装置，使用铜质或木质工具',
                    level: '车间级',
                    person: '黄志强',
                    check: '静电释放装置有效、工房内无铁质工具、定员定量公示',
                    cycle: ['day', 1],
                  },
                ],
                emergency: {
                  steps: '立即停止作业，人员沿安全通道撤离至防护堤外，报告119与公司值班室',
                  equipment: '消防水池、手提式灭火器',
                  phone: '0797-5713119',
                },
              },
            ],
          },
        ],
      },
    ],
  },
  石城县鑫达机械有限公司: {
    positions: ['冲压工岗'],
    objects: [
      {
        name: '冲压车间',
        kind: '车间',
        department: '生产部',
        person: '陈立新',
        polygon: box(0.5, 0.15, 0.35, 0.3),
        units: [
          {
            name: '冲床作业',
            person: '陈立新',
            events: [
              {
                factor: '手部进入冲床危险区，光电保护失效',
                accident: '机械伤害',
                consequence: '手部挤压、断指',
                assessment: { method: 'LEC', l: 3, e: 6, c: 7 },
                measures: [
                  {
                    category: '工程技术',
                    description: '冲床光电保护装置与双手按钮联锁',
                    level: '班组级',
                    person: '陈立新',
                    check: '光电保护遮光即停机、双手按钮有效',
                    cycle: ['day', 1],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  // The demo 危化 enterprise (seeds/demo/chemicals-seed.ts): two 重大危险源 and a production unit.
  石城县赣源化工有限公司: {
    positions: ['罐区操作工岗', '装卸工岗', '液氯库岗'],
    objects: [
      {
        name: '甲醇罐区',
        kind: '储存设施',
        majorHazardCode: 'BJ36073500021',
        department: '储运部',
        person: '罗建华',
        polygon: box(0.06, 0.08, 0.36, 0.3),
        units: [
          {
            name: '储罐区（T-101～T-104）',
            person: '罗建华',
            events: [
              {
                factor: '储罐呼吸阀、阻火器失效，甲醇蒸气外逸遇点火源',
                accident: '火灾',
                consequence: '罐区火灾爆炸，多人伤亡',
                assessment: { method: 'LEC', l: 3, e: 6, c: 40 },
                measures: [
                  {
                    category: '工程技术',
                    description: '储罐设呼吸阀、阻火器、氮封，液位高高联锁切断进料',
                    level: '公司级',
                    person: '罗建华',
                    check: '呼吸阀、阻火器完好，氮封压力正常，液位联锁投用',
                    cycle: ['day', 1],
                  },
                  {
                    category: '工程技术',
                    description: '防火堤内设可燃气体检测报警器，与喷淋联锁',
                    level: '公司级',
                    person: '罗建华',
                    check: '报警器无故障，示值正常',
                    cycle: ['hour', 8],
                  },
                ],
                emergency: {
                  steps: '切断进出料阀，启动喷淋和泡沫系统，疏散下风向人员，报告119',
                  equipment: '泡沫灭火系统、消防水炮、正压式空气呼吸器',
                  phone: '0797-5713119',
                },
              },
            ],
          },
          {
            name: '装卸站台',
            person: '罗建华',
            events: [
              {
                factor: '槽车装卸静电积聚、鹤管泄漏',
                accident: '其他爆炸',
                consequence: '爆炸，人员伤亡',
                assessment: { method: 'LEC', l: 3, e: 6, c: 15 },
                measures: [
                  {
                    category: '操作行为',
                    description: '装卸前静电接地、限速装卸，专人监护',
                    level: '车间级',
                    person: '罗建华',
                    check: '静电接地报警器有效，装卸记录完整',
                    cycle: ['day', 1],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        name: '液氯库房',
        kind: '仓库',
        majorHazardCode: 'BJ36073500022',
        department: '储运部',
        person: '钟海涛',
        polygon: box(0.5, 0.08, 0.4, 0.3),
        units: [
          {
            name: '液氯钢瓶库',
            person: '钟海涛',
            events: [
              {
                factor: '钢瓶阀门、易熔塞泄漏',
                accident: '中毒和窒息',
                consequence: '氯气中毒，多人伤亡',
                assessment: { method: 'LEC', l: 3, e: 6, c: 40 },
                measures: [
                  {
                    category: '工程技术',
                    description: '库房设氯气检测报警与碱液吸收装置联锁',
                    level: '公司级',
                    person: '钟海涛',
                    check: '报警器标定有效，吸收装置碱液浓度合格',
                    cycle: ['day', 1],
                  },
                ],
                emergency: {
                  steps: '启动碱液吸收装置，佩戴正压式空气呼吸器堵漏，疏散上风向',
                  equipment: '正压式空气呼吸器、氯气捕消器、堵漏工具',
                  phone: '0797-5713120',
                },
              },
            ],
          },
          {
            name: '汽化间',
            person: '钟海涛',
            events: [
              {
                factor: '汽化器超温超压',
                accident: '容器爆炸',
                consequence: '设备爆炸，氯气泄漏',
                assessment: { method: 'LEC', l: 1, e: 6, c: 40 },
                measures: [
                  {
                    category: '维护保养',
                    description: '汽化器温度、压力联锁与安全阀定期校验',
                    level: '部门级',
                    person: '钟海涛',
                    check: '联锁投用，安全阀在校验期内',
                    cycle: ['week', 1],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        name: '甲醛生产装置',
        kind: '生产装置',
        department: '生产部',
        person: '谢文斌',
        polygon: box(0.2, 0.55, 0.55, 0.35),
        units: [
          {
            name: '氧化反应单元',
            person: '谢文斌',
            events: [
              {
                factor: '甲醇空气混合比失控进入爆炸范围',
                accident: '其他爆炸',
                consequence: '反应器爆炸',
                assessment: { method: 'LEC', l: 1, e: 6, c: 40 },
                measures: [
                  {
                    category: '工程技术',
                    description: '配比联锁、氧含量在线分析与紧急停车系统',
                    level: '公司级',
                    person: '谢文斌',
                    check: 'SIS 投用，氧含量分析仪校准有效',
                    cycle: ['day', 1],
                  },
                ],
              },
            ],
          },
          {
            name: '吸收精馏单元',
            person: '谢文斌',
            events: [
              {
                factor: '塔釜温度失控、甲醛泄漏',
                accident: '中毒和窒息',
                consequence: '人员中毒',
                assessment: { method: 'LEC', l: 1, e: 6, c: 15 },
                measures: [
                  {
                    category: '操作行为',
                    description: '按操作规程控制塔釜温度，巡检泄漏点',
                    level: '班组级',
                    person: '谢文斌',
                    check: '巡检记录完整，无泄漏',
                    cycle: ['day', 1],
                  },
                ],
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
