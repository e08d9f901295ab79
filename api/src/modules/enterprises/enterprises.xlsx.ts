import { withCheckCharacter } from '../../lib/credit-code.js';
import { XLSX_TYPE, writeSheet, type Column } from '../../lib/xlsx.js';
import type { EnterpriseDto } from './enterprises.service.js';

export { XLSX_TYPE };

/** The import columns, in template order; `required` ones must be filled on every row. */
export const IMPORT_COLUMNS = [
  { header: '统一社会信用代码', field: 'creditCode', required: true },
  { header: '企业名称', field: 'name', required: true },
  { header: '行业', field: 'industry', required: true },
  { header: '规模', field: 'scale', required: true },
  { header: '地址', field: 'address', required: true },
  { header: '行政区划代码', field: 'jurisdictionCode', required: true },
  { header: '监管机构', field: 'agencyName', required: false },
] as const;

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
  writeSheet('企业名录', EXPORT_COLUMNS, rows);

const EXAMPLE = {
  creditCode: withCheckCharacter('91360735MA35F0XU5'),
  name: '示例矿业有限公司',
  industry: '非煤矿山',
  scale: '小型',
  address: '江西省赣州市石城县示例路1号',
  jurisdictionCode: '360735',
  agencyName: '石城县应急管理局',
};

export const templateWorkbook = () =>
  writeSheet(
    '企业名录导入',
    IMPORT_COLUMNS.map((c) => ({
      header: c.header,
      width: 24,
      value: (row: typeof EXAMPLE) => row[c.field],
    })),
    [EXAMPLE],
  );
