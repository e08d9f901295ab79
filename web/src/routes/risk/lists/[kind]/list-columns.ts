import type { Translate } from '$lib/i18n';
import type { Messages } from '$lib/i18n/zh-CN';
import type { ListKind } from '$lib/api/types';
import type { GroupLevel, ListRow } from './list-rows';

// The columns of each list, in the order of the .xlsx (api/src/modules/lists/lists.xlsx.ts), so
// the page, the print-out and the download read the same.

export interface ListColumn {
  header: keyof Messages['lists']['columns'];
  /** Set on the chain's columns: their cells merge over the rows of one object / unit / event. */
  group?: GroupLevel;
  /** Rendered as a coloured grade badge instead of text. */
  grade?: true;
  /** Long free text: allowed to wrap and given room. */
  wide?: true;
  text: (row: ListRow, t: Translate) => string;
}

const cycle = (row: ListRow, t: Translate) => {
  const m = row.measure;
  if (!m?.checkCycleUnit) return '';
  const unit = t(`cycleUnits.${m.checkCycleUnit}`);
  return m.checkCycleCount === 1 || m.checkCycleCount === null
    ? t('lists.cycleOne', { unit })
    : t('lists.cycle', { count: m.checkCycleCount, unit });
};

const grade = (row: ListRow) => row.event.grade ?? '';

/** Object → unit → event, the head of 管控措施清单 and 应急处置清单. */
const CHAIN: ListColumn[] = [
  { header: 'object', group: 'object', text: (r) => r.object.name },
  { header: 'unit', group: 'unit', text: (r) => r.unit.name },
  { header: 'hazardFactor', group: 'event', wide: true, text: (r) => r.event.hazardFactor },
  { header: 'grade', group: 'event', grade: true, text: grade },
];

export const COLUMNS: Record<ListKind, ListColumn[]> = {
  risk: [
    { header: 'object', group: 'object', text: (r) => r.object.name },
    { header: 'majorHazardCode', group: 'object', text: (r) => r.object.majorHazardCode ?? '' },
    { header: 'department', group: 'object', text: (r) => r.object.department },
    { header: 'unit', group: 'unit', text: (r) => r.unit.name },
    { header: 'hazardFactor', wide: true, text: (r) => r.event.hazardFactor },
    { header: 'accidentType', text: (r, t) => t(`accidentTypes.${r.event.accidentType}`) },
    { header: 'consequence', wide: true, text: (r) => r.event.consequence },
    { header: 'method', text: (r) => r.event.method ?? '' },
    { header: 'score', text: (r) => (r.event.score === null ? '' : String(r.event.score)) },
    { header: 'grade', grade: true, text: grade },
    { header: 'controlLevel', text: (r) => r.event.controlLevel ?? '' },
    { header: 'responsible', text: (r) => r.unit.responsiblePerson },
  ],
  measures: [
    ...CHAIN,
    { header: 'category', text: (r) => r.measure?.category ?? '' },
    { header: 'measure', wide: true, text: (r) => r.measure?.description ?? '' },
    { header: 'controlLevel', text: (r) => r.measure?.controlLevel ?? '' },
    { header: 'responsible', text: (r) => r.measure?.responsiblePerson ?? '' },
    { header: 'checkContent', wide: true, text: (r) => r.measure?.checkContent ?? '' },
    { header: 'checkCycle', text: cycle },
  ],
  emergency: [
    ...CHAIN,
    { header: 'steps', wide: true, text: (r) => r.emergency?.steps ?? '' },
    { header: 'equipment', wide: true, text: (r) => r.emergency?.equipment ?? '' },
    { header: 'phone', text: (r) => r.emergency?.phone ?? '' },
  ],
};
