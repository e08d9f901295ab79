import type { CriteriaStandardSeed } from './types.js';

// 工贸企业重大事故隐患判定标准（应急管理部令第10号, 2023）, as loaded by migration 2026_12_07_1000_create_criteria. Frozen with
// that migration: a correction is a new item version written by a later migration (or by a
// platform admin), never an edit here. Texts and sources: docs/domain-criteria.md.
export const GONGMAO_2023: CriteriaStandardSeed = {
  "code": "gongmao-2023",
  "title": "工贸企业重大事故隐患判定标准",
  "docNumber": "应急管理部令第10号",
  "issuer": "应急管理部",
  "publishedOn": "2023-04-14",
  "effectiveFrom": "2023-05-15",
  "industries": [
    "冶金",
    "有色",
    "建材",
    "机械",
    "轻工",
    "纺织",
    "烟草",
    "商贸"
  ],
  "holding": "partial",
  "officialItemCount": 64,
  "confirmed": true,
  "officialSource": "https://www.gov.cn/gongbao/2023/issue_10566/202307/content_6890788.html",
  "coverage": "官方文本共64项情形：管理类3项、行业类47项（冶金、有色、建材、机械、轻工、纺织、烟草7个行业）、专项类14项（粉尘爆炸、液氨制冷、有限空间3个领域）。本库收录第三条3项，第四条（一）至（五）（（五）残缺），第五条7项（项号未确认），第六条8项（全），第七条（一）（二），第十条（一）（二），第十一条（一）至（五），另收第十四条兜底条款。未收录：第四条（六）起、第五条其余条目、第七条（三）起、第八条（轻工）、第九条（纺织）、第十一条（六）起、第十二条（液氨制冷）、第十三条（有限空间作业）。",
  "note": "第二条：工贸企业内涉及危险化学品、消防（火灾）、燃气、特种设备等方面的重大事故隐患，另有判定规定的适用其规定。商贸企业没有专门条款，按第三条及第十一条至第十三条判定。本标准自施行之日起废止2017版（安监总管四〔2017〕129号），2017版未收入本库。",
  "items": [
    {
      "number": "第三条（一）",
      "numberConfirmed": true,
      "area": "通用（管理类）",
      "industries": [],
      "text": "未对承包单位、承租单位的安全生产工作统一协调、管理，或者未定期进行安全检查的；",
      "fidelity": "verbatim",
      "source": "http://www.jiangmen.gov.cn/gzhd/zhzw/content/post_2849362.html; https://xz.jiceng.zhengzhou.gov.cn/022003006/9234731.jhtml; http://anzhuopai.com/szb/pc/col/202306/01/content_202904.html （中国应急管理报 2023-06-01 第04版镜像；繁体，已转简体）"
    },
    {
      "number": "第三条（二）",
      "numberConfirmed": true,
      "area": "通用（管理类）",
      "industries": [],
      "text": "特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业的；",
      "fidelity": "verbatim",
      "source": "http://www.jiangmen.gov.cn/gzhd/zhzw/content/post_2849362.html; https://xz.jiceng.zhengzhou.gov.cn/022003006/9234731.jhtml; http://anzhuopai.com/szb/pc/col/202306/01/content_202904.html （中国应急管理报 2023-06-01 第04版镜像；繁体，已转简体）"
    },
    {
      "number": "第三条（三）",
      "numberConfirmed": true,
      "area": "通用（管理类）",
      "industries": [],
      "text": "金属冶炼企业主要负责人、安全生产管理人员未按照规定经考核合格的。",
      "fidelity": "verbatim",
      "source": "http://www.jiangmen.gov.cn/gzhd/zhzw/content/post_2849362.html; https://xz.jiceng.zhengzhou.gov.cn/022003006/9234731.jhtml; http://anzhuopai.com/szb/pc/col/202306/01/content_202904.html （中国应急管理报 2023-06-01 第04版镜像；繁体，已转简体）"
    },
    {
      "number": "第四条（一）",
      "numberConfirmed": true,
      "area": "冶金",
      "industries": [
        "冶金"
      ],
      "text": "会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）等6类人员聚集场所，以及钢铁水罐冷（热）修工位设置在铁水、钢水、液渣吊运跨的地坪区域内的；",
      "fidelity": "verbatim",
      "source": "http://anzhuopai.com/szb/pc/col/202306/01/content_202904.html （中国应急管理报 2023-06-01 第04版镜像；繁体，已转简体）; https://m.163wenku.com/p-7598017.html; http://www.916176.cn/Show/index/cid/6/id/2278.html （繁体，已转简体）"
    },
    {
      "number": "第四条（二）",
      "numberConfirmed": true,
      "area": "冶金",
      "industries": [
        "冶金"
      ],
      "text": "生产期间冶炼、精炼和铸造生产区域的事故坑、炉下渣坑，以及熔融金属泄漏和喷溅影响范围内的炉前平台、炉基区域、厂房内吊运和地面运输通道等6类区域存在积水的；",
      "fidelity": "verbatim",
      "source": "http://anzhuopai.com/szb/pc/col/202306/01/content_202904.html （中国应急管理报 2023-06-01 第04版镜像；繁体，已转简体）; https://m.163wenku.com/p-7598017.html; http://www.916176.cn/Show/index/cid/6/id/2278.html （繁体，已转简体）"
    },
    {
      "number": "第四条（三）",
      "numberConfirmed": true,
      "area": "冶金",
      "industries": [
        "冶金"
      ],
      "text": "炼钢连铸流程未设置事故钢水罐、中间罐漏钢坑（槽）、中间罐溢流坑（槽）、漏钢回转溜槽，或者模铸流程未设置事故钢水罐（坑、槽）的；",
      "fidelity": "verbatim",
      "source": "http://anzhuopai.com/szb/pc/col/202306/01/content_202904.html （中国应急管理报 2023-06-01 第04版镜像；繁体，已转简体）; http://www.916176.cn/Show/index/cid/6/id/2278.html （繁体，已转简体）"
    },
    {
      "number": "第四条（四）",
      "numberConfirmed": true,
      "area": "冶金",
      "industries": [
        "冶金"
      ],
      "text": "转炉、电弧炉、AOD炉、LF炉、RH炉、VOD炉等炼钢炉的水冷元件未设置出水温度、进出水流量差等监测报警装置，或者监测报警装置未与炉体倾动、氧（副）枪自动提升、电极自动断电和升起装置联锁的；",
      "fidelity": "verbatim",
      "source": "http://anzhuopai.com/szb/pc/col/202306/01/content_202904.html （中国应急管理报 2023-06-01 第04版镜像；繁体，已转简体）; http://www.916176.cn/Show/index/cid/6/id/2278.html （繁体，已转简体）"
    },
    {
      "number": "第四条（五）",
      "numberConfirmed": true,
      "area": "冶金",
      "industries": [
        "冶金"
      ],
      "text": "高炉生产期间炉顶工作压力设定值超过设计文件规定的最高工作压力，或者炉顶……",
      "fidelity": "partial",
      "source": "http://www.916176.cn/Show/index/cid/6/id/2278.html （繁体，已转简体）",
      "note": "来源页在此截断，后半句未取得：文本残缺，本库不据此判定隐患。"
    },
    {
      "number": null,
      "numberConfirmed": false,
      "area": "有色",
      "industries": [
        "有色"
      ],
      "text": "采用水冷冷却的冶炼炉窑、铸造机（铝加工深井铸造工艺的结晶器除外）、加热炉未设置应急水源的；",
      "fidelity": "near_verbatim",
      "source": "转载页《铝加工企业重大事故隐患判定》（网址未记录；繁体，已转简体）",
      "note": "来源页自行编号，未给出其在第五条中的原项号；按内容归入第五条（有色企业）。"
    },
    {
      "number": null,
      "numberConfirmed": false,
      "area": "有色",
      "industries": [
        "有色"
      ],
      "text": "熔融金属冶炼炉窑的闭路循环水冷元件未设置出水温度、进出水流量差监测报警装置，或者开路水冷元件未设置进水流量、压力监测报警装置，或者未监测开路水冷元件出水温度的；",
      "fidelity": "near_verbatim",
      "source": "转载页《铝加工企业重大事故隐患判定》（网址未记录；繁体，已转简体）",
      "note": "来源页自行编号，未给出其在第五条中的原项号；按内容归入第五条（有色企业）。"
    },
    {
      "number": null,
      "numberConfirmed": false,
      "area": "有色",
      "industries": [
        "有色"
      ],
      "text": "铝加工深井铸造工艺的结晶器冷却水系统未设置进水压力、进水流量监测报警装置，或者监测报警装置未与快速切断阀、紧急排放阀、流槽断开装置联锁，或者监测报警装置未与倾动式浇铸炉控制系统联锁的；",
      "fidelity": "near_verbatim",
      "source": "转载页《铝加工企业重大事故隐患判定》（网址未记录；繁体，已转简体）",
      "note": "来源页自行编号，未给出其在第五条中的原项号；按内容归入第五条（有色企业）。"
    },
    {
      "number": null,
      "numberConfirmed": false,
      "area": "有色",
      "industries": [
        "有色"
      ],
      "text": "铝加工深井铸造工艺的浇铸炉铝液出口流槽、流槽与模盘（分配流槽）入口连接处未设置液位监测报警装置，或者固定式浇铸炉的铝液出口未设置机械锁紧装置的；",
      "fidelity": "near_verbatim",
      "source": "转载页《铝加工企业重大事故隐患判定》（网址未记录；繁体，已转简体）",
      "note": "来源页自行编号，未给出其在第五条中的原项号；按内容归入第五条（有色企业）。"
    },
    {
      "number": null,
      "numberConfirmed": false,
      "area": "有色",
      "industries": [
        "有色"
      ],
      "text": "铝加工深井铸造工艺的固定式浇铸炉的铝液流槽未设置紧急排放阀，或者流槽与模盘（分配流槽）入口连接处未设置快速切断阀（断开装置），或者流槽与模盘（分配流槽）入口连接处的液位监测报警装置未与快速切断阀（断开装置）、紧急排放阀联锁的；",
      "fidelity": "near_verbatim",
      "source": "转载页《铝加工企业重大事故隐患判定》（网址未记录；繁体，已转简体）",
      "note": "来源页自行编号，未给出其在第五条中的原项号；按内容归入第五条（有色企业）。"
    },
    {
      "number": null,
      "numberConfirmed": false,
      "area": "有色",
      "industries": [
        "有色"
      ],
      "text": "铝加工深井铸造工艺的倾动式浇铸炉流槽与模盘（分配流槽）入口连接处未设置快速切断阀（断开装置），或者流槽与模盘（分配流槽）入口连接处的液位监测报警装置未与浇铸炉倾动控制系统、快速切断阀（断开装置）联锁的；",
      "fidelity": "near_verbatim",
      "source": "转载页《铝加工企业重大事故隐患判定》（网址未记录；繁体，已转简体）",
      "note": "来源页自行编号，未给出其在第五条中的原项号；按内容归入第五条（有色企业）。"
    },
    {
      "number": null,
      "numberConfirmed": false,
      "area": "有色",
      "industries": [
        "有色"
      ],
      "text": "铝加工深井铸造机钢丝卷扬系统选用非钢芯钢丝绳，或者未落实钢丝绳定期检查、更换制度的。",
      "fidelity": "near_verbatim",
      "source": "转载页《铝加工企业重大事故隐患判定》（网址未记录；繁体，已转简体）",
      "note": "来源页自行编号，未给出其在第五条中的原项号；按内容归入第五条（有色企业）。"
    },
    {
      "number": "第六条（一）",
      "numberConfirmed": true,
      "area": "建材",
      "industries": [
        "建材"
      ],
      "text": "煤磨袋式收尘器、煤粉仓未设置温度和固定式一氧化碳浓度监测报警装置，或者未设置气体灭火装置的；",
      "fidelity": "verbatim",
      "source": "http://boglecoveoysterhouse.net/szb/pc/col/202306/22/content_204908.html （中国应急管理报 2023-06-22 第04版镜像；繁体，已转简体）"
    },
    {
      "number": "第六条（二）",
      "numberConfirmed": true,
      "area": "建材",
      "industries": [
        "建材"
      ],
      "text": "筒型储库人工清库作业未落实清库方案中防止高处坠落、坍塌等安全措施的；",
      "fidelity": "verbatim",
      "source": "http://boglecoveoysterhouse.net/szb/pc/col/202306/22/content_204908.html （中国应急管理报 2023-06-22 第04版镜像；繁体，已转简体）",
      "keywords": [
        "有限空间",
        "筒仓",
        "清库"
      ]
    },
    {
      "number": "第六条（三）",
      "numberConfirmed": true,
      "area": "建材",
      "industries": [
        "建材"
      ],
      "text": "水泥企业电石渣原料筒型储库未设置固定式可燃气体浓度监测报警装置，或者监测报警装置未与事故通风装置联锁的；",
      "fidelity": "verbatim",
      "source": "http://boglecoveoysterhouse.net/szb/pc/col/202306/22/content_204908.html （中国应急管理报 2023-06-22 第04版镜像；繁体，已转简体）"
    },
    {
      "number": "第六条（四）",
      "numberConfirmed": true,
      "area": "建材",
      "industries": [
        "建材"
      ],
      "text": "进入筒型储库、焙烧窑、预热器旋风筒、分解炉、竖炉、篦冷机、磨机、破碎机前，未对可能意外启动的设备和涌入的物料、高温气体、有毒有害气体等采取隔离措施，或者未落实防止高处坠落、坍塌等安全措施的；",
      "fidelity": "verbatim",
      "source": "http://boglecoveoysterhouse.net/szb/pc/col/202306/22/content_204908.html （中国应急管理报 2023-06-22 第04版镜像；繁体，已转简体）",
      "keywords": [
        "有限空间",
        "受限空间",
        "隔离",
        "能量隔离"
      ]
    },
    {
      "number": "第六条（五）",
      "numberConfirmed": true,
      "area": "建材",
      "industries": [
        "建材"
      ],
      "text": "采用预混燃烧方式的燃气窑炉（热发生炉煤气窑炉除外）的燃气总管未设置管道压力监测报警装置，或者监测报警装置未与紧急自动切断装置联锁的；",
      "fidelity": "verbatim",
      "source": "http://boglecoveoysterhouse.net/szb/pc/col/202306/22/content_204908.html （中国应急管理报 2023-06-22 第04版镜像；繁体，已转简体）"
    },
    {
      "number": "第六条（六）",
      "numberConfirmed": true,
      "area": "建材",
      "industries": [
        "建材"
      ],
      "text": "制氢站、氮氢保护气体配气间、燃气配气间等3类场所未设置固定式可燃气体浓度监测报警装置的；",
      "fidelity": "verbatim",
      "source": "http://boglecoveoysterhouse.net/szb/pc/col/202306/22/content_204908.html （中国应急管理报 2023-06-22 第04版镜像；繁体，已转简体）"
    },
    {
      "number": "第六条（七）",
      "numberConfirmed": true,
      "area": "建材",
      "industries": [
        "建材"
      ],
      "text": "电熔制品电炉的水冷设备失效的；",
      "fidelity": "verbatim",
      "source": "http://boglecoveoysterhouse.net/szb/pc/col/202306/22/content_204908.html （中国应急管理报 2023-06-22 第04版镜像；繁体，已转简体）"
    },
    {
      "number": "第六条（八）",
      "numberConfirmed": true,
      "area": "建材",
      "industries": [
        "建材"
      ],
      "text": "玻璃窑炉、玻璃锡槽等设备未设置水冷和风冷保护系统的监测报警装置的。",
      "fidelity": "verbatim",
      "source": "http://boglecoveoysterhouse.net/szb/pc/col/202306/22/content_204908.html （中国应急管理报 2023-06-22 第04版镜像；繁体，已转简体）"
    },
    {
      "number": "第七条（一）",
      "numberConfirmed": true,
      "area": "机械",
      "industries": [
        "机械"
      ],
      "text": "会议室、活动室、休息室、更衣室、交接班室等5类人员聚集场所设置在熔融金属吊运跨或者浇注跨的地坪区域内的；",
      "fidelity": "verbatim",
      "source": "http://boglecoveoysterhouse.net/szb/pc/col/202306/22/content_204908.html （中国应急管理报 2023-06-22 第04版镜像；繁体，已转简体）"
    },
    {
      "number": "第七条（二）",
      "numberConfirmed": true,
      "area": "机械",
      "industries": [
        "机械"
      ],
      "text": "铸造用熔炼炉、精炼炉、保温炉未设置紧急排放和应急储存设施的；",
      "fidelity": "verbatim",
      "source": "http://boglecoveoysterhouse.net/szb/pc/col/202306/22/content_204908.html （中国应急管理报 2023-06-22 第04版镜像；繁体，已转简体）"
    },
    {
      "number": "第十条（一）",
      "numberConfirmed": true,
      "area": "烟草",
      "industries": [
        "烟草"
      ],
      "text": "熏蒸作业场所未配备磷化氢气体浓度监测报警仪器，或者未配备防毒面具，或者熏蒸杀虫作业前未确认无关人员全部撤离熏蒸作业场所的；",
      "fidelity": "near_verbatim",
      "source": "http://www.ynjnrc.com/show.asp?id=7944",
      "note": "来源为培训网站转引的条文（附解读），标点按条文体例统一。"
    },
    {
      "number": "第十条（二）",
      "numberConfirmed": true,
      "area": "烟草",
      "industries": [
        "烟草"
      ],
      "text": "使用液态二氧化碳制造膨胀烟丝的生产线和场所未设置固定式二氧化碳浓度监测报警装置，或者监测报警装置未与事故通风设施联锁的。",
      "fidelity": "near_verbatim",
      "source": "http://www.ynjnrc.com/show.asp?id=7944",
      "note": "来源为培训网站转引的条文（附解读），标点按条文体例统一。"
    },
    {
      "number": "第十一条（一）",
      "numberConfirmed": true,
      "area": "存在粉尘爆炸危险的工贸企业（专项）",
      "industries": [],
      "text": "粉尘爆炸危险场所设置在非框架结构的多层建（构）筑物内，或者粉尘爆炸危险场所内设有员工宿舍、会议室、办公室、休息室等人员聚集场所的；",
      "fidelity": "verbatim",
      "source": "http://www.czlst.com.cn/jddz888-News-494241 （繁体，已转简体）"
    },
    {
      "number": "第十一条（二）",
      "numberConfirmed": true,
      "area": "存在粉尘爆炸危险的工贸企业（专项）",
      "industries": [],
      "text": "不同类别的可燃性粉尘、可燃性粉尘与可燃气体等易加剧爆炸危险的介质共用一套除尘系统，或者不同建（构）筑物、不同防火分区共用一套除尘系统、除尘系统互联互通的；",
      "fidelity": "verbatim",
      "source": "http://www.czlst.com.cn/jddz888-News-494241 （繁体，已转简体）"
    },
    {
      "number": "第十一条（三）",
      "numberConfirmed": true,
      "area": "存在粉尘爆炸危险的工贸企业（专项）",
      "industries": [],
      "text": "干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施的；",
      "fidelity": "verbatim",
      "source": "http://www.czlst.com.cn/jddz888-News-494241 （繁体，已转简体）",
      "keywords": [
        "粉尘",
        "除尘",
        "泄爆"
      ]
    },
    {
      "number": "第十一条（四）",
      "numberConfirmed": true,
      "area": "存在粉尘爆炸危险的工贸企业（专项）",
      "industries": [],
      "text": "铝镁等金属粉尘除尘系统采用正压除尘方式，或者其他可燃性粉尘除尘系统采用正压吹送粉尘时，未采取火花探测消除等防范点燃源措施的；",
      "fidelity": "verbatim",
      "source": "http://www.czlst.com.cn/jddz888-News-494241 （繁体，已转简体）"
    },
    {
      "number": "第十一条（五）",
      "numberConfirmed": true,
      "area": "存在粉尘爆炸危险的工贸企业（专项）",
      "industries": [],
      "text": "除尘系统采用重力沉降室除尘，或者采用干式巷道式构筑物作为除尘风道的。",
      "fidelity": "verbatim",
      "source": "http://www.czlst.com.cn/jddz888-News-494241 （繁体，已转简体）"
    },
    {
      "number": "第十四条",
      "numberConfirmed": true,
      "area": "通用（兜底条款）",
      "industries": [],
      "text": "本标准所列情形中直接关系生产安全的监控、报警、防护等设施、设备、装置，应当保证正常运行、使用，失效或者无效均判定为重大事故隐患。",
      "fidelity": "verbatim",
      "source": "https://www.gov.cn/gongbao/2023/issue_10566/202307/content_6890788.html （国务院公报；条文经开源项目 PerryLink/dsh-hidden-risk-map 逐条核对转引）",
      "keywords": [
        "失效",
        "报警装置",
        "联锁"
      ]
    }
  ]
};
