import type { Jurisdiction } from '$lib/api/types';

export interface TreeRow extends Jurisdiction {
  /** 0 for the topmost jurisdiction the viewer sees. */
  depth: number;
}

/**
 * Orders jurisdictions as a tree (parents before children) with each row's depth below the
 * viewer's top, from the `/360000/360700/…/` path the API gives.
 */
export function toTree(items: readonly Jurisdiction[]): TreeRow[] {
  const depthOf = (j: Jurisdiction) => j.path.split('/').filter(Boolean).length;
  const top = Math.min(...items.map(depthOf));
  return [...items]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((j) => ({ ...j, depth: depthOf(j) - top }));
}

/** A <select> label that shows the tree by indenting with full-width spaces. */
export const indentedName = (row: TreeRow) => '\u3000'.repeat(row.depth) + row.name;
