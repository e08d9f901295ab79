import { streamSheet, type Column } from '../../lib/xlsx.js';
import type { LedgerRow } from './ledger.rows.js';

// The standard 隐患排查治理台账 columns. Times print in China Standard Time, as the ledger is read.

const cst = (iso: string | null, withTime = true) => {
  if (!iso) return '';
  const local = new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString();
  return withTime ? `${local.slice(0, 10)} ${local.slice(11, 16)}` : local.slice(0, 10);
};

function ledgerColumns(withReporter: boolean, withEnterprise: boolean) {
  const columns: (Column<LedgerRow & { n: number }> | false)[] = [
    { header: '序号', width: 6, value: (r) => r.n },
    withEnterprise && { header: '企业名称', width: 24, value: (r) => r.enterpriseName },
    { header: '隐患名称/描述', width: 36, value: (r) => r.description },
    { header: '位置', width: 20, value: (r) => r.location },
    { header: '来源', width: 12, value: (r) => r.source },
    { header: '隐患类型', width: 8, value: (r) => r.kind },
    { header: '类别', width: 14, value: (r) => r.category },
    { header: '等级', width: 8, value: (r) => (r.grade ? `${r.grade}隐患` : '待确认') },
    { header: '发现时间', width: 17, value: (r) => cst(r.foundAt) },
    withReporter && { header: '发现人', width: 10, value: (r) => r.reporterName },
    { header: '整改措施', width: 30, value: (r) => r.measures },
    { header: '责任人', width: 10, value: (r) => r.responsiblePerson },
    { header: '资金（元）', width: 12, value: (r) => r.funds },
    { header: '期限', width: 12, value: (r) => cst(r.deadline, false) },
    { header: '状态', width: 9, value: (r) => r.stateName },
    { header: '验收人', width: 10, value: (r) => r.acceptorName },
    { header: '销号时间', width: 17, value: (r) => cst(r.closedAt) },
    { header: '逾期', width: 10, value: (r) => (r.overdue ? `逾期${r.overdueDays}天` : '') },
  ];
  return columns.filter((c): c is Column<LedgerRow & { n: number }> => c !== false);
}

export function ledgerWorkbook(rows: LedgerRow[], withReporter: boolean, withEnterprise: boolean) {
  return streamSheet(
    '隐患排查治理台账',
    ledgerColumns(withReporter, withEnterprise),
    rows.map((r, i) => ({ ...r, n: i + 1 })),
  );
}
