import type {
  HazardCategory,
  HazardGrade,
  HazardKind,
  HazardManageType,
  HazardPlan,
  HazardSource,
} from '@shuangfang/db';

// Months of hazard history at the demo mine, as it would have happened: each hazard is a script
// of moves, timed in days before the seeding (`ago`) and replayed in time order through the same
// hash chain as the API. Together they cover every state, both grades, every manage type, an
// acceptance sent back, extensions approved and pending, one hazard found by the regulator, one
// overdue, and two major hazards with their reports and receipts. Two hazards of the same
// measure within 90 days flag its risk event for re-assessment.

export type DemoActor = 'admin' | 'safety' | 'worker' | 'inspector' | 'agency' | 'congress';
type EventReportKind = 'major_initial' | 'major_progress' | 'major_closure';

export type DemoStep =
  | { ago: number; do: 'register'; by: DemoActor }
  | { ago: number; do: 'reject'; by: DemoActor; reason: string }
  | {
      ago: number;
      do: 'confirm';
      by: DemoActor;
      grade: HazardGrade;
      manageType: HazardManageType;
      /** Days from now; negative is in the past. */
      deadlineIn?: number;
      plan?: HazardPlan;
      responsible?: DemoActor;
      /** Confirmed 一般 though linked to a 判定 item: why the item does not apply. */
      notApplicable?: string;
    }
  | { ago: number; do: 'submit'; by: DemoActor; note: string }
  | { ago: number; do: 'accept'; by: DemoActor; comment?: string }
  | { ago: number; do: 'reject_acceptance'; by: DemoActor; reason: string }
  | { ago: number; do: 'request_extension'; by: DemoActor; deadlineIn: number; reason: string }
  | { ago: number; do: 'approve_extension'; by: DemoActor }
  // 双报告: a major hazard's reports are drafted by its confirm and accept steps; these submit
  // them, sign for them (agency or congress), and draft a progress report.
  | { ago: number; do: 'draft_progress'; by: DemoActor }
  | { ago: number; do: 'submit_report'; by: DemoActor; kind: EventReportKind }
  | { ago: number; do: 'sign_report'; by: 'agency' | 'congress'; kind: EventReportKind };

export interface DemoHazard {
  source: HazardSource;
  kind: HazardKind;
  category: HazardCategory;
  description: string;
  location: string;
  /** The register unit it sits in; with `measure`, the unit's first measure failed. */
  unit?: string;
  measure?: boolean;
  /** For a hazard found by the regulator: its grade and deadline (days from now). */
  regulator?: { grade: HazardGrade; deadlineIn: number };
  /** The 判定 item it matches (docs/domain-criteria.md), by standard code and number. */
  criterion?: { standard: string; number: string };
  steps: DemoStep[];
}

const plan = (measures: string, person: string, funds: number): HazardPlan => ({
  measures,
  responsiblePerson: person,
  funds,
  contingencyPlan: '整改期间设置警戒区，安排专人监护，必要时停止相关作业',
});

export const DEMO_HAZARDS: Record<string, DemoHazard[]> = {
  石城县琴江矿业有限公司: [
    {
      source: '日常排查',
      kind: '设备',
      category: '物的不安全状态',
      description: '1号颚式破碎机皮带轮防护罩固定螺栓松动',
      location: '破碎筛分车间 1号破碎机',
      unit: '颚式破碎机工段',
      steps: [
        { ago: 150, do: 'register', by: 'safety' },
        { ago: 150, do: 'confirm', by: 'safety', grade: '一般', manageType: '即查即改' },
        { ago: 149.9, do: 'submit', by: 'worker', note: '已紧固螺栓并加装防松垫片' },
        { ago: 149.8, do: 'accept', by: 'safety', comment: '现场复查合格' },
      ],
    },
    {
      source: '季节性',
      kind: '电气',
      category: '物的不安全状态',
      description: '雨季前检查发现排水泵房配电箱门密封条老化，存在进水风险',
      location: '井下排水泵房 配电箱',
      unit: '集水仓清淤',
      steps: [
        { ago: 120, do: 'register', by: 'safety' },
        {
          ago: 119,
          do: 'confirm',
          by: 'safety',
          grade: '一般',
          manageType: '限期整改',
          deadlineIn: -105,
          plan: plan('更换配电箱密封条，加装防雨罩', '黄伟', 1800),
          responsible: 'safety',
        },
        { ago: 112, do: 'submit', by: 'safety', note: '已更换密封条' },
        { ago: 111, do: 'reject_acceptance', by: 'admin', reason: '防雨罩未安装，整改不完整' },
        { ago: 108, do: 'submit', by: 'safety', note: '防雨罩已安装，附照片' },
        { ago: 107, do: 'accept', by: 'admin', comment: '复查合格，同意销号' },
      ],
    },
    {
      source: '员工随手拍',
      kind: '安全',
      category: '环境因素',
      description: '破碎车间北侧通道有积水',
      location: '破碎筛分车间 北侧通道',
      steps: [
        { ago: 90, do: 'register', by: 'worker' },
        {
          ago: 89,
          do: 'reject',
          by: 'safety',
          reason: '经核实为洒水降尘正常积水，已及时清扫，不构成隐患',
        },
      ],
    },
    {
      source: '管控措施失效',
      kind: '安全',
      category: '人的不安全行为',
      description: '清理卡料前未执行上锁挂牌',
      location: '破碎筛分车间 1号破碎机',
      unit: '颚式破碎机工段',
      measure: true,
      steps: [
        { ago: 70, do: 'register', by: 'worker' },
        { ago: 70, do: 'confirm', by: 'safety', grade: '一般', manageType: '即查即改' },
        { ago: 69.9, do: 'submit', by: 'worker', note: '已补执行上锁挂牌，班前会重新交底' },
        { ago: 69.8, do: 'accept', by: 'safety' },
      ],
    },
    {
      source: '管控措施失效',
      kind: '设备',
      category: '物的不安全状态',
      description: '进料口防护罩缺失一块挡板，急停拉绳松弛',
      location: '破碎筛分车间 1号破碎机',
      unit: '颚式破碎机工段',
      measure: true,
      steps: [
        { ago: 16, do: 'register', by: 'worker' },
        {
          ago: 15,
          do: 'confirm',
          by: 'safety',
          grade: '一般',
          manageType: '限期整改',
          deadlineIn: 10,
          plan: plan('补装挡板，重新张紧急停拉绳并测试', '陈志强', 800),
          responsible: 'worker',
        },
      ],
    },
    {
      source: '专家诊断',
      kind: '安全',
      category: '物的不安全状态',
      description: '井下排水泵房仅一台水泵可用，排水能力不满足正常涌水量要求',
      location: '井下排水泵房',
      unit: '集水仓清淤',
      steps: [
        { ago: 100, do: 'register', by: 'safety' },
        {
          ago: 99,
          do: 'confirm',
          by: 'admin',
          grade: '重大',
          manageType: '限期整改',
          deadlineIn: -40,
          plan: {
            ...plan('新增两台同型号排水泵及配套管路，完成联合试运转', '黄伟', 360000),
            currentSituation: '原三台水泵中两台故障停用，仅一台运行；雨季涌水量可能超过单泵能力',
            harmAnalysis:
              '一旦涌水超过排水能力可能导致淹井，危及井下作业人员；需采购设备，整改难度中等',
            goal: '排水能力恢复至工作泵、备用泵、检修泵三台配置并满足最大涌水量要求',
            stoppage: '局部停产',
          },
          responsible: 'safety',
        },
        { ago: 98.9, do: 'submit_report', by: 'admin', kind: 'major_initial' },
        { ago: 98.5, do: 'sign_report', by: 'agency', kind: 'major_initial' },
        { ago: 98, do: 'sign_report', by: 'congress', kind: 'major_initial' },
        { ago: 45, do: 'submit', by: 'safety', note: '两台新泵安装完毕，联合试运转72小时正常' },
        { ago: 42, do: 'accept', by: 'admin', comment: '组织专家验收合格，同意销号' },
        { ago: 41.9, do: 'submit_report', by: 'admin', kind: 'major_closure' },
        { ago: 41.5, do: 'sign_report', by: 'agency', kind: 'major_closure' },
        { ago: 41, do: 'sign_report', by: 'congress', kind: 'major_closure' },
      ],
    },
    {
      source: '综合性',
      kind: '消防',
      category: '管理缺陷',
      description: '炸药库周边防火隔离带杂草未清除，消防器材检查记录缺失',
      location: '炸药库周边',
      steps: [
        { ago: 20, do: 'register', by: 'safety' },
        {
          ago: 19,
          do: 'confirm',
          by: 'admin',
          grade: '重大',
          manageType: '限期整改',
          deadlineIn: 25,
          plan: {
            ...plan('清除隔离带杂草并硬化，补齐消防器材，建立每日巡检记录', '刘建国', 85000),
            currentSituation: '防火隔离带约120米杂草丛生，消防器材两个月无检查记录',
            harmAnalysis: '遇山火或明火可能引燃，后果为爆炸事故；整改需施工，难度中等',
            goal: '隔离带宽度不少于10米且无可燃物，消防器材完好并每日检查',
            stoppage: '局部停产',
          },
          responsible: 'safety',
        },
        { ago: 18.9, do: 'submit_report', by: 'admin', kind: 'major_initial' },
        { ago: 18.5, do: 'sign_report', by: 'agency', kind: 'major_initial' },
        { ago: 18, do: 'sign_report', by: 'congress', kind: 'major_initial' },
        { ago: 5, do: 'draft_progress', by: 'admin' },
        { ago: 4.9, do: 'submit_report', by: 'admin', kind: 'major_progress' },
        { ago: 4.5, do: 'sign_report', by: 'agency', kind: 'major_progress' },
      ],
    },
    {
      source: '日常排查',
      kind: '设备',
      category: '物的不安全状态',
      description: '振动筛急停拉绳断裂',
      location: '破碎筛分车间 振动筛',
      unit: '颚式破碎机工段',
      steps: [
        { ago: 30, do: 'register', by: 'safety' },
        {
          ago: 29,
          do: 'confirm',
          by: 'safety',
          grade: '一般',
          manageType: '限期整改',
          deadlineIn: -5,
          plan: plan('更换急停拉绳并测试联锁', '陈志强', 600),
          responsible: 'safety',
        },
      ],
    },
    {
      source: '节假日前',
      kind: '电气',
      category: '物的不安全状态',
      description: '办公楼配电室应急照明灯不亮',
      location: '办公楼配电室',
      steps: [
        { ago: 12, do: 'register', by: 'safety' },
        {
          ago: 11,
          do: 'confirm',
          by: 'safety',
          grade: '一般',
          manageType: '限期整改',
          deadlineIn: 2,
          plan: plan('更换应急照明灯具及蓄电池', '黄伟', 900),
          responsible: 'safety',
        },
        {
          ago: 3,
          do: 'request_extension',
          by: 'safety',
          deadlineIn: 12,
          reason: '灯具厂家缺货，预计一周后到货',
        },
      ],
    },
    {
      source: '专业性',
      kind: '仪表',
      category: '物的不安全状态',
      description: '泵房四合一气体检测仪超期未检定',
      location: '井下排水泵房',
      unit: '集水仓清淤',
      steps: [
        { ago: 25, do: 'register', by: 'safety' },
        {
          ago: 24,
          do: 'confirm',
          by: 'safety',
          grade: '一般',
          manageType: '限期整改',
          deadlineIn: -10,
          plan: plan('送检气体检测仪，检定期间使用备用仪器', '黄伟', 500),
          responsible: 'safety',
        },
        {
          ago: 12,
          do: 'request_extension',
          by: 'safety',
          deadlineIn: 6,
          reason: '检定机构排期，需延后',
        },
        { ago: 11, do: 'approve_extension', by: 'admin' },
        { ago: 2, do: 'submit', by: 'safety', note: '检定合格证书已取得' },
      ],
    },
    {
      source: '监管检查',
      kind: '安全',
      category: '管理缺陷',
      description: '有限空间作业审批单未记录气体检测数据',
      location: '井下排水泵房',
      unit: '集水仓清淤',
      regulator: { grade: '一般', deadlineIn: 9 },
      steps: [{ ago: 6, do: 'register', by: 'inspector' }],
    },
    {
      source: '员工随手拍',
      kind: '安全',
      category: '物的不安全状态',
      description: '矿区道路转弯处反光镜破损',
      location: '矿区运输道路2号弯道',
      steps: [{ ago: 1, do: 'register', by: 'worker' }],
    },
    // Two hazards that match 金属非金属矿山重大事故隐患判定标准 items: one confirmed 重大 (its
    // report names the item; the county agency is asked to consider 挂牌督办), one confirmed 一般
    // with the reason the item does not apply, which the regulator reads.
    {
      source: '日常排查',
      kind: '安全',
      category: '人的不安全行为',
      description: '-120米中段凿岩作业班组4人均未携带便携式气体检测报警仪，其中2人未带自救器',
      location: '-120米中段3号采场',
      criterion: { standard: 'feimei-2022', number: '一（二十一）' },
      steps: [
        { ago: 8, do: 'register', by: 'safety' },
        {
          ago: 7,
          do: 'confirm',
          by: 'admin',
          grade: '重大',
          manageType: '限期整改',
          deadlineIn: 12,
          plan: {
            ...plan(
              '为井下作业人员配齐便携式气体检测报警仪和自救器，开展佩戴使用培训并考核',
              '黄伟',
              46000,
            ),
            currentSituation: '现有报警仪12台中5台送检未归还，自救器领用登记制度未执行',
            harmAnalysis:
              '遇有毒有害气体或火灾时无法及时报警、自救，可能造成群死群伤；采购配齐需约两周',
            goal: '入井人员100%随身携带合格的报警仪和自救器，井口实行入井检查',
            stoppage: '局部停产',
          },
          responsible: 'safety',
        },
      ],
    },
    {
      source: '专业性',
      kind: '安全',
      category: '管理缺陷',
      description: '露天采场东帮边坡稳定性分析报告现场仅存2019年版本',
      location: '露天采场东帮',
      criterion: { standard: 'feimei-2022', number: '二（六）' },
      steps: [
        { ago: 5, do: 'register', by: 'safety' },
        {
          ago: 4,
          do: 'confirm',
          by: 'safety',
          grade: '一般',
          manageType: '即查即改',
          notApplicable:
            '本年度边坡稳定性分析已于3月由设计单位完成并报备，现场存放的是旧版复印件；不属于“未进行稳定性分析”，按一般隐患更换现场资料',
        },
      ],
    },
  ],
};
