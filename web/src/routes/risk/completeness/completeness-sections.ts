import type { Messages } from '$lib/i18n/zh-CN';
import type { Completeness } from '$lib/api/types';

// What is missing from 一图一牌三清单, one section per kind of gap, each pointing at the page
// where it is fixed. Order follows the work: register first, then the map (一图), the lists' content
// (三清单), then the position boards (一牌).

type Key = keyof Messages['completeness'];

export interface GapItem {
  id: string;
  name: string;
  /** Where an event sits: object / unit. */
  place?: string;
  /** Why a position has no usable board. */
  reason?: Key;
  href?: string;
}

export interface GapSection {
  kind: keyof Completeness['missing'] | 'empty' | 'noPositions';
  title: Key;
  hint?: Key;
  fix: { href: string; label: Key };
  items: GapItem[];
}

export function gapSections(c: Completeness, query: string): GapSection[] {
  const register = { href: `/risk${query}`, label: 'fixRegister' } as const;
  const map = { href: `/risk/map${query}`, label: 'fixMap' } as const;
  const boards = { href: `/risk/boards${query}`, label: 'fixBoards' } as const;
  const events = (list: Completeness['missing']['eventsNotAssessed']): GapItem[] =>
    list.map((e) => ({ ...e, href: `/risk/events/${e.id}${query}` }));
  const m = c.missing;
  const sections: (GapSection | false)[] = [
    c.empty && { kind: 'empty', title: 'empty', hint: 'emptyHint', fix: register, items: [] },
    m.sitePlan && {
      kind: 'sitePlan',
      title: 'sitePlan',
      hint: 'sitePlanHint',
      fix: map,
      items: [],
    },
    {
      kind: 'objectsNotPlaced',
      title: 'objectsNotPlaced',
      fix: map,
      items: m.objectsNotPlaced.map((o) => ({ ...o })),
    },
    {
      kind: 'eventsNotAssessed',
      title: 'eventsNotAssessed',
      fix: register,
      items: events(m.eventsNotAssessed),
    },
    {
      kind: 'eventsWithoutMeasure',
      title: 'eventsWithoutMeasure',
      fix: register,
      items: events(m.eventsWithoutMeasure),
    },
    {
      kind: 'majorEventsWithoutEmergencyMeasure',
      title: 'majorEventsWithoutEmergencyMeasure',
      fix: register,
      items: events(m.majorEventsWithoutEmergencyMeasure),
    },
    c.noPositions && {
      kind: 'noPositions',
      title: 'noPositions',
      hint: 'noPositionsHint',
      fix: boards,
      items: [],
    },
    {
      kind: 'positionsWithoutBoard',
      title: 'positionsWithoutBoard',
      fix: boards,
      items: m.positionsWithoutBoard.map((p) => ({
        id: p.id,
        name: p.name,
        reason: p.reason === 'no_units' ? 'noUnits' : 'notPublished',
      })),
    },
  ];
  // A list section with nothing in it is no gap; a yes/no gap has no items but still counts.
  return sections.filter(
    (s): s is GapSection =>
      s !== false && (s.items.length > 0 || ['empty', 'sitePlan', 'noPositions'].includes(s.kind)),
  );
}
