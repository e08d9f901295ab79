import type { CriteriaStandardSeed } from './types.js';

// 金属非金属矿山重大事故隐患判定标准（矿安〔2022〕88号）, as loaded by migration 2026_12_07_1000_create_criteria. Frozen with
// that migration: a correction is a new item version written by a later migration (or by a
// platform admin), never an edit here. Texts and sources: docs/domain-criteria.md.
export const FEIMEI_2022: CriteriaStandardSeed = {
  "code": "feimei-2022",
  "title": "金属非金属矿山重大事故隐患判定标准",
  "docNumber": "矿安〔2022〕88号",
  "issuer": "国家矿山安全监察局",
  "publishedOn": "2022-07-08",
  "effectiveFrom": "2022-09-01",
  "industries": [
    "非煤矿山"
  ],
  "holding": "partial",
  "officialItemCount": null,
  "confirmed": true,
  "officialSource": null,
  "coverage": "分地下矿山、露天矿山、尾矿库三部分；有二手来源称共64项（地下32、露天13、尾矿库19），未核实。本库收录地下矿山一（一）至（四）、一（二十一），露天矿山二（一）至（八）（（八）残缺）；尾矿库部分及其余条目未收录。补充情形（矿安〔2024〕41号，8项）内容未取得。",
  "note": "本标准废止安监总管一〔2017〕98号（2017版），2017版未收入本库。",
  "items": [
    {
      "number": "一（一）",
      "numberConfirmed": true,
      "area": "金属非金属地下矿山",
      "industries": [],
      "text": "安全出口存在下列情形之一的：1.矿井直达地面的独立安全出口少于2个，或者与设计不一致；2.矿井只有两个独立直达地面的安全出口且安全出口的间距小于30米，或者矿体一翼走向长度超过1000米且未在此翼设置安全出口；3.矿井的全部安全出口均为竖井且竖井内均未设置梯子间，或者作为主要安全出口的罐笼提升井只有1套提升系统且未设梯子间；4.主要生产中段（水平）、单个采区、盘区或者矿块的安全出口少于2个，或者未与通往地面的安全出口相通；5.安全出口出现堵塞或者其梯子、踏步等设施不能正常使用，导致安全出口不畅通。",
      "fidelity": "near_verbatim",
      "source": "http://www.hubeicoal-safety.gov.cn/a/xinwenzhongxin/wenjiangongkai/2022/0810/4058.html; https://m.1wenmi.com/doc/597613.html",
      "note": "两个来源均有个别识别错误，已互相校正。"
    },
    {
      "number": "一（二）",
      "numberConfirmed": true,
      "area": "金属非金属地下矿山",
      "industries": [],
      "text": "使用国家明令禁止使用的设备、材料或者工艺。",
      "fidelity": "verbatim",
      "source": "http://www.hubeicoal-safety.gov.cn/a/xinwenzhongxin/wenjiangongkai/2022/0810/4058.html; https://m.1wenmi.com/doc/597613.html"
    },
    {
      "number": "一（三）",
      "numberConfirmed": true,
      "area": "金属非金属地下矿山",
      "industries": [],
      "text": "不同矿权主体的相邻矿山井巷相互贯通，或者同一矿权主体相邻独立生产系统的井巷擅自贯通。",
      "fidelity": "verbatim",
      "source": "http://www.hubeicoal-safety.gov.cn/a/xinwenzhongxin/wenjiangongkai/2022/0810/4058.html; https://m.1wenmi.com/doc/597613.html"
    },
    {
      "number": "一（四）",
      "numberConfirmed": true,
      "area": "金属非金属地下矿山",
      "industries": [],
      "text": "地下矿山现状图纸存在下列情形之一的：1.未保存金属非金属矿山安全规程（GB 16423—2020）第4.1.10条规定的图纸，或者生产矿山每3个月、基建矿山每1个月未更新上述图纸；2.岩体移动范围内的地面建构筑物、运输道路及沟谷河流与实际不符；3.开拓工程和采准工程的井巷或者井下采区与实际不符；4.相邻矿山采区位置关系与实际不符；5.采空区和废弃井巷的位置、处理方式、现状，以及地表塌陷区的位置与实际不符。",
      "fidelity": "near_verbatim",
      "source": "https://m.1wenmi.com/doc/597613.html",
      "note": "书名号是否存在未核对原件。"
    },
    {
      "number": "一（二十一）",
      "numberConfirmed": true,
      "area": "金属非金属地下矿山",
      "industries": [],
      "text": "未配齐或者随身携带具有矿用产品安全标志的便携式气体检测报警仪和自救器，或者从业人员不能正确使用自救器。",
      "fidelity": "near_verbatim",
      "source": "https://www.fjskzz.cn/zonghexinwen/2022/0728/554_3.html; https://m.falvchangshi.com/tags/55847.html",
      "note": "项号取自片段化的转载页，文字与另一转载页一致。"
    },
    {
      "number": "二（一）",
      "numberConfirmed": true,
      "area": "金属非金属露天矿山",
      "industries": [],
      "text": "地下开采转露天开采前，未探明采空区和溶洞，或者未按设计处理对露天开采安全有威胁的采空区和溶洞。",
      "fidelity": "verbatim",
      "source": "http://www.6665253.com/ktxx/2022-07-27/672.html （繁体，已转简体）; http://yinhuan.net/zhongda/342.html"
    },
    {
      "number": "二（二）",
      "numberConfirmed": true,
      "area": "金属非金属露天矿山",
      "industries": [],
      "text": "使用国家明令禁止使用的设备、材料或者工艺。",
      "fidelity": "verbatim",
      "source": "http://www.6665253.com/ktxx/2022-07-27/672.html （繁体，已转简体）"
    },
    {
      "number": "二（三）",
      "numberConfirmed": true,
      "area": "金属非金属露天矿山",
      "industries": [],
      "text": "未采用自上而下的开采顺序分台阶或者分层开采。",
      "fidelity": "verbatim",
      "source": "http://www.6665253.com/ktxx/2022-07-27/672.html （繁体，已转简体）"
    },
    {
      "number": "二（四）",
      "numberConfirmed": true,
      "area": "金属非金属露天矿山",
      "industries": [],
      "text": "工作帮坡角大于设计工作帮坡角，或者最终边坡台阶高度超过设计高度。",
      "fidelity": "verbatim",
      "source": "http://www.6665253.com/ktxx/2022-07-27/672.html （繁体，已转简体）"
    },
    {
      "number": "二（五）",
      "numberConfirmed": true,
      "area": "金属非金属露天矿山",
      "industries": [],
      "text": "开采或者破坏设计要求保留的矿（岩）柱或者挂帮矿体。",
      "fidelity": "verbatim",
      "source": "http://www.6665253.com/ktxx/2022-07-27/672.html （繁体，已转简体）"
    },
    {
      "number": "二（六）",
      "numberConfirmed": true,
      "area": "金属非金属露天矿山",
      "industries": [],
      "text": "未按有关国家标准或者行业标准对采场边坡、排土场边坡进行稳定性分析。",
      "fidelity": "verbatim",
      "source": "http://www.6665253.com/ktxx/2022-07-27/672.html （繁体，已转简体）"
    },
    {
      "number": "二（七）",
      "numberConfirmed": true,
      "area": "金属非金属露天矿山",
      "industries": [],
      "text": "边坡存在下列情形之一的：1.高度200米及以上的采场边坡未进行在线监测；2.高度200米及以上的排土场边坡未建立边坡稳定监测系统；3.关闭、破坏监测系统或者隐瞒、篡改、销毁其相关数据、信息。",
      "fidelity": "verbatim",
      "source": "http://www.6665253.com/ktxx/2022-07-27/672.html （繁体，已转简体）"
    },
    {
      "number": "二（八）",
      "numberConfirmed": true,
      "area": "金属非金属露天矿山",
      "industries": [],
      "text": "边坡出现滑移现象，存在下列情形之一的：1.边坡出现横向及纵向放射状裂缝；2.坡体前缘坡脚处出现上鼓（凸起）现象，后缘的裂缝急剧扩展；3.位移观测资料显示的水平位移量或……",
      "fidelity": "partial",
      "source": "http://www.6665253.com/ktxx/2022-07-27/672.html （繁体，已转简体）",
      "note": "来源页在此截断，后半句未取得：文本残缺，本库不据此判定隐患。"
    }
  ]
};
