import type { z } from '@hono/zod-openapi';
import type { Db, Executor, Industry } from '@shuangfang/db';
import { sql } from 'kysely';
import type { ActingMembership } from '../../auth/actor.js';
import { pathUnder, requireJurisdictionInScope } from '../../auth/scope.js';
import { invalid } from '../../lib/errors.js';
import { dayRange } from '../checks/check-windows.js';
import { citation } from './criteria-rules.js';
import * as repo from './criteria.repository.js';
import type { MajorByItemQuery } from './major-hazards.schemas.js';

// "重大隐患 by 判定 item" (docs/domain-criteria.md): the 重大 hazards of a subtree that are linked
// to a 判定 item, counted per item and per industry of their enterprise. Only linked hazards are
// read (partial index `hazard_criterion`), so the cost follows their number, not all hazards'.

type Query = z.infer<typeof MajorByItemQuery>;

/** The subtree's linked 重大 hazards, filtered as asked. */
function linkedMajors(db: Executor, path: string, q: Query) {
  return db
    .selectFrom('hazard as h')
    .innerJoin('criteria_item as ci', 'ci.id', 'h.criteria_item_id')
    .innerJoin('enterprise as e', 'e.id', 'h.enterprise_id')
    .innerJoin('jurisdiction as j', 'j.code', 'e.jurisdiction_code')
    .where('h.criteria_item_id', 'is not', null)
    .where('h.grade', '=', '重大')
    .where(pathUnder('j.path', path))
    .$if(!!q.industry, (qb) => qb.where('e.industry', '=', q.industry!))
    .$if(!!q.standard, (qb) => qb.where('ci.standard_code', '=', q.standard!))
    .$if(!!q.from, (qb) => qb.where('h.created_at', '>=', dayRange(q.from!).start))
    .$if(!!q.to, (qb) => qb.where('h.created_at', '<', dayRange(q.to!).end));
}

const OPEN = sql<string>`count(*) filter (where h.state in ('rectifying', 'awaiting_acceptance'))`;

interface Counts {
  hazards: number;
  open: number;
  enterprises: number;
}
const zero = (): Counts => ({ hazards: 0, open: 0, enterprises: 0 });
/** Within one item: an enterprise has one industry, so the sum counts it once. */
function add(into: Counts, c: Counts) {
  into.hazards += c.hazards;
  into.open += c.open;
  into.enterprises += c.enterprises;
}
const countsOf = (c: { hazards: string; open: string; enterprises: string }): Counts => ({
  hazards: Number(c.hazards),
  open: Number(c.open),
  enterprises: Number(c.enterprises),
});
const byHazards = (a: Counts, b: Counts) => b.hazards - a.hazards;

export async function majorByItem(db: Db, m: ActingMembership, q: Query) {
  const code = q.jurisdiction ?? m.jurisdictionCode;
  if (!code) throw invalid('jurisdiction', '请指定行政区划');
  if (q.from && q.to && q.from > q.to) throw invalid('to', '结束日期不能早于开始日期');
  const place = await requireJurisdictionInScope(db, m, code);
  const counted = () =>
    linkedMajors(db, place.path, q).select((eb) => [
      eb.fn.countAll<string>().as('hazards'),
      OPEN.as('open'),
      eb.fn.count<string>('h.enterprise_id').distinct().as('enterprises'),
    ]);
  // Across items an enterprise may recur: the totals per industry and overall are counted
  // distinct by their own queries, not summed from the cells.
  const [cells, perIndustry, everyone] = await Promise.all([
    counted().select(['ci.id as item_id', 'e.industry']).groupBy(['ci.id', 'e.industry']).execute(),
    counted().select('e.industry').groupBy('e.industry').execute(),
    counted().executeTakeFirstOrThrow(),
  ]);

  const ids = [...new Set(cells.map((c) => c.item_id))];
  const items = ids.length ? await repo.items(db).where('ci.id', 'in', ids).execute() : [];
  const rows = new Map(
    items.map((i) => [
      i.id,
      {
        item: {
          id: i.id,
          citation: citation({
            standardTitle: i.standard_title,
            docNumber: i.doc_number,
            number: i.number,
            numberConfirmed: i.number_confirmed,
            area: i.area,
          }),
          number: i.number,
          area: i.area,
          text: i.text,
          standard: { code: i.standard_code, title: i.standard_title },
        },
        ...zero(),
        industries: [] as (Counts & { industry: Industry })[],
      },
    ]),
  );
  for (const c of cells) {
    const row = rows.get(c.item_id)!;
    row.industries.push({ industry: c.industry, ...countsOf(c) });
    add(row, countsOf(c));
  }
  for (const row of rows.values()) row.industries.sort(byHazards);
  return {
    jurisdiction: { code: place.code, name: place.name },
    from: q.from ?? null,
    to: q.to ?? null,
    total: { ...countsOf(everyone), items: rows.size },
    industries: perIndustry.map((c) => ({ industry: c.industry, ...countsOf(c) })).sort(byHazards),
    items: [...rows.values()].sort(
      (a, b) => byHazards(a, b) || a.item.citation.localeCompare(b.item.citation),
    ),
  };
}
