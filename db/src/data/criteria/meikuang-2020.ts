import type { CriteriaStandardSeed } from './types.js';

// 煤矿重大事故隐患判定标准（应急管理部令第4号，版本为推定）, as loaded by migration 2026_12_07_1000_create_criteria. Frozen with
// that migration: a correction is a new item version written by a later migration (or by a
// platform admin), never an edit here. Texts and sources: docs/domain-criteria.md.
export const MEIKUANG_2020: CriteriaStandardSeed = {
  "code": "meikuang-2020",
  "title": "煤矿重大事故隐患判定标准",
  "docNumber": "应急管理部令第4号",
  "issuer": "应急管理部",
  "publishedOn": null,
  "effectiveFrom": "2021-01-01",
  "industries": [],
  "holding": "partial",
  "officialItemCount": null,
  "confirmed": false,
  "officialSource": null,
  "coverage": "收录15类80项，取自第三方种子数据；版本、条号和是否完整均未与官方文本核对。",
  "note": "本系统的企业行业中没有煤矿，本标准默认不适用于任何企业，仅供查阅。另有二手来源称已有2026年修订版（应急管理部令第21号），未核实；施行日期亦未核实。",
  "items": [
    {
      "number": "第四条（一）",
      "numberConfirmed": false,
      "area": "超能力、超强度或者超定员组织生产",
      "industries": [],
      "text": "煤矿全年原煤产量超过核定（设计）生产能力幅度在10%以上，或者月原煤产量大于核定（设计）生产能力的10%的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第四条（二）",
      "numberConfirmed": false,
      "area": "超能力、超强度或者超定员组织生产",
      "industries": [],
      "text": "煤矿或其上级公司超过煤矿核定（设计）生产能力下达生产计划或者经营指标的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第四条（三）",
      "numberConfirmed": false,
      "area": "超能力、超强度或者超定员组织生产",
      "industries": [],
      "text": "煤矿开拓、准备、回采煤量可采期小于国家规定的最短时间，未主动采取限产或者停产措施，仍然组织生产的（衰老煤矿和地方人民政府计划停产关闭煤矿除外）。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第四条（四）",
      "numberConfirmed": false,
      "area": "超能力、超强度或者超定员组织生产",
      "industries": [],
      "text": "煤矿井下同时生产的水平超过2个，或者一个采（盘）区内同时作业的采煤、煤（半煤岩）巷掘进工作面个数超过《煤矿安全规程》规定的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第四条（五）",
      "numberConfirmed": false,
      "area": "超能力、超强度或者超定员组织生产",
      "industries": [],
      "text": "瓦斯抽采不达标组织生产的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第四条（六）",
      "numberConfirmed": false,
      "area": "超能力、超强度或者超定员组织生产",
      "industries": [],
      "text": "煤矿未制定或者未严格执行井下劳动定员制度，或者采掘作业地点单班作业人数超过国家有关限员规定20%以上的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第五条（一）",
      "numberConfirmed": false,
      "area": "瓦斯超限作业",
      "industries": [],
      "text": "瓦斯检查存在漏检、假检情况且进行作业的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第五条（二）",
      "numberConfirmed": false,
      "area": "瓦斯超限作业",
      "industries": [],
      "text": "井下瓦斯超限后继续作业或者未按照国家规定处置继续进行作业的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第五条（三）",
      "numberConfirmed": false,
      "area": "瓦斯超限作业",
      "industries": [],
      "text": "井下排放积聚瓦斯未按照国家规定制定并实施安全技术措施进行作业的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第六条（一）",
      "numberConfirmed": false,
      "area": "煤与瓦斯突出矿井，未依照规定实施防突出措施",
      "industries": [],
      "text": "未设立防突机构并配备相应专业人员的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第六条（二）",
      "numberConfirmed": false,
      "area": "煤与瓦斯突出矿井，未依照规定实施防突出措施",
      "industries": [],
      "text": "未建立地面永久瓦斯抽采系统或者系统不能正常运行的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第六条（三）",
      "numberConfirmed": false,
      "area": "煤与瓦斯突出矿井，未依照规定实施防突出措施",
      "industries": [],
      "text": "未按照国家规定进行区域或者工作面突出危险性预测的（直接认定为突出危险区域或者突出危险工作面的除外）。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第六条（四）",
      "numberConfirmed": false,
      "area": "煤与瓦斯突出矿井，未依照规定实施防突出措施",
      "industries": [],
      "text": "未按照国家规定采取防治突出措施的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第六条（五）",
      "numberConfirmed": false,
      "area": "煤与瓦斯突出矿井，未依照规定实施防突出措施",
      "industries": [],
      "text": "未按照国家规定进行防突措施效果检验和验证，或者防突措施效果检验和验证不达标仍然组织生产建设，或者防突措施效果检验和验证数据造假的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第六条（六）",
      "numberConfirmed": false,
      "area": "煤与瓦斯突出矿井，未依照规定实施防突出措施",
      "industries": [],
      "text": "未按照国家规定采取安全防护措施的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第六条（七）",
      "numberConfirmed": false,
      "area": "煤与瓦斯突出矿井，未依照规定实施防突出措施",
      "industries": [],
      "text": "使用架线式电机车的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第七条（一）",
      "numberConfirmed": false,
      "area": "高瓦斯矿井未建立瓦斯抽采系统和监控系统，或者系统不能正常运行",
      "industries": [],
      "text": "按照《煤矿安全规程》规定应当建立而未建立瓦斯抽采系统或者系统不正常使用的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第七条（二）",
      "numberConfirmed": false,
      "area": "高瓦斯矿井未建立瓦斯抽采系统和监控系统，或者系统不能正常运行",
      "industries": [],
      "text": "未按照国家规定安设、调校甲烷传感器，人为造成甲烷传感器失效，或者瓦斯超限后不能报警、断电或者断电范围不符合国家规定的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第八条（一）",
      "numberConfirmed": false,
      "area": "通风系统不完善、不可靠",
      "industries": [],
      "text": "矿井总风量不足或者采掘工作面等主要用风地点风量不足的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第八条（二）",
      "numberConfirmed": false,
      "area": "通风系统不完善、不可靠",
      "industries": [],
      "text": "没有备用主要通风机，或者两台主要通风机不具有同等能力的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第八条（三）",
      "numberConfirmed": false,
      "area": "通风系统不完善、不可靠",
      "industries": [],
      "text": "违反《煤矿安全规程》规定采用串联通风的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第八条（四）",
      "numberConfirmed": false,
      "area": "通风系统不完善、不可靠",
      "industries": [],
      "text": "未按照设计形成通风系统，或者生产水平和采（盘）区未实现分区通风的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第八条（五）",
      "numberConfirmed": false,
      "area": "通风系统不完善、不可靠",
      "industries": [],
      "text": "高瓦斯、煤与瓦斯突出矿井的任一采（盘）区，开采容易自燃煤层、低瓦斯矿井开采煤层群和分层开采采用联合布置的采（盘）区，未设置专用回风巷，或者突出煤层工作面没有独立的回风系统的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第八条（六）",
      "numberConfirmed": false,
      "area": "通风系统不完善、不可靠",
      "industries": [],
      "text": "进、回风井之间和主要进、回风巷之间联络巷中的风墙、风门不符合《煤矿安全规程》规定，造成风流短路的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第八条（七）",
      "numberConfirmed": false,
      "area": "通风系统不完善、不可靠",
      "industries": [],
      "text": "采区进、回风巷未贯穿整个采区，或者虽贯穿整个采区但一段进风、一段回风，或者采用倾斜长壁布置，大巷未超前至少2个区段构成通风系统即开掘其他巷道的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第八条（八）",
      "numberConfirmed": false,
      "area": "通风系统不完善、不可靠",
      "industries": [],
      "text": "煤巷、半煤岩巷和有瓦斯涌出的岩巷掘进未按照国家规定装备甲烷电、风电闭锁装置或者有关装置不能正常使用的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第八条（九）",
      "numberConfirmed": false,
      "area": "通风系统不完善、不可靠",
      "industries": [],
      "text": "高瓦斯、煤（岩）与瓦斯（二氧化碳）突出矿井的煤巷、半煤岩巷和有瓦斯涌出的岩巷掘进工作面采用局部通风时，不能实现双风机、双电源且自动切换的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第八条（十）",
      "numberConfirmed": false,
      "area": "通风系统不完善、不可靠",
      "industries": [],
      "text": "高瓦斯、煤（岩）与瓦斯（二氧化碳）突出建设矿井进入二期工程前，其他建设矿井进入三期工程前，没有形成地面主要通风机供风的全风压通风系统的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第九条（一）",
      "numberConfirmed": false,
      "area": "有严重水患，未采取有效措施",
      "industries": [],
      "text": "未查明矿井水文地质条件和井田范围内采空区、废弃老窑积水等情况而组织生产建设的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第九条（二）",
      "numberConfirmed": false,
      "area": "有严重水患，未采取有效措施",
      "industries": [],
      "text": "水文地质类型复杂、极复杂的矿井未设置专门的防治水机构、未配备专门的探放水作业队伍，或者未配齐专用探放水设备的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第九条（三）",
      "numberConfirmed": false,
      "area": "有严重水患，未采取有效措施",
      "industries": [],
      "text": "在需要探放水的区域进行采掘作业未按照国家规定进行探放水的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第九条（四）",
      "numberConfirmed": false,
      "area": "有严重水患，未采取有效措施",
      "industries": [],
      "text": "未按照国家规定留设或者擅自开采（破坏）各种防隔水煤（岩）柱的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第九条（五）",
      "numberConfirmed": false,
      "area": "有严重水患，未采取有效措施",
      "industries": [],
      "text": "有突（透、溃）水征兆未撤出井下所有受水患威胁地点人员的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第九条（六）",
      "numberConfirmed": false,
      "area": "有严重水患，未采取有效措施",
      "industries": [],
      "text": "受地表水倒灌威胁的矿井在强降雨天气或其来水上游发生洪水期间未实施停产撤人的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第九条（七）",
      "numberConfirmed": false,
      "area": "有严重水患，未采取有效措施",
      "industries": [],
      "text": "建设矿井进入三期工程前，未按照设计建成永久排水系统，或者生产矿井延深到设计水平时，未建成防、排水系统而违规开拓掘进的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第九条（八）",
      "numberConfirmed": false,
      "area": "有严重水患，未采取有效措施",
      "industries": [],
      "text": "矿井主要排水系统水泵排水能力、管路和水仓容量不符合《煤矿安全规程》规定的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第九条（九）",
      "numberConfirmed": false,
      "area": "有严重水患，未采取有效措施",
      "industries": [],
      "text": "开采地表水体、老空水淹区域或者强含水层下急倾斜煤层，未按照国家规定消除水患威胁的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十条（一）",
      "numberConfirmed": false,
      "area": "超层越界开采",
      "industries": [],
      "text": "超出采矿许可证载明的开采煤层层位或者标高进行开采的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十条（二）",
      "numberConfirmed": false,
      "area": "超层越界开采",
      "industries": [],
      "text": "超出采矿许可证载明的坐标控制范围进行开采的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十条（三）",
      "numberConfirmed": false,
      "area": "超层越界开采",
      "industries": [],
      "text": "擅自开采（破坏）安全煤柱的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十一条（一）",
      "numberConfirmed": false,
      "area": "有冲击地压危险，未采取有效措施",
      "industries": [],
      "text": "未按照国家规定进行煤层（岩层）冲击倾向性鉴定，或者开采有冲击倾向性煤层未进行冲击危险性评价，或者开采冲击地压煤层，未进行采区、采掘工作面冲击危险性评价的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十一条（二）",
      "numberConfirmed": false,
      "area": "有冲击地压危险，未采取有效措施",
      "industries": [],
      "text": "有冲击地压危险的矿井未设置专门的防冲机构、未配备专业人员或者未编制专门设计的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十一条（三）",
      "numberConfirmed": false,
      "area": "有冲击地压危险，未采取有效措施",
      "industries": [],
      "text": "未进行冲击地压危险性预测，或者未进行防冲措施效果检验以及防冲措施效果检验不达标仍组织生产建设的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十一条（四）",
      "numberConfirmed": false,
      "area": "有冲击地压危险，未采取有效措施",
      "industries": [],
      "text": "开采冲击地压煤层时，违规开采孤岛煤柱，采掘工作面位置、间距不符合国家规定，或者开采顺序不合理、采掘速度不符合国家规定、违反国家规定布置巷道或者留设煤（岩）柱造成应力集中的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十一条（五）",
      "numberConfirmed": false,
      "area": "有冲击地压危险，未采取有效措施",
      "industries": [],
      "text": "未制定或者未严格执行冲击地压危险区域人员准入制度的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十二条（一）",
      "numberConfirmed": false,
      "area": "自然发火严重，未采取有效措施",
      "industries": [],
      "text": "开采容易自燃和自燃煤层的矿井，未编制防灭火专项设计或者未采取综合防灭火措施的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十二条（二）",
      "numberConfirmed": false,
      "area": "自然发火严重，未采取有效措施",
      "industries": [],
      "text": "高瓦斯矿井采用放顶煤采煤法不能有效防治煤层自然发火的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十二条（三）",
      "numberConfirmed": false,
      "area": "自然发火严重，未采取有效措施",
      "industries": [],
      "text": "有自然发火征兆没有采取相应的安全防范措施继续生产建设的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十二条（四）",
      "numberConfirmed": false,
      "area": "自然发火严重，未采取有效措施",
      "industries": [],
      "text": "违反《煤矿安全规程》规定启封火区的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十三条（一）",
      "numberConfirmed": false,
      "area": "使用明令禁止使用或者淘汰的设备、工艺",
      "industries": [],
      "text": "使用被列入国家禁止井工煤矿使用的设备及工艺目录的产品或者工艺的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十三条（二）",
      "numberConfirmed": false,
      "area": "使用明令禁止使用或者淘汰的设备、工艺",
      "industries": [],
      "text": "井下电气设备、电缆未取得煤矿矿用产品安全标志的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十三条（三）",
      "numberConfirmed": false,
      "area": "使用明令禁止使用或者淘汰的设备、工艺",
      "industries": [],
      "text": "井下电气设备选型与矿井瓦斯等级不符，或者采（盘）区内防爆型电气设备存在失爆，或者井下使用非防爆无轨胶轮车的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十三条（四）",
      "numberConfirmed": false,
      "area": "使用明令禁止使用或者淘汰的设备、工艺",
      "industries": [],
      "text": "未按照矿井瓦斯等级选用相应的煤矿许用炸药和雷管、未使用专用发爆器，或者裸露爆破的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十三条（五）",
      "numberConfirmed": false,
      "area": "使用明令禁止使用或者淘汰的设备、工艺",
      "industries": [],
      "text": "采煤工作面不能保证2个畅通的安全出口的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十三条（六）",
      "numberConfirmed": false,
      "area": "使用明令禁止使用或者淘汰的设备、工艺",
      "industries": [],
      "text": "高瓦斯矿井、煤与瓦斯突出矿井、开采容易自燃和自燃煤层（薄煤层除外）矿井，采煤工作面采用前进式采煤方法的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十四条（一）",
      "numberConfirmed": false,
      "area": "煤矿没有双回路供电系统",
      "industries": [],
      "text": "单回路供电的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十四条（二）",
      "numberConfirmed": false,
      "area": "煤矿没有双回路供电系统",
      "industries": [],
      "text": "有两回路电源线路但取自一个区域变电所同一母线段的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十四条（三）",
      "numberConfirmed": false,
      "area": "煤矿没有双回路供电系统",
      "industries": [],
      "text": "进入二期工程的高瓦斯、煤与瓦斯突出、水文地质类型为复杂和极复杂的建设矿井，以及进入三期工程的其他建设矿井，未形成两回路供电的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十五条（一）",
      "numberConfirmed": false,
      "area": "新建煤矿边建设边生产，煤矿改扩建期间，在改扩建的区域生产，或者在其他区域的生产超出安全设施设计规定的范围和规模",
      "industries": [],
      "text": "建设项目安全设施设计未经审查批准，或者审查批准后作出重大变更未经再次审查批准擅自组织施工的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十五条（二）",
      "numberConfirmed": false,
      "area": "新建煤矿边建设边生产，煤矿改扩建期间，在改扩建的区域生产，或者在其他区域的生产超出安全设施设计规定的范围和规模",
      "industries": [],
      "text": "新建煤矿在建设期间组织采煤的（经批准的联合试运转除外）。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十五条（三）",
      "numberConfirmed": false,
      "area": "新建煤矿边建设边生产，煤矿改扩建期间，在改扩建的区域生产，或者在其他区域的生产超出安全设施设计规定的范围和规模",
      "industries": [],
      "text": "改扩建矿井在改扩建区域生产的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十五条（四）",
      "numberConfirmed": false,
      "area": "新建煤矿边建设边生产，煤矿改扩建期间，在改扩建的区域生产，或者在其他区域的生产超出安全设施设计规定的范围和规模",
      "industries": [],
      "text": "改扩建矿井在非改扩建区域超出设计规定范围和规模生产的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十六条（一）",
      "numberConfirmed": false,
      "area": "煤矿实行整体承包生产经营后，未重新取得或者及时变更安全生产许可证而从事生产，或者承包方再次转包，以及将井下采掘工作面和井巷维修作业进行劳务承包",
      "industries": [],
      "text": "煤矿未采取整体承包形式进行发包，或者将煤矿整体发包给不具有法人资格或者未取得合法有效营业执照的单位或者个人的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十六条（二）",
      "numberConfirmed": false,
      "area": "煤矿实行整体承包生产经营后，未重新取得或者及时变更安全生产许可证而从事生产，或者承包方再次转包，以及将井下采掘工作面和井巷维修作业进行劳务承包",
      "industries": [],
      "text": "实行整体承包的煤矿，未签订安全生产管理协议，或者未按照国家规定约定双方安全生产管理职责而进行生产的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十六条（三）",
      "numberConfirmed": false,
      "area": "煤矿实行整体承包生产经营后，未重新取得或者及时变更安全生产许可证而从事生产，或者承包方再次转包，以及将井下采掘工作面和井巷维修作业进行劳务承包",
      "industries": [],
      "text": "实行整体承包的煤矿，未重新取得或者变更安全生产许可证进行生产的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十六条（四）",
      "numberConfirmed": false,
      "area": "煤矿实行整体承包生产经营后，未重新取得或者及时变更安全生产许可证而从事生产，或者承包方再次转包，以及将井下采掘工作面和井巷维修作业进行劳务承包",
      "industries": [],
      "text": "实行整体承包的煤矿，承包方再次将煤矿转包给其他单位或者个人的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十六条（五）",
      "numberConfirmed": false,
      "area": "煤矿实行整体承包生产经营后，未重新取得或者及时变更安全生产许可证而从事生产，或者承包方再次转包，以及将井下采掘工作面和井巷维修作业进行劳务承包",
      "industries": [],
      "text": "井工煤矿将井下采掘作业或者井巷维修作业（井筒及井下新水平延深的井底车场、主运输、主通风、主排水、主要机电硐室开拓工程除外）作为独立工程发包给其他企业或者个人的，以及转包井下新水平延深开拓工程的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十七条（一）",
      "numberConfirmed": false,
      "area": "煤矿改制期间，未明确安全生产责任人和安全管理机构，或者在完成改制后，未重新取得或者变更采矿许可证、安全生产许可证和营业执照",
      "industries": [],
      "text": "改制期间，未明确安全生产责任人进行生产建设的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十七条（二）",
      "numberConfirmed": false,
      "area": "煤矿改制期间，未明确安全生产责任人和安全管理机构，或者在完成改制后，未重新取得或者变更采矿许可证、安全生产许可证和营业执照",
      "industries": [],
      "text": "改制期间，未健全安全生产管理机构和配备安全管理人员进行生产建设的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十七条（三）",
      "numberConfirmed": false,
      "area": "煤矿改制期间，未明确安全生产责任人和安全管理机构，或者在完成改制后，未重新取得或者变更采矿许可证、安全生产许可证和营业执照",
      "industries": [],
      "text": "完成改制后，未重新取得或者变更采矿许可证、安全生产许可证、营业执照而进行生产建设的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十八条（一）",
      "numberConfirmed": false,
      "area": "其他重大事故隐患",
      "industries": [],
      "text": "未分别配备专职的矿长、总工程师和分管安全、生产、机电的副矿长，以及负责采煤、掘进、机电运输、通风、地测、防治水工作的专业技术人员的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十八条（二）",
      "numberConfirmed": false,
      "area": "其他重大事故隐患",
      "industries": [],
      "text": "未按照国家规定足额提取或者未按照国家规定范围使用安全生产费用的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十八条（三）",
      "numberConfirmed": false,
      "area": "其他重大事故隐患",
      "industries": [],
      "text": "未按照国家规定进行瓦斯等级鉴定，或者瓦斯等级鉴定弄虚作假的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十八条（四）",
      "numberConfirmed": false,
      "area": "其他重大事故隐患",
      "industries": [],
      "text": "出现瓦斯动力现象，或者相邻矿井开采的同一煤层发生了突出事故，或者被鉴定、认定为突出煤层，以及煤层瓦斯压力达到或者超过0.74MPa的非突出矿井，未立即按照突出煤层管理并在国家规定期限内进行突出危险性鉴定的（直接认定为突出矿井的除外）。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十八条（五）",
      "numberConfirmed": false,
      "area": "其他重大事故隐患",
      "industries": [],
      "text": "图纸作假、隐瞒采掘工作面，提供虚假信息、隐瞒下井人数，或者矿长、总工程师（技术负责人）履行安全生产岗位责任制及管理制度时伪造记录，弄虚作假的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十八条（六）",
      "numberConfirmed": false,
      "area": "其他重大事故隐患",
      "industries": [],
      "text": "矿井未安装安全监控系统、人员位置监测系统或者系统不能正常运行，以及对系统数据进行修改、删除及屏蔽，或者煤与瓦斯突出矿井存在第七条第二项情形的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十八条（七）",
      "numberConfirmed": false,
      "area": "其他重大事故隐患",
      "industries": [],
      "text": "提升（运送）人员的提升机未按照《煤矿安全规程》规定安装保护装置，或者保护装置失效，或者超员运行的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十八条（八）",
      "numberConfirmed": false,
      "area": "其他重大事故隐患",
      "industries": [],
      "text": "带式输送机的输送带入井前未经过第三方阻燃和抗静电性能试验，或者试验不合格入井，或者输送带防打滑、跑偏、堆煤等保护装置或者温度、烟雾监测装置失效的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十八条（九）",
      "numberConfirmed": false,
      "area": "其他重大事故隐患",
      "industries": [],
      "text": "掘进工作面后部巷道或者独头巷道维修（着火点、高温点处理）时，维修（处理）点以里继续掘进或者有人员进入，或者采掘工作面未按照国家规定安设压风、供水、通信线路及装置的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    },
    {
      "number": "第十八条（十）",
      "numberConfirmed": false,
      "area": "其他重大事故隐患",
      "industries": [],
      "text": "露天煤矿边坡角大于设计最大值，或者边坡发生严重变形未及时采取措施进行治理的。",
      "fidelity": "near_verbatim",
      "source": "第三方开源项目的 SQL 种子数据（“riskDcode / factoryMA”，仓库名未知）",
      "note": "条号由标准内“第七条第二项”的交叉引用推定（类别序号加三），版本推定为应急管理部令第4号，均未核对原件；另有二手来源称已有2026年修订版（应急管理部令第21号），未核实。"
    }
  ]
};
