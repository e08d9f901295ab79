import { refreshDashboardRollups, rollDashboardDay } from '@shuangfang/api';
import { getDashboard } from '../../api/src/modules/dashboard/dashboard.service.js';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chinaDay,
  chinaDayStart,
  expectedFigures,
  generateEnterprises,
  prng,
  rollupRows,
  type Period,
  makeTown,
} from '../support/dashboard.js';
import { makeEntry } from '../support/blacklist.js';
import { expectStatus } from '../support/hazards.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// GET /v1/dashboard: every figure equals a count made in the test over the tables, for the city
// and for a county (whose town's rows roll up into the county's child bucket); the neighbour's
// and the other province's rows never appear; the trigger-kept roll-ups equal a recompute after
// hazards and enterprises move; and who may ask for which jurisdiction.

const DAY = 86_400_000;
let t: TestApp;
let w: World;
const period: Period = {
  from: chinaDay(new Date(Date.now() - 40 * DAY)),
  to: chinaDay(new Date(Date.now() + 10 * DAY)),
};
const query = (code: string) =>
  `/v1/dashboard?jurisdiction=${code}&from=${period.from}&to=${period.to}`;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  await makeTown(t.db);
  const r = prng(20261123);
  const cast = (agencyId: string) => ({ agencyId, userId: w.users.cityAdmin.userId });
  await generateEnterprises(t.db, r, '360735', 6, cast(w.agencies.home));
  await generateEnterprises(t.db, r, '360735101', 4, cast(w.agencies.home));
  await generateEnterprises(t.db, r, '360730', 6, cast(w.agencies.neighbour));
  await generateEnterprises(t.db, r, '360700', 2, cast(w.agencies.city));
  await generateEnterprises(t.db, r, '441800', 4, cast(w.agencies.far));
}, 120_000);
afterAll(() => t.drop());

describe('figures', () => {
  it('of the city equal a direct count, and each county is its own subtree', async () => {
    const body = expectStatus(await t.api.get(query('360700'), w.users.cityAdmin.cookie), 200);
    expect(body.jurisdiction).toEqual({ code: '360700', name: '赣州市', level: 'city' });
    expect(body.period).toEqual(period);
    expect(body.figures).toEqual(await expectedFigures(t.db, '/360000/360700/', period));
    expect(body.children.map((c: { code: string }) => c.code)).toEqual(['360730', '360735']);
    for (const child of body.children) {
      expect(child.figures, child.code).toEqual(
        await expectedFigures(t.db, `/360000/360700/${child.code}/`, period),
      );
    }
    // Every kind of figure was exercised by the generated data.
    expect(body.figures.hazards.overdue).toBeGreaterThan(0);
    expect(body.figures.hazards.closedInPeriod).toBeGreaterThan(0);
    expect(body.figures.supervisedMajorHazards).toBeGreaterThan(0);
    expect(body.figures.reports.late).toBeGreaterThan(0);
    expect(body.figures.reports.unacknowledged).toBeGreaterThan(0);
    expect(body.figures.standardization.expiringWithin90Days).toBeGreaterThan(0);
    expect(body.figures.blacklisted).toBeGreaterThan(0);
  });

  it('of a county equal a direct count and leave out the neighbour and the other province', async () => {
    const body = expectStatus(await t.api.get(query('360735'), w.users.homeInspector.cookie), 200);
    const home = await expectedFigures(t.db, '/360000/360700/360735/', period);
    expect(body.figures).toEqual(home);
    expect(body.children).toHaveLength(1);
    expect(body.children[0].figures).toEqual(
      await expectedFigures(t.db, '/360000/360700/360735/360735101/', period),
    );
    expect(body.breadcrumb.map((b: { code: string }) => b.code)).toEqual(['360735']);
    // The neighbour has hazards of its own; none of them, nor its name, is in the county's answer.
    const neighbour = await expectedFigures(t.db, '/360000/360700/360730/', period);
    expect(neighbour.hazards.open).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toContain('360730');
  });

  it("defaults to the caller's jurisdiction and the current quarter", async () => {
    const body = expectStatus(await t.api.get('/v1/dashboard', w.users.homeAdmin.cookie), 200);
    expect(body.jurisdiction.code).toBe('360735');
    const month = Number(chinaDay(new Date()).slice(5, 7));
    const firstMonth = String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0');
    expect(body.period.from).toBe(`${chinaDay(new Date()).slice(0, 4)}-${firstMonth}-01`);
    expect(body.figures).toEqual(
      await expectedFigures(t.db, '/360000/360700/360735/', body.period),
    );
  });

  it('of the province holds the city, and the city admin sees its breadcrumb from the city', async () => {
    const province = expectStatus(
      await t.api.get(query('360000'), w.users.provinceAdmin.cookie),
      200,
    );
    expect(province.figures).toEqual(await expectedFigures(t.db, '/360000/', period));
    const county = expectStatus(await t.api.get(query('360735'), w.users.cityAdmin.cookie), 200);
    expect(county.breadcrumb.map((b: { code: string }) => b.code)).toEqual(['360700', '360735']);
  });
});

describe('tiles', () => {
  // The generator marks enterprises blacklisted directly; the product lists them by an entry
  // (blacklist.repository.ts keeps credit_status from the listed entries): give each one.
  beforeAll(async () => {
    const blacklisted = await t.db
      .selectFrom('enterprise')
      .select('id')
      .where('credit_status', '=', 'blacklisted')
      .execute();
    for (const e of blacklisted) {
      await makeEntry(t.db, {
        enterpriseId: e.id,
        agencyId: w.agencies.city,
        userId: w.users.cityAdmin.userId,
        state: 'listed',
      });
    }
  });

  /** Every row of a list, page after page. */
  async function countAll(path: string, cookie: string) {
    let n = 0;
    let cursor: string | null = null;
    do {
      const page: string = `${path}&limit=200${cursor ? `&cursor=${cursor}` : ''}`;
      const body = expectStatus(await t.api.get(page, cookie), 200);
      n += body.items.length;
      cursor = body.nextCursor;
    } while (cursor);
    return n;
  }

  it('open lists holding what each figure of a child jurisdiction counts', async () => {
    const cookie = w.users.cityAdmin.cookie;
    const { figures: f } = expectStatus(await t.api.get(query('360735'), cookie), 200);
    const at = 'jurisdictionCode=360735';
    const closed = `closedFrom=${period.from}&closedTo=${period.to}`;
    const due = `dueFrom=${period.from}&dueTo=${period.to}`;
    expect(await countAll(`/v1/hazards?${at}&${closed}`, cookie)).toBe(f.hazards.closedInPeriod);
    expect(await countAll(`/v1/hazards?${at}&overdue=true`, cookie)).toBe(f.hazards.overdue);
    expect(await countAll(`/v1/supervisions?${at}&state=listed`, cookie)).toBe(
      f.supervisedMajorHazards,
    );
    expect(await countAll(`/v1/reports?${at}&${due}&unacknowledged=true`, cookie)).toBe(
      f.reports.unacknowledged,
    );
    expect(
      await countAll(`/v1/standardization/certificates?${at}&expiringWithinDays=90`, cookie),
    ).toBe(f.standardization.expiringWithin90Days);
    expect(await countAll(`/v1/blacklist?${at}&state=listed&active=true`, cookie)).toBe(
      f.blacklisted,
    );
    const overdue = expectStatus(
      await t.api.get('/v1/inspections/overdue-publications?jurisdiction=360735', cookie),
      200,
    );
    expect(overdue.count).toBe(f.inspections.overduePublications);
    expect(f.hazards.closedInPeriod + f.supervisedMajorHazards + f.blacklisted).toBeGreaterThan(0);

    // A regulator's report list holds the submitted ones only: the period's due and late among
    // them, counted here over the table; the figures add the drafts and undrafted ones.
    const {
      rows: [submitted],
    } = await sql<{ due: number; late: number }>`
      select count(*)::int as due, (count(*) filter (where r.submitted_at > r.due_at))::int as late
      from report r join enterprise e on e.id = r.enterprise_id
      join jurisdiction j on j.code = e.jurisdiction_code
      where j.path like '/360000/360700/360735/%' and r.state = 'submitted'
        and r.due_at >= ${chinaDayStart(period.from)}
        and r.due_at < ${new Date(chinaDayStart(period.to).getTime() + DAY)}`.execute(t.db);
    expect(await countAll(`/v1/reports?${at}&${due}`, cookie)).toBe(submitted!.due);
    expect(await countAll(`/v1/reports?${at}&${due}&late=true`, cookie)).toBe(submitted!.late);
    expect(submitted!.due).toBeLessThanOrEqual(f.reports.due);
    expect(submitted!.late).toBeGreaterThan(0);
  });

  it("keep a narrowing inside the caller's subtree (404 outside) and check the period", async () => {
    const lists = [
      '/v1/hazards?',
      '/v1/supervisions?',
      '/v1/reports?',
      '/v1/standardization/certificates?',
      '/v1/blacklist?',
    ];
    for (const list of lists) {
      const outside = await t.api.get(`${list}jurisdictionCode=360730`, w.users.homeAdmin.cookie);
      expect(outside.status, list).toBe(404);
      const far = await t.api.get(`${list}jurisdictionCode=360735`, w.users.farAdmin.cookie);
      expect(far.status, list).toBe(404);
      const neighbour = expectStatus(
        await t.api.get(`${list}jurisdictionCode=360730&limit=200`, w.users.cityAdmin.cookie),
        200,
      );
      for (const item of neighbour.items) {
        const id = item.enterprise?.id ?? item.enterpriseId;
        const { rows } = await sql<{ code: string }>`
          select jurisdiction_code as code from enterprise where id = ${id}`.execute(t.db);
        expect(rows[0]!.code, list).toBe('360730');
      }
    }
    const cookie = w.users.cityAdmin.cookie;
    const bad = [
      ['/v1/hazards?closedFrom=2026-12-10&closedTo=2026-12-01', '「销号截止日期」'],
      ['/v1/reports?dueFrom=2026-12-10&dueTo=2026-12-01', '「应报截止日期」'],
      ['/v1/reports?dueFrom=2026-02-30', '「应报开始日期」'],
      ['/v1/blacklist?jurisdictionCode=36', '「行政区划」'],
    ] as const;
    for (const [path, field] of bad) {
      const reply = await t.api.get(path, cookie);
      expect(reply.status, path).toBe(422);
      expect(reply.body.error.message, path).toContain(field);
    }
  });
});

describe('roll-ups', () => {
  it('kept by the triggers equal a fresh recompute after hazards and enterprises move', async () => {
    const db = t.db;
    const hazards = await db
      .selectFrom('hazard')
      .select(['enterprise_id', 'id', 'state', 'grade'])
      .orderBy('id')
      .execute();
    const now = Date.now();
    for (const [i, h] of hazards.entries()) {
      const where = (q: any) =>
        q.where('enterprise_id', '=', h.enterprise_id).where('id', '=', h.id);
      if (h.state === 'reported' && i % 2 === 0) {
        await where(
          db.updateTable('hazard').set({
            state: 'rectifying',
            grade: '重大',
            manage_type: '限期整改',
            deadline: new Date(now + ((i % 7) - 3) * DAY),
          }),
        ).execute();
      } else if (h.state === 'rectifying' && i % 3 === 0) {
        await where(db.updateTable('hazard').set({ state: 'awaiting_acceptance' })).execute();
      } else if (h.state === 'awaiting_acceptance' && i % 2 === 0) {
        await where(
          db
            .updateTable('hazard')
            .set({ state: 'closed', closed_at: new Date(now - (i % 5) * DAY) }),
        ).execute();
      } else if (h.state === 'rectifying') {
        await where(
          db.updateTable('hazard').set({ deadline: new Date(now - (i % 11) * DAY) }),
        ).execute();
      }
    }
    // An enterprise moves from the town to the neighbouring county, another is deactivated.
    const [moved, off] = await db
      .selectFrom('enterprise')
      .select('id')
      .where('jurisdiction_code', '=', '360735101')
      .orderBy('id')
      .limit(2)
      .execute();
    await db
      .updateTable('enterprise')
      .set({ jurisdiction_code: '360730' })
      .where('id', '=', moved!.id)
      .execute();
    await db
      .updateTable('enterprise')
      .set({ active: false, risk_level: 'red' })
      .where('id', '=', off!.id)
      .execute();

    const kept = await rollupRows(db);
    await refreshDashboardRollups(db);
    expect(await rollupRows(db)).toEqual(kept);
    expect(kept.open.length).toBeGreaterThan(0);

    // And the API still agrees with a direct count.
    const body = expectStatus(await t.api.get(query('360700'), w.users.cityAdmin.cookie), 200);
    expect(body.figures).toEqual(await expectedFigures(db, '/360000/360700/', period));
    for (const child of body.children) {
      expect(child.figures, child.code).toEqual(
        await expectedFigures(db, `/360000/360700/${child.code}/`, period),
      );
    }
  });
  it('count overdue hazards and late drafts exactly at any moment, wherever the rollover day is', async () => {
    const db = t.db;
    const HOUR = 3_600_000;
    // Two moments at noon (China time): one in the period, one after it. An open hazard's
    // deadline and a draft's due time an hour before and after each.
    const inPeriod = chinaDayStart(chinaDay(new Date(Date.now() + 2 * DAY))).getTime() + 12 * HOUR;
    const moments = [inPeriod, inPeriod + 20 * DAY];
    const times = moments.flatMap((m) => [m - HOUR, m + HOUR]);
    const city = ['360700', '360730', '360735', '360735101'];
    const hazards = await db
      .selectFrom('hazard as h')
      .innerJoin('enterprise as e', 'e.id', 'h.enterprise_id')
      .select(['h.enterprise_id', 'h.id'])
      .where('h.state', '=', 'rectifying')
      .where('e.jurisdiction_code', 'in', city)
      .orderBy('h.id')
      .limit(times.length)
      .execute();
    const drafts = await db
      .selectFrom('report as r')
      .innerJoin('enterprise as e', 'e.id', 'r.enterprise_id')
      .select(['r.enterprise_id', 'r.id'])
      .where('r.state', '=', 'draft')
      .where('e.jurisdiction_code', 'in', city)
      .orderBy('r.id')
      .limit(times.length)
      .execute();
    expect([hazards.length, drafts.length]).toEqual([times.length, times.length]);
    for (const [i, at] of times.entries()) {
      const h = hazards[i]!;
      const d = drafts[i]!;
      await db
        .updateTable('hazard')
        .set({ deadline: new Date(at) })
        .where('enterprise_id', '=', h.enterprise_id)
        .where('id', '=', h.id)
        .execute();
      await db
        .updateTable('report')
        .set({ due_at: new Date(at) })
        .where('enterprise_id', '=', d.enterprise_id)
        .where('id', '=', d.id)
        .execute();
    }

    const platform = {
      id: 'platform',
      role: 'platform_admin' as const,
      enterpriseId: null,
      agencyId: null,
      jurisdictionCode: null,
      jurisdictionPath: null,
    };
    for (const moment of moments) {
      const now = new Date(moment);
      // The sweep last ran days before, on the day itself, or (a clock set back) days after.
      for (const rolledAt of [moment - 4 * DAY, moment, moment + 4 * DAY]) {
        await rollDashboardDay(db, new Date(rolledAt));
        const body = await getDashboard(db, platform, { jurisdiction: '360700', ...period }, now);
        const label = `now ${now.toISOString()}, rolled ${new Date(rolledAt).toISOString()}`;
        expect(body.figures, label).toEqual(
          await expectedFigures(db, '/360000/360700/', period, now),
        );
        const county = body.children.find((c) => c.code === '360735')!;
        expect(county.figures, label).toEqual(
          await expectedFigures(db, '/360000/360700/360735/', period, now),
        );
      }
    }
    const kept = await rollupRows(db);
    await refreshDashboardRollups(db);
    expect(await rollupRows(db)).toEqual(kept);
    await rollDashboardDay(db, new Date());
    // Run again on the same day (as every minute), it changes nothing.
    const today = await rollupRows(db);
    await rollDashboardDay(db, new Date());
    expect(await rollupRows(db)).toEqual(today);
  });

  it('follow reports through submission and receipt, and an enterprise moving jurisdiction', async () => {
    const db = t.db;
    const [draft] = await db
      .selectFrom('report')
      .select(['enterprise_id', 'id', 'due_at'])
      .where('state', '=', 'draft')
      .orderBy('id')
      .limit(1)
      .execute();
    // Submitted a day after it was due (late), then signed for by the agency and the congress.
    await db
      .updateTable('report')
      .set({
        state: 'submitted',
        submitted_at: new Date(draft!.due_at.getTime() + DAY),
        submitted_by: w.users.cityAdmin.userId,
        content_hash: 'c'.repeat(64),
      })
      .where('enterprise_id', '=', draft!.enterprise_id)
      .where('id', '=', draft!.id)
      .execute();
    for (const recipient of ['agency', 'congress'] as const) {
      await db
        .insertInto('report_acknowledgement')
        .values({
          enterprise_id: draft!.enterprise_id,
          report_id: draft!.id,
          recipient,
          acknowledged_by: w.users.cityAdmin.userId,
          acknowledged_by_name: '签收人',
          agency_id: recipient === 'agency' ? w.agencies.city : null,
          acknowledged_at: new Date(),
        })
        .execute();
    }
    // The enterprise with the most reports moves to the other county, with its reports.
    const { enterprise_id: moving } = await db
      .selectFrom('report as r')
      .innerJoin('enterprise as e', 'e.id', 'r.enterprise_id')
      .where('e.jurisdiction_code', '=', '360735')
      .select(['r.enterprise_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('r.enterprise_id')
      .orderBy('n', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('enterprise')
      .set({ jurisdiction_code: '360730' })
      .where('id', '=', moving)
      .execute();
    // A draft is deleted (drafts may be; submitted reports may not).
    const other = await db
      .selectFrom('report')
      .select(['enterprise_id', 'id'])
      .where('state', '=', 'draft')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    await db
      .deleteFrom('report')
      .where('enterprise_id', '=', other.enterprise_id)
      .where('id', '=', other.id)
      .execute();

    const kept = await rollupRows(db);
    expect(kept.reports.length).toBeGreaterThan(0);
    await refreshDashboardRollups(db);
    expect(await rollupRows(db)).toEqual(kept);
    const body = expectStatus(await t.api.get(query('360700'), w.users.cityAdmin.cookie), 200);
    expect(body.figures).toEqual(await expectedFigures(db, '/360000/360700/', period));
    for (const child of body.children) {
      expect(child.figures, child.code).toEqual(
        await expectedFigures(db, `/360000/360700/${child.code}/`, period),
      );
    }
  });
});

describe('who may ask', () => {
  it('refuses enterprise roles (403) and anonymous callers (401)', async () => {
    for (const user of ['home1Admin', 'home1Safety', 'home1Worker', 'home1Congress'] as const) {
      expect((await t.api.get(query('360735'), w.users[user].cookie)).status, user).toBe(403);
    }
    expect((await t.api.get(query('360735'))).status).toBe(401);
  });

  it('hides jurisdictions outside the subtree (404): the neighbour, the city above, another province', async () => {
    const cases = [
      ['neighbourAdmin', '360735'],
      ['homeAdmin', '360730'],
      ['homeAdmin', '360700'],
      ['homeInspector', '360000'],
      ['farAdmin', '360700'],
      ['cityAdmin', '441800'],
      ['cityAdmin', '999999'],
    ] as const;
    for (const [user, code] of cases) {
      const reply = await t.api.get(query(code), w.users[user].cookie);
      expect(reply.status, `${user} ${code}`).toBe(404);
    }
  });

  it('lets a platform admin see any jurisdiction it names', async () => {
    const body = expectStatus(await t.api.get(query('441800'), w.users.platformAdmin.cookie), 200);
    expect(body.figures).toEqual(await expectedFigures(t.db, '/440000/441800/', period));
    expect((await t.api.get('/v1/dashboard', w.users.platformAdmin.cookie)).status).toBe(422);
  });

  it('refuses a malformed period or code with 422 naming the field by its Chinese label', async () => {
    const cookie = w.users.cityAdmin.cookie;
    const bad = [
      ['/v1/dashboard?from=2026-02-30', '「开始日期」'],
      ['/v1/dashboard?to=20261231', '「结束日期」'],
      ['/v1/dashboard?from=2026-12-01&to=2026-11-01', '「结束日期」'],
      ['/v1/dashboard?from=2010-01-01&to=2026-01-01', '「结束日期」'],
      ['/v1/dashboard?jurisdiction=36', '「行政区划」'],
    ] as const;
    for (const [path, field] of bad) {
      const reply = await t.api.get(path, cookie);
      expect(reply.status, path).toBe(422);
      expect(reply.body.error.message, path).toContain(field);
    }
  });
});
