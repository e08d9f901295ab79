import type { CriteriaStandardSeed } from './types.js';

// 烟花爆竹生产经营单位重大生产安全事故隐患判定标准（试行）（安监总管三〔2017〕121号）, as loaded by migration 2026_12_07_1000_create_criteria. Frozen with
// that migration: a correction is a new item version written by a later migration (or by a
// platform admin), never an edit here. Texts and sources: docs/domain-criteria.md.
export const YANHUA_2017: CriteriaStandardSeed = {
  "code": "yanhua-2017",
  "title": "烟花爆竹生产经营单位重大生产安全事故隐患判定标准（试行）",
  "docNumber": "安监总管三〔2017〕121号",
  "issuer": "原国家安全生产监督管理总局",
  "publishedOn": "2017-11-13",
  "effectiveFrom": "2017-11-13",
  "industries": [
    "烟花爆竹"
  ],
  "holding": "complete",
  "officialItemCount": 20,
  "confirmed": true,
  "officialSource": null,
  "coverage": "20项全部收录；来源未带项号，项号按顺序推定。",
  "note": "与化工和危险化学品判定标准同文印发。",
  "items": [
    {
      "number": "（一）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "主要负责人、安全生产管理人员未依法经考核合格。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（二）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "特种作业人员未持证上岗，作业人员带药检维修设备设施。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（三）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "职工自行携带工器具、机器设备进厂进行涉药作业。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（四）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "工（库）房实际作业人员数量超过核定人数。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（五）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "工（库）房实际滞留、存储药量超过核定药量。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（六）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "工（库）房内、外部安全距离不足，防护屏障缺失或者不符合要求。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（七）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "防静电、防火、防雷设备设施缺失或者失效。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（八）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "擅自改变工（库）房用途或者违规私搭乱建。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（九）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "工厂围墙缺失或者分区设置不符合国家标准。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（十）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "将氧化剂、还原剂同库储存、违规预混或者在同一工房内粉碎、称量。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（十一）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "在用涉药机械设备未经安全性论证或者擅自更改、改变用途。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（十二）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "中转库、药物总库和成品总库的存储能力与设计产能不匹配。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（十三）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "未建立与岗位相匹配的全员安全生产责任制或者未制定实施生产安全事故隐患排查治理制度。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（十四）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "出租、出借、转让、买卖、冒用或者伪造许可证。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（十五）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "生产经营的产品种类、危险等级超许可范围或者生产使用违禁药物。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（十六）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "分包转包生产线、工房、库房组织生产经营。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（十七）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "一证多厂或者多股东各自独立组织生产经营。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（十八）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "许可证过期、整顿改造、恶劣天气等停产停业期间组织生产经营。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（十九）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "烟花爆竹仓库存放其它爆炸物等危险物品或者生产经营违禁超标产品。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    },
    {
      "number": "（二十）",
      "numberConfirmed": false,
      "area": "烟花爆竹",
      "industries": [],
      "text": "零售点与居民居住场所设置在同一建筑物内或者在零售场所使用明火。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "来源未带项号，项号按第三方种子数据的顺序推定；句末句号为补加。"
    }
  ]
};
