import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { z } from '@hono/zod-openapi';
import { chinaDate, chinaDateTime } from '../../lib/china-time.js';
import type { ReportDetailSchema } from './reports.schemas.js';

// A submitted report as a PDF someone can hand over (docs/domain.md section 3): its content, both
// recipients, the signer, the time (China time) and the SHA-256 of the snapshot. A4, one column.
//
// The text is set in Noto Sans SC (思源黑体, SIL Open Font License 1.1), shipped by the npm package
// @embedpdf/fonts-sc: the app never reads a system font, and pdfkit embeds only the glyphs a
// report uses (tens of KB), so the PDF stays small while the font files stay in node_modules.

type Report = z.infer<typeof ReportDetailSchema>;

const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..');
let font: Buffer | undefined;
/**
 * Read once per process (8 MB) and every PDF subsets from the same bytes. One weight only: each
 * weight costs pdfkit a parse and a subset per document; headings differ by size instead.
 */
const fontFile = () => (font ??= readFileSync(join(FONT_DIR, 'fonts', 'NotoSansHans-Regular.otf')));

const RECIPIENTS = { agency: '监管部门', congress: '职工代表大会' } as const;
const GRADE_TEXT = (g: string | null) => (g ? `${g}隐患` : '未定级');
const KIND_STATS: [string, string][] = [
  ['total', '隐患总数'],
  ['confirmed', '已确认'],
  ['closed', '已销号'],
  ['rectificationRate', '整改率'],
  ['overdue', '逾期未整改'],
  ['funds', '整改资金（元）'],
];
const STATE_TEXT: Record<string, string> = {
  reported: '待确认',
  rejected: '不予确认',
  rectifying: '整改中',
  awaiting_acceptance: '待验收',
  closed: '已销号',
};
const SECTION_TITLES: [string, string][] = [
  ['currentSituation', '一、现状及原因'],
  ['harmAnalysis', '二、危害程度和整改难易程度分析'],
  ['treatmentPlan', '三、治理方案'],
];

const statValue = (key: string, v: unknown) => {
  if (key === 'rectificationRate')
    return v === null ? '无' : `${Math.round(Number(v) * 10000) / 100}%`;
  return String(v ?? 0);
};

/** The report as PDF bytes. */
export function reportPdf(r: Report): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 64, right: 64 },
    info: { Title: r.title, Author: r.enterpriseName, Subject: `SHA-256 ${r.contentHash ?? ''}` },
  });
  doc.registerFont('cn', fontFile());
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string) => {
    doc.moveDown(0.6).font('cn').fontSize(13).fillColor('#1f3a5f').text(text);
    doc.fillColor('black').moveDown(0.2);
  };
  const field = (label: string, value: string | null | undefined) => {
    doc
      .font('cn')
      .fontSize(10.5)
      .fillColor('#555555')
      .text(`${label}：`, { continued: true })
      .fillColor('black')
      .text(value && value !== '' ? value : '—');
  };
  const para = (text: string) => {
    doc
      .font('cn')
      .fontSize(10.5)
      .text(text === '' ? '—' : text, { lineGap: 2 });
  };

  doc.font('cn').fontSize(20).text(r.title, { align: 'center' }).moveDown(0.8);
  const content = r.content as Record<string, unknown>;
  const enterprise = content.enterprise as { creditCode?: string } | undefined;
  field('报告单位', r.enterpriseName);
  if (enterprise?.creditCode) field('统一社会信用代码', enterprise.creditCode);
  for (const x of r.recipients) field(`报送${RECIPIENTS[x.recipient]}`, x.name);
  if (r.period) {
    const period = content.period as { label?: string; from?: string; to?: string } | undefined;
    field('统计期', `${period?.label ?? r.period}（${period?.from ?? ''} 至 ${period?.to ?? ''}）`);
  }

  if (r.hazard) {
    const h = r.hazard;
    heading('隐患基本情况');
    field('隐患描述', h.description);
    field('隐患位置', h.location);
    field('隐患等级', GRADE_TEXT(h.grade));
    field('发现日期', chinaDate(h.foundAt));
    heading('治理方案（五到位）');
    field('整改措施', h.plan.measures);
    field('整改资金', h.plan.funds === null ? null : `${h.plan.funds} 元`);
    field('整改时限', h.plan.deadline ? chinaDate(h.plan.deadline) : null);
    field('整改责任人', h.plan.responsiblePerson);
    field('应急预案', h.plan.contingencyPlan);
    const sections = (content.sections ?? {}) as Record<string, string>;
    for (const [key, title] of SECTION_TITLES) {
      heading(title);
      para(sections[key] ?? '');
    }
  }
  const stats = content.statistics as Record<string, unknown> | undefined;
  if (stats) {
    heading('统计数据');
    for (const [key, label] of KIND_STATS) field(label, statValue(key, stats[key]));
    const byState = (stats.byState ?? {}) as Record<string, number>;
    field(
      '按状态',
      Object.entries(byState)
        .map(([k, n]) => `${STATE_TEXT[k] ?? k} ${n}`)
        .join('，'),
    );
    for (const [key, label] of [
      ['byGrade', '按等级'],
      ['bySource', '按来源'],
      ['byKind', '按类别'],
    ] as const) {
      const counts = (stats[key] ?? {}) as Record<string, number>;
      field(
        label,
        Object.entries(counts)
          .map(([k, n]) => `${k} ${n}`)
          .join('，'),
      );
    }
    if (typeof content.generatedAt === 'string') {
      field('数据生成时间', `${chinaDateTime(content.generatedAt)}（北京时间）`);
    }
  }
  if (typeof content.note === 'string' && content.note !== '') {
    heading('附言');
    para(content.note);
  }

  heading('签发与报送');
  field('签发人（主要负责人）', r.submittedBy?.name);
  field('报送时间', r.submittedAt ? `${chinaDateTime(r.submittedAt)}（北京时间）` : '未报送');
  field('报送时限', `${chinaDateTime(r.dueAt)}（北京时间）${r.late ? '，逾期' : ''}`);
  for (const x of r.recipients) {
    const k = r.acknowledgements.find((a) => a.recipient === x.recipient);
    field(
      `${RECIPIENTS[x.recipient]}签收`,
      k ? `${k.by.name}，${chinaDateTime(k.at)}（北京时间）` : '尚未签收',
    );
  }
  heading('内容指纹（SHA-256）');
  doc
    .font('cn')
    .fontSize(9)
    .text(r.contentHash ?? '—');
  doc
    .moveDown(0.3)
    .fontSize(8.5)
    .fillColor('#555555')
    .text('按报告快照的规范形式重算 SHA-256，与此值一致即说明报送后内容未被改动。');
  doc.end();
  return done;
}
