import type { CustodyRole } from '@shuangfang/db';

// What each 包保责任人 answers for, in the product's words (docs/domain-chemicals.md section 2),
// from 《危险化学品企业重大危险源安全包保责任制办法（试行）》(应急厅〔2021〕12号). The 主要负责人's
// and 技术负责人's duties were checked against the text; the 操作负责人's article could not be,
// and is marked so. Printed on the 公示牌 and shown with each 重大危险源.

export interface CustodyDuties {
  basis: string;
  confirmed: boolean;
  duties: string[];
}

export const CUSTODY_DUTIES: Record<CustodyRole, CustodyDuties> = {
  principal: {
    basis: '包保办法第四条',
    confirmed: true,
    duties: [
      '组织建立本重大危险源的包保责任制，指定技术负责人和操作负责人',
      '组织制定安全生产规章制度和操作规程，并保证其执行',
      '组织管理和操作岗位人员的安全技能培训',
      '保证重大危险源安全生产所必需的安全投入',
      '督促、检查重大危险源的安全生产工作',
      '组织制定并实施生产安全事故应急救援预案',
      '组织填报重大危险源信息，保证监测监控数据接入风险监测预警系统',
    ],
  },
  technical: {
    basis: '包保办法第五条',
    confirmed: true,
    duties: [
      '组织建设安全监测监控体系，完善控制措施',
      '组织定期检测、检验安全设施和监测监控系统，并经常性维护保养',
      '对超过可容许风险值的重大危险源，组织采取降低风险的措施',
      '审查外来施工单位及人员的资质和安全管理，审查涉及重大危险源的变更',
      '每季度至少组织一次针对性安全风险隐患排查；重大活动、重点时段和节假日前必须排查',
    ],
  },
  operational: {
    basis: '包保办法第六条（条文待核实）',
    confirmed: false,
    duties: [
      '督促检查各岗位执行重大危险源安全生产规章制度和操作规程',
      '监督检查涉及重大危险源的特殊作业、检维修作业，督促落实作业安全管控措施',
      '按规定周期组织重大危险源安全风险隐患排查',
      '及时采取措施消除重大危险源事故隐患',
    ],
  },
};
