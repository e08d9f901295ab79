import { ENTERPRISE_SCALES, INDUSTRIES } from '@shuangfang/db';
import { XLSX_TYPE, streamSheet, writeWorkbook, type Column } from '../../lib/xlsx.js';
import type { EnterpriseDto } from './enterprises.dto.js';
import { IMPORT_COLUMNS } from './enterprises.import.js';

export { XLSX_TYPE };

const RISK_NAMES = { red: '重大风险', orange: '较大风险', yellow: '一般风险', blue: '低风险' };

const EXPORT_COLUMNS: Column<EnterpriseDto>[] = [
  { header: '统一社会信用代码', width: 24, value: (e) => e.creditCode },
  { header: '企业名称', width: 36, value: (e) => e.name },
  { header: '行业', width: 12, value: (e) => e.industry },
  { header: '规模', width: 8, value: (e) => e.scale },
  { header: '地址', width: 40, value: (e) => e.address },
  { header: '行政区划代码', width: 14, value: (e) => e.jurisdictionCode },
  { header: '行政区划', width: 14, value: (e) => e.jurisdictionName },
  { header: '监管机构', width: 24, value: (e) => e.supervisingAgencyName },
  {
    header: '风险等级',
    width: 10,
    value: (e) => (e.riskLevel ? RISK_NAMES[e.riskLevel] : '未评估'),
  },
  { header: '标准化等级', width: 10, value: (e) => e.standardizationLevel ?? '无' },
  {
    header: '信用状态',
    width: 10,
    value: (e) => (e.creditStatus === 'blacklisted' ? '严重失信' : '正常'),
  },
  { header: '状态', width: 8, value: (e) => (e.active ? '在册' : '已停用') },
];

export const exportWorkbook = (rows: EnterpriseDto[]) =>
  streamSheet('企业名录', EXPORT_COLUMNS, rows);

/** How each column is filled in, with the values this agency may use. */
function instructions(agencyNames: string[]) {
  const rule: Record<(typeof IMPORT_COLUMNS)[number]['field'], string> = {
    creditCode: '18位统一社会信用代码（GB 32100，含校验位），不可重复',
    name: '企业全称',
    industry: `以下之一：${INDUSTRIES.join('、')}`,
    scale: `以下之一：${ENTERPRISE_SCALES.join('、')}`,
    address: '生产经营地址',
    jurisdictionCode: '所在行政区划代码（6位，乡镇街道9位），须在本机构辖区内',
    agencyName: `可不填（默认为本机构）；填写时为以下之一：${agencyNames.join('、')}`,
  };
  return IMPORT_COLUMNS.map((c) => ({
    column: c.header,
    required: c.required ? '必填' : '选填',
    rule: rule[c.field],
  }));
}

type Instruction = ReturnType<typeof instructions>[number];

/** An empty first sheet to fill in, and a sheet of instructions (no example row that could be
 *  imported by mistake). */
export const templateWorkbook = (agencyNames: string[]) =>
  writeWorkbook([
    {
      name: '企业名录导入',
      columns: IMPORT_COLUMNS.map((c) => ({ header: c.header, width: 24, value: () => null })),
      rows: [],
    },
    {
      name: '填写说明',
      columns: [
        { header: '列', width: 20, value: (r: Instruction) => r.column },
        { header: '必填', width: 8, value: (r: Instruction) => r.required },
        { header: '填写要求', width: 80, value: (r: Instruction) => r.rule },
      ],
      rows: instructions(agencyNames),
    },
  ]);
