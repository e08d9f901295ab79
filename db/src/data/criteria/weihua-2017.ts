import type { CriteriaStandardSeed } from './types.js';

// 化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）（安监总管三〔2017〕121号）, as loaded by migration 2026_12_07_1000_create_criteria. Frozen with
// that migration: a correction is a new item version written by a later migration (or by a
// platform admin), never an edit here. Texts and sources: docs/domain-criteria.md.
export const WEIHUA_2017: CriteriaStandardSeed = {
  "code": "weihua-2017",
  "title": "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）",
  "docNumber": "安监总管三〔2017〕121号",
  "issuer": "原国家安全生产监督管理总局",
  "publishedOn": "2017-11-13",
  "effectiveFrom": "2017-11-13",
  "industries": [
    "危险化学品"
  ],
  "holding": "complete",
  "officialItemCount": 20,
  "confirmed": true,
  "officialSource": null,
  "coverage": "20项全部收录。（一）至（六）的项号经带序号的转载核对；（七）至（二十）的项号按种子数据的顺序推定。",
  "note": "有第三方法规目录称强制性行业标准 AQ 3067—2026《化工和危险化学品生产经营企业重大生产安全事故隐患判定准则》自2026年9月30日施行，可能取代本标准；本库未取得其条文，此说未核实，本标准仍按现行处理。",
  "items": [
    {
      "number": "（一）",
      "numberConfirmed": true,
      "area": "危险化学品",
      "industries": [],
      "text": "危险化学品生产、经营单位主要负责人和安全生产管理人员未依法经考核合格。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）; http://cornels-photography.com/paper/238993298.html （第（一）至（六）项带序号；繁体）"
    },
    {
      "number": "（二）",
      "numberConfirmed": true,
      "area": "危险化学品",
      "industries": [],
      "text": "特种作业人员未持证上岗。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）; http://cornels-photography.com/paper/238993298.html （第（一）至（六）项带序号；繁体）"
    },
    {
      "number": "（三）",
      "numberConfirmed": true,
      "area": "危险化学品",
      "industries": [],
      "text": "涉及“两重点一重大”的生产装置、储存设施外部安全防护距离不符合国家标准要求。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）; http://cornels-photography.com/paper/238993298.html （第（一）至（六）项带序号；繁体）"
    },
    {
      "number": "（四）",
      "numberConfirmed": true,
      "area": "危险化学品",
      "industries": [],
      "text": "涉及重点监管危险化工工艺的装置未实现自动化控制，系统未实现紧急停车功能，装备的自动化控制系统、紧急停车系统未投入使用。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）; http://cornels-photography.com/paper/238993298.html （第（一）至（六）项带序号；繁体）"
    },
    {
      "number": "（五）",
      "numberConfirmed": true,
      "area": "危险化学品",
      "industries": [],
      "text": "构成一级、二级重大危险源的危险化学品罐区未实现紧急切断功能；涉及毒性气体、液化气体、剧毒液体的一级、二级重大危险源的危险化学品罐区未配备独立的安全仪表系统。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）; http://cornels-photography.com/paper/238993298.html （第（一）至（六）项带序号；繁体）"
    },
    {
      "number": "（六）",
      "numberConfirmed": true,
      "area": "危险化学品",
      "industries": [],
      "text": "全压力式液化烃储罐未按国家标准设置注水措施。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）; http://cornels-photography.com/paper/238993298.html （第（一）至（六）项带序号；繁体）"
    },
    {
      "number": "（七）",
      "numberConfirmed": false,
      "area": "危险化学品",
      "industries": [],
      "text": "液化烃、液氨、液氯等易燃易爆、有毒有害液化气体的充装未使用万向管道充装系统。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）",
      "note": "项号按第三方种子数据的排列顺序推定，未与带编号的官方文本逐项核对。"
    },
    {
      "number": "（八）",
      "numberConfirmed": false,
      "area": "危险化学品",
      "industries": [],
      "text": "光气、氯气等剧毒气体及硫化氢气体管道穿越除厂区（包括化工园区、工业园区）外的公共区域。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）",
      "note": "项号按第三方种子数据的排列顺序推定，未与带编号的官方文本逐项核对。"
    },
    {
      "number": "（九）",
      "numberConfirmed": false,
      "area": "危险化学品",
      "industries": [],
      "text": "地区架空电力线路穿越生产区且不符合国家标准要求。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）",
      "note": "项号按第三方种子数据的排列顺序推定，未与带编号的官方文本逐项核对。"
    },
    {
      "number": "（十）",
      "numberConfirmed": false,
      "area": "危险化学品",
      "industries": [],
      "text": "在役化工装置未经正规设计且未进行安全设计诊断。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）",
      "note": "项号按第三方种子数据的排列顺序推定，未与带编号的官方文本逐项核对。"
    },
    {
      "number": "（十一）",
      "numberConfirmed": false,
      "area": "危险化学品",
      "industries": [],
      "text": "使用淘汰落后安全技术工艺、设备目录列出的工艺、设备。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）",
      "note": "项号按第三方种子数据的排列顺序推定，未与带编号的官方文本逐项核对。"
    },
    {
      "number": "（十二）",
      "numberConfirmed": false,
      "area": "危险化学品",
      "industries": [],
      "text": "涉及可燃和有毒有害气体泄漏的场所未按国家标准设置检测报警装置，爆炸危险场所未按国家标准安装使用防爆电气设备。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）",
      "note": "项号按第三方种子数据的排列顺序推定，未与带编号的官方文本逐项核对。"
    },
    {
      "number": "（十三）",
      "numberConfirmed": false,
      "area": "危险化学品",
      "industries": [],
      "text": "控制室或机柜间面向具有火灾、爆炸危险性装置一侧不满足国家标准关于防火防爆的要求。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）",
      "note": "项号按第三方种子数据的排列顺序推定，未与带编号的官方文本逐项核对。"
    },
    {
      "number": "（十四）",
      "numberConfirmed": false,
      "area": "危险化学品",
      "industries": [],
      "text": "化工生产装置未按国家标准要求设置双重电源供电，自动化控制系统未设置不间断电源。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）",
      "note": "项号按第三方种子数据的排列顺序推定，未与带编号的官方文本逐项核对。"
    },
    {
      "number": "（十五）",
      "numberConfirmed": false,
      "area": "危险化学品",
      "industries": [],
      "text": "安全阀、爆破片等安全附件未正常投用。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）",
      "note": "项号按第三方种子数据的排列顺序推定，未与带编号的官方文本逐项核对。"
    },
    {
      "number": "（十六）",
      "numberConfirmed": false,
      "area": "危险化学品",
      "industries": [],
      "text": "未建立与岗位相匹配的全员安全生产责任制或者未制定实施生产安全事故隐患排查治理制度。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）",
      "note": "项号按第三方种子数据的排列顺序推定，未与带编号的官方文本逐项核对。"
    },
    {
      "number": "（十七）",
      "numberConfirmed": false,
      "area": "危险化学品",
      "industries": [],
      "text": "未制定操作规程和工艺控制指标。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）",
      "note": "项号按第三方种子数据的排列顺序推定，未与带编号的官方文本逐项核对。"
    },
    {
      "number": "（十八）",
      "numberConfirmed": false,
      "area": "危险化学品",
      "industries": [],
      "text": "未按照国家标准制定动火、进入受限空间等特殊作业管理制度，或者制度未有效执行。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）; 第三方开源项目的 Java 代码 risk-list-add1（第1—18项文字与前者相同）",
      "note": "项号按第三方种子数据的排列顺序推定，未与带编号的官方文本逐项核对。",
      "keywords": [
        "有限空间",
        "特殊作业",
        "动火",
        "作业票"
      ]
    },
    {
      "number": "（十九）",
      "numberConfirmed": false,
      "area": "危险化学品",
      "industries": [],
      "text": "新开发的危险化学品生产工艺未经小试、中试、工业化试验直接进行工业化生产；国内首次使用的化工工艺未经过省级人民政府有关部门组织的安全可靠性论证；新建装置未制定试生产方案投料开车；精细化工企业未按规范性文件要求开展反应安全风险评估。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "项号按第三方种子数据的排列顺序推定，未与带编号的官方文本逐项核对。"
    },
    {
      "number": "（二十）",
      "numberConfirmed": false,
      "area": "危险化学品",
      "industries": [],
      "text": "未按国家标准分区分类储存危险化学品，超量、超品种储存危险化学品，相互禁配物质混放混存。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "项号按第三方种子数据的排列顺序推定，未与带编号的官方文本逐项核对。"
    }
  ]
};
