import type { HazardRow, ReportKind } from '@shuangfang/db';
import { chinaDate } from './report-calendar.js';

// What a drafted event report says, prefilled from the hazard and its plan. The three sections of
// a 重大事故隐患 report (现状及原因, 危害程度和整改难易程度分析, 治理方案) are plain text the
// 主要负责人 may edit until submission; the facts beside them come from the hazard as it stood
// when the report was drafted. Nobody's identity is copied in: the congress reads these reports.

export const SECTION_KEYS = ['currentSituation', 'harmAnalysis', 'treatmentPlan'] as const;
type SectionKey = (typeof SECTION_KEYS)[number];
type Sections = Record<SectionKey, string>;

export const TITLES: Record<ReportKind, string> = {
  major_initial: '重大事故隐患报告',
  major_progress: '重大事故隐患治理进展报告',
  major_closure: '重大事故隐患治理销号报告',
  quarterly: '隐患排查治理情况季度统计报告',
  annual: '隐患排查治理情况年度统计报告',
};

/** Who the report is from and, from its first draft on, both of its recipients by name. */
export interface Letterhead {
  enterprise: { name: string; creditCode: string };
  agency: { name: string };
  congress: { name: string };
}

/** The workers' congress a report is addressed to: the enterprise's own. */
export const congressName = (enterpriseName: string) => `${enterpriseName}职工代表大会`;

const STATE_TEXT: Record<string, string> = {
  reported: '已登记',
  rejected: '不予确认',
  rectifying: '整改中',
  awaiting_acceptance: '待验收',
  closed: '已销号',
};

function treatmentPlan(h: HazardRow): string {
  const p = h.plan ?? {};
  const lines: [string, unknown][] = [
    ['治理目标', p.goal],
    ['整改措施', p.measures],
    ['整改责任人', p.responsiblePerson],
    ['整改资金', p.funds === undefined ? undefined : `${p.funds} 元`],
    ['整改时限', h.deadline ? chinaDate(h.deadline) : undefined],
    ['停产范围', p.stoppage],
    ['应急预案', p.contingencyPlan],
  ];
  return lines
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}：${String(v)}`)
    .join('\n');
}

/** The 判定 item a 重大隐患 matched (docs/domain-criteria.md), as its report names it. */
export interface ReportCriterion {
  itemId: string;
  version: number;
  standardCode: string;
  number: string | null;
  text: string;
  citation: string;
}

function currentSituation(kind: ReportKind, h: HazardRow, criterion?: ReportCriterion): string {
  const judged = criterion
    ? `\n判定依据：符合${criterion.citation}「${criterion.text}」，判定为重大事故隐患。`
    : '';
  const base = (h.plan?.currentSituation ?? h.description) + judged;
  if (kind === 'major_closure' && h.closed_at) {
    return `${base}\n治理结果：已于 ${chinaDate(h.closed_at)} 验收合格并销号。`;
  }
  if (kind === 'major_progress') {
    const deadline = h.deadline ? `，整改时限 ${chinaDate(h.deadline)}` : '';
    return `${base}\n治理进展：当前状态为「${STATE_TEXT[h.state]}」${deadline}。`;
  }
  return base;
}

export function majorReportContent(
  kind: ReportKind,
  h: HazardRow,
  head: Letterhead,
  criterion?: ReportCriterion,
) {
  const p = h.plan ?? {};
  const sections: Sections = {
    currentSituation: currentSituation(kind, h, criterion),
    harmAnalysis: p.harmAnalysis ?? '',
    treatmentPlan: treatmentPlan(h),
  };
  return {
    title: TITLES[kind],
    ...head,
    hazard: {
      id: h.id,
      description: h.description,
      kind: h.kind,
      category: h.category,
      source: h.source,
      location: h.location,
      grade: h.grade,
      state: h.state,
      deadline: h.deadline ? new Date(h.deadline).toISOString() : null,
      registeredAt: new Date(h.created_at).toISOString(),
      closedAt: h.closed_at ? new Date(h.closed_at).toISOString() : null,
    },
    plan: {
      measures: p.measures ?? null,
      responsiblePerson: p.responsiblePerson ?? null,
      funds: p.funds ?? null,
      contingencyPlan: p.contingencyPlan ?? null,
      goal: p.goal ?? null,
      stoppage: p.stoppage ?? null,
    },
    criterion: criterion ?? null,
    sections,
  };
}
