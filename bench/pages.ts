import { createDb } from '@shuangfang/db';
import { SCALE_PASSWORD } from '@shuangfang/seeds/scale';
import { login } from './http.js';
import { timeGets } from './sequential.js';

// Pages: every page a regulator's menu links to, rendered by the server for the province agency's
// admin and inspector and for the inspector of the largest county, on the 1× set. One slow or
// heavy page among them (a list read whole, a request per row) is what a single figure like P2's
// does not show; the slowest are printed.

export const PAGE_RUNS = 3;

interface Reader {
  label: string;
  phone: string;
}

/** The province agency's admin and inspector, and an inspector of the county with most enterprises. */
async function readers(databaseUrl: string): Promise<Reader[]> {
  const db = await createDb({ url: databaseUrl });
  try {
    const member = (level: 'province' | 'county', role: 'agency_admin' | 'inspector') =>
      db
        .selectFrom('membership as m')
        .innerJoin('agency as a', 'a.id', 'm.agency_id')
        .innerJoin('jurisdiction as j', 'j.code', 'a.jurisdiction_code')
        .innerJoin('app_user as u', 'u.id', 'm.user_id')
        .where('j.level', '=', level)
        .where('m.role', '=', role)
        .select(['u.phone', 'j.name'])
        .orderBy(
          (eb) =>
            eb
              .selectFrom('enterprise as e')
              .whereRef('e.jurisdiction_code', '=', 'j.code')
              .select((e) => e.fn.countAll().as('n')),
          'desc',
        )
        .orderBy('u.phone')
        .limit(1)
        .executeTakeFirstOrThrow();
    const rows = [
      ['province admin', await member('province', 'agency_admin')],
      ['province inspector', await member('province', 'inspector')],
      ['county inspector', await member('county', 'inspector')],
    ] as const;
    return rows.map(([label, r]) => ({ label: `${label} (${r.name})`, phone: r.phone! }));
  } finally {
    await db.destroy();
  }
}

/** The pages the reader's menu and workbench link to (no query strings, no downloads). */
async function menuLinks(origin: string, cookie: string) {
  const res = await fetch(`${origin}/workbench`, { headers: { cookie } });
  const html = await res.text();
  const paths = [...html.matchAll(/href="(\/[a-z][^"?#]*)"/g)].map((m) => m[1]!);
  return [...new Set(paths)].filter((p) => !p.startsWith('/api/') && !p.includes('.')).sort();
}

export interface PageTiming {
  reader: string;
  path: string;
  p50: number;
  bytes: number;
}

/** Each page of each reader: median of PAGE_RUNS sequential renders after one warm-up. */
export async function benchPages(databaseUrl: string, origin: string) {
  const timings: PageTiming[] = [];
  for (const reader of await readers(databaseUrl)) {
    const cookie = await login(origin, reader.phone, SCALE_PASSWORD);
    for (const path of await menuLinks(origin, cookie)) {
      const t = await timeGets(origin, path, { cookie, runs: PAGE_RUNS, warmUp: 1 });
      timings.push({ reader: reader.label, path, p50: t.p50, bytes: t.body.length });
    }
  }
  return timings.sort((a, b) => b.p50 - a.p50);
}
