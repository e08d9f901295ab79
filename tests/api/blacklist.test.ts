import { runSweeps, sweepBlacklist } from '@shuangfang/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  blacklistApi,
  creditStatus,
  makeCase,
  proposeBody,
  setEntry,
  type BlacklistApi,
} from '../support/blacklist.js';
import { expectStatus } from '../support/hazards.js';
import { expectRefusedWrite } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// 严重失信主体名单 (docs/domain.md section 4, 应急管理部令第11号): proposed → notified (陈述申辩) →
// listed (credit_status in step) → removed at 3 years by the sweep, or early by 信用修复 after
// 12 months; a removal can be revoked. Only listings in force are public.

let t: TestApp;
let w: World;
const DAY = 86_400_000;
const MONTH = 30 * DAY;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

/** A fresh enterprise with the home county agency's and its own 主要负责人's clients. */
async function fresh(name?: string) {
  const c = await makeCase(t.db, w, name);
  return {
    ...c,
    agency: blacklistApi(t.api, c.id, w.users.homeAdmin.cookie),
    own: blacklistApi(t.api, c.id, c.admin.cookie),
    as: (key: keyof World['users']) => blacklistApi(t.api, c.id, w.users[key].cookie),
  };
}

/** An entry brought to `listed` by the API (the statement period passed without a statement). */
async function listed(agency: BlacklistApi, enterpriseId: string) {
  const { id } = expectStatus(await agency.propose(), 201);
  expectStatus(await agency.notify(id), 200);
  await setEntry(t.db, enterpriseId, id, { statement_due_at: new Date(Date.now() - 1000) });
  return expectStatus(await agency.listIt(id), 200);
}

/** Moves the listing's start into the past, keeping its 3-year length. */
async function listedSince(enterpriseId: string, id: string, listedAt: Date) {
  const until = new Date(listedAt);
  until.setUTCFullYear(until.getUTCFullYear() + 3);
  await setEntry(t.db, enterpriseId, id, { listed_at: listedAt, listed_until: until });
}

const search = async (q: string) =>
  expectStatus(await t.api.get(`/v1/public/blacklist?q=${encodeURIComponent(q)}`), 200).items;

describe('the procedure', () => {
  it('proposes, notifies, takes a 陈述申辩, lists with an answer; every move in the history', async () => {
    const c = await fresh();
    const proposed = expectStatus(await c.agency.propose(), 201);
    expect(proposed).toMatchObject({
      state: 'proposed',
      agency: { id: w.agencies.home, name: '石城县应急管理局' },
      moves: ['notify', 'withdraw'],
    });
    // The enterprise does not see a proposal before it is notified.
    expect(expectStatus(await c.own.list(), 200).items).toEqual([]);
    expectStatus(await c.own.get(proposed.id), 404);

    const before = Date.now();
    const notified = expectStatus(await c.agency.notify(proposed.id), 200);
    expect(notified.state).toBe('notified');
    // 5 working days (the default) from today: at least 7 calendar days minus today's part.
    const due = new Date(notified.statementDueAt).getTime();
    expect(due).toBeGreaterThan(before + 6 * DAY);
    expect(due).toBeLessThan(before + 10 * DAY);
    const seen = expectStatus(await c.own.list(), 200).items;
    expect(seen).toHaveLength(1);
    expect(seen[0].moves).toEqual(['statement']);

    // Listing within the period without a statement is refused, naming the due date.
    const early = expectStatus(await c.agency.listIt(proposed.id), 409);
    expect(early.error.message).toContain('陈述申辩期至');

    expectStatus(await c.own.statement(proposed.id), 200);
    expect(expectStatus(await c.own.statement(proposed.id), 409).error.message).toContain(
      '不能重复提交',
    );
    // With a statement on file the agency may list at once, but must answer it.
    const unanswered = expectStatus(await c.agency.listIt(proposed.id), 422);
    expect(unanswered.error.issues[0].path).toBe('statementResponse');
    expect(await creditStatus(t.db, c.id)).toBe('normal');
    const listedEntry = expectStatus(
      await c.agency.listIt(proposed.id, {
        decisionNumber: '（石）应急失信〔2026〕7号',
        statementResponse: '申辩理由不成立，不予采纳',
      }),
      200,
    );
    expect(listedEntry).toMatchObject({
      state: 'listed',
      decisionNumber: '（石）应急失信〔2026〕7号',
    });
    const start = new Date(listedEntry.listedAt);
    const end = new Date(listedEntry.listedUntil);
    expect(end.getTime() - start.getTime()).toBeGreaterThanOrEqual(365 * 3 * DAY);
    expect(end.getTime() - start.getTime()).toBeLessThanOrEqual(366 * 3 * DAY);
    expect(await creditStatus(t.db, c.id)).toBe('blacklisted');

    expect(listedEntry.events.map((e: any) => [e.action, e.fromState, e.toState])).toEqual([
      ['propose', null, 'proposed'],
      ['notify', 'proposed', 'notified'],
      ['statement', 'notified', 'notified'],
      ['list', 'notified', 'listed'],
    ]);
    expect(listedEntry.events[0].actor.id).toBe(w.users.homeAdmin.userId);
    expect(listedEntry.events[2].actor.id).toBe(c.admin.userId);
    expect(listedEntry.events[3].note).toBe('申辩理由不成立，不予采纳');
  });

  it('lists once the period has passed; a statement after it is a 409 naming the due date', async () => {
    const c = await fresh();
    const { id } = expectStatus(await c.agency.propose(), 201);
    expectStatus(await c.agency.notify(id), 200);
    await setEntry(t.db, c.id, id, { statement_due_at: new Date('2026-01-09T15:59:59.999Z') });
    const late = expectStatus(await c.own.statement(id), 409);
    expect(late.error.message).toContain('2026-01-09 23:59');
    expectStatus(await c.agency.listIt(id), 200);
    expect(await creditStatus(t.db, c.id)).toBe('blacklisted');
  });

  it('withdraws before listing; a withdrawn entry allows nothing more', async () => {
    const c = await fresh();
    const { id } = expectStatus(await c.agency.propose(), 201);
    expectStatus(await c.agency.notify(id), 200);
    const withdrawn = expectStatus(await c.agency.withdraw(id), 200);
    expect(withdrawn).toMatchObject({ state: 'withdrawn', moves: [] });
    expect(withdrawn.events.at(-1)).toMatchObject({ action: 'withdraw', note: '陈述申辩理由成立' });
    const again = expectStatus(await c.agency.notify(id), 409);
    expect(again.error).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      message: '当前状态为「已撤销」，已办结，不允许任何操作',
    });
    expect(await creditStatus(t.db, c.id)).toBe('normal');
    // The enterprise can be proposed again once nothing is live.
    expectStatus(await c.agency.propose(), 201);
  });

  it('refuses illegal moves with 409 naming the state and the allowed moves', async () => {
    const c = await fresh();
    const { id } = expectStatus(await c.agency.propose(), 201);
    const cases: [() => Promise<any>, string][] = [
      [() => c.agency.listIt(id), '当前状态为「拟列入」，只允许：告知、撤销拟列入'],
      [() => c.agency.decideRepair(id, 'approve'), '当前状态为「拟列入」'],
      [() => c.agency.revokeRemoval(id), '当前状态为「拟列入」'],
    ];
    for (const [move, message] of cases) {
      const reply = await expectRefusedWrite(t.db, move, 409);
      expect(reply.body.error.message).toContain(message);
    }
    expectStatus(await c.agency.notify(id), 200);
    expect(expectStatus(await c.agency.notify(id), 409).error.message).toBe(
      '当前状态为「已告知」，只允许：陈述申辩、列入名单、撤销拟列入',
    );
    await setEntry(t.db, c.id, id, { statement_due_at: new Date(Date.now() - 1000) });
    expectStatus(await c.agency.listIt(id), 200);
    for (const move of [() => c.agency.withdraw(id), () => c.own.statement(id)]) {
      expect((await expectRefusedWrite(t.db, move, 409)).body.error.code).toBe(
        'ILLEGAL_TRANSITION',
      );
    }
    // One live procedure per enterprise.
    expect(expectStatus(await c.agency.propose(), 409).error.message).toContain('不能重复提出');
  });

  it('answers 422 naming the field for a bad proposal, and writes nothing', async () => {
    const c = await fresh();
    const reply = await expectRefusedWrite(
      t.db,
      () => c.agency.propose(proposeBody({ reason: '  ' })),
      422,
    );
    expect(reply.body.error.issues[0].path).toBe('reason');
  });
});

describe('removal', () => {
  it('allows 信用修复 only after 12 months listed: 422 naming the date at 11, accepted at 12', async () => {
    const c = await fresh();
    const entry = await listed(c.agency, c.id);
    const now = Date.now();
    await listedSince(c.id, entry.id, new Date(now - 11 * MONTH));
    const tooEarly = (await expectRefusedWrite(t.db, () => c.own.applyRepair(entry.id), 422)).body;
    const possible = expectStatus(await c.own.get(entry.id), 200).repairPossibleFrom;
    expect(new Date(possible).getTime()).toBeGreaterThan(now);
    expect(tooEarly.error.issues[0].path).toBe('listedAt');
    const chinaDay = new Date(new Date(possible).getTime() + 8 * 3_600_000)
      .toISOString()
      .slice(0, 10);
    expect(tooEarly.error.message).toContain(`最早可于 ${chinaDay}`);

    // 12 months and a minute ago (one year: 12 calendar months).
    const since = new Date(now - 60_000);
    since.setUTCFullYear(since.getUTCFullYear() - 1);
    await listedSince(c.id, entry.id, since);
    const applied = expectStatus(await c.own.applyRepair(entry.id), 200);
    expect(applied.repairs).toMatchObject([{ state: 'pending', reason: '已完成整改并履行处罚' }]);
    expect(expectStatus(await c.own.applyRepair(entry.id), 409).error.message).toContain('待审核');

    // Refused: still listed; the enterprise may apply again.
    const refused = expectStatus(
      await c.agency.decideRepair(entry.id, 'refuse', '整改不到位'),
      200,
    );
    expect(refused.state).toBe('listed');
    expect(refused.repairs[0]).toMatchObject({ state: 'refused', decisionNote: '整改不到位' });
    expect(expectStatus(await c.agency.decideRepair(entry.id, 'approve'), 409).error.message).toBe(
      '没有待审核的信用修复申请',
    );
    expect(await creditStatus(t.db, c.id)).toBe('blacklisted');

    expectStatus(await c.own.applyRepair(entry.id), 200);
    const removed = expectStatus(await c.agency.decideRepair(entry.id, 'approve', '同意修复'), 200);
    expect(removed).toMatchObject({ state: 'removed', removalKind: 'early' });
    expect(await creditStatus(t.db, c.id)).toBe('normal');
    expect(await search(c.creditCode)).toEqual([]);
  });

  it('revokes a removal obtained by fraud: listed again until the same date', async () => {
    const c = await fresh();
    const entry = await listed(c.agency, c.id);
    const since = new Date(Date.now() - 60_000);
    since.setUTCFullYear(since.getUTCFullYear() - 1);
    await listedSince(c.id, entry.id, since);
    const before = expectStatus(await c.own.get(entry.id), 200);
    expectStatus(await c.own.applyRepair(entry.id), 200);
    expectStatus(await c.agency.decideRepair(entry.id, 'approve'), 200);
    expect(await creditStatus(t.db, c.id)).toBe('normal');

    const restored = expectStatus(await c.agency.revokeRemoval(entry.id), 200);
    expect(restored).toMatchObject({
      state: 'listed',
      listedUntil: before.listedUntil,
      listedAt: before.listedAt,
      removedAt: null,
      removalKind: null,
    });
    expect(restored.events.at(-1)).toMatchObject({
      action: 'revoke_removal',
      fromState: 'removed',
      toState: 'listed',
      note: '信用修复材料系伪造',
    });
    expect(await creditStatus(t.db, c.id)).toBe('blacklisted');
    expect((await search(c.creditCode)).map((r: any) => r.decisionNumber)).toEqual([
      '（石）应急失信〔2026〕1号',
    ]);
  });

  it('removes a listing at its 3 years by the sweep, with the time supplied', async () => {
    const c = await fresh();
    const entry = await listed(c.agency, c.id);
    const since = new Date(Date.now() - 3 * 365 * DAY);
    await listedSince(c.id, entry.id, since);
    const { listedUntil } = expectStatus(await c.own.get(entry.id), 200);
    const end = new Date(listedUntil);

    await sweepBlacklist(t.db, new Date(end.getTime() - 1));
    expect(expectStatus(await c.own.get(entry.id), 200).state).toBe('listed');
    expect(await creditStatus(t.db, c.id)).toBe('blacklisted');

    await runSweeps(t.db, end); // registered among the server's sweeps
    const removed = expectStatus(await c.own.get(entry.id), 200);
    expect(removed).toMatchObject({
      state: 'removed',
      removalKind: 'expired',
      removedAt: end.toISOString(),
    });
    expect(removed.events.at(-1)).toMatchObject({
      action: 'expire',
      fromState: 'listed',
      toState: 'removed',
      actor: null,
    });
    expect(await creditStatus(t.db, c.id)).toBe('normal');
    // Only an early removal can be revoked.
    expect(expectStatus(await c.agency.revokeRemoval(entry.id), 409).error.message).toContain(
      '期满移出的不能撤销',
    );
  });
});

describe('the public query', () => {
  it('shows listed entries only, by name or by credit code, without a session', async () => {
    const states = ['proposed', 'notified', 'withdrawn', 'removed', 'listed'] as const;
    const cases: Record<string, Awaited<ReturnType<typeof fresh>>> = {};
    for (const state of states) {
      const c = await fresh(`公示查询${state}有限公司`);
      cases[state] = c;
      const { id } = expectStatus(await c.agency.propose(), 201);
      if (state === 'proposed') continue;
      expectStatus(await c.agency.notify(id), 200);
      if (state === 'notified') continue;
      if (state === 'withdrawn') {
        expectStatus(await c.agency.withdraw(id), 200);
        continue;
      }
      await setEntry(t.db, c.id, id, { statement_due_at: new Date(Date.now() - 1000) });
      expectStatus(await c.agency.listIt(id), 200);
      if (state === 'removed') {
        await listedSince(c.id, id, new Date(Date.now() - 4 * 365 * DAY));
        await sweepBlacklist(t.db, new Date());
      }
    }
    const byName = await search('公示查询');
    expect(byName).toHaveLength(1);
    expect(byName[0]).toMatchObject({
      enterpriseName: '公示查询listed有限公司',
      creditCode: cases.listed!.creditCode,
      agencyName: '石城县应急管理局',
      reason: '发生较大生产安全事故，对事故负有责任',
      legalBasis: '《安全生产严重失信主体名单管理办法》第六条',
      penaltyDecisionNumber: '（石）应急罚〔2026〕12号',
      decisionNumber: '（石）应急失信〔2026〕1号',
    });
    expect(Object.keys(byName[0]).sort()).toEqual(
      [
        'agencyName',
        'creditCode',
        'decisionNumber',
        'enterpriseName',
        'legalBasis',
        'listedAt',
        'listedUntil',
        'penaltyDecisionNumber',
        'reason',
      ].sort(),
    );
    expect(await search(cases.listed!.creditCode.toLowerCase())).toHaveLength(1);
    for (const state of ['proposed', 'notified', 'withdrawn', 'removed'])
      expect(await search(cases[state]!.creditCode)).toEqual([]);
  });

  it('does not show a listing past its 3 years even before the sweep has run', async () => {
    const c = await fresh('期满未清理有限公司');
    const entry = await listed(c.agency, c.id);
    expect(await search('期满未清理')).toHaveLength(1);
    await listedSince(c.id, entry.id, new Date(Date.now() - 3 * 366 * DAY));
    expect(await search('期满未清理')).toEqual([]);
  });

  it('refuses a query too short to be a search (422 naming q)', async () => {
    const reply = await t.api.get('/v1/public/blacklist?q=a');
    expect(reply.status).toBe(422);
    expect(reply.body.error.issues[0].path).toBe('q');
  });
});

describe('authorization', () => {
  it('lets only the proposing agency or one above it move an entry; others in scope read', async () => {
    const c = await fresh();
    const city = c.as('cityAdmin');
    const { id } = expectStatus(await city.propose(), 201);
    // The county agency below the city did not propose: it reads, but may not move (403).
    expect(expectStatus(await c.agency.get(id), 200).moves).toEqual([]);
    const refused = await expectRefusedWrite(t.db, () => c.agency.notify(id), 403);
    expect(refused.body.error.message).toContain('赣州市应急管理局');
    // The province above the city may.
    expectStatus(await c.as('provinceAdmin').notify(id), 200);
    expect(expectStatus(await city.get(id), 200).moves).toEqual(['list', 'withdraw']);
  });

  it('hides entries from another enterprise and from the neighbouring county (404)', async () => {
    const c = await fresh();
    const { id } = expectStatus(await c.agency.propose(), 201);
    expectStatus(await c.agency.notify(id), 200);
    const other = c.as('neighbour1Admin');
    const neighbour = c.as('neighbourAdmin');
    expectStatus(await other.get(id), 404);
    expectStatus(await other.list(), 404);
    await expectRefusedWrite(t.db, () => other.statement(id), 404);
    expectStatus(await neighbour.get(id), 404);
    await expectRefusedWrite(t.db, () => neighbour.notify(id), 404);
    await expectRefusedWrite(t.db, () => neighbour.withdraw(id), 404);
    await expectRefusedWrite(t.db, () => neighbour.propose(), 404);
    const page = expectStatus(await t.api.get('/v1/blacklist', w.users.neighbourAdmin.cookie), 200);
    expect(page.items.map((e: any) => e.id)).not.toContain(id);
    const home = expectStatus(await t.api.get('/v1/blacklist', w.users.homeInspector.cookie), 200);
    expect(home.items.map((e: any) => e.id)).toContain(id);
  });

  it('refuses roles: inspectors read only, enterprise staff cannot move, workers see nothing', async () => {
    const c = await fresh();
    const { id } = expectStatus(await c.agency.propose(), 201);
    const inspector = c.as('homeInspector');
    expectStatus(await inspector.get(id), 200);
    await expectRefusedWrite(t.db, () => inspector.notify(id), 403);
    await expectRefusedWrite(t.db, () => inspector.propose(), 403);
    expectStatus(await c.agency.notify(id), 200);
    await expectRefusedWrite(t.db, () => c.own.withdraw(id), 403);
    await expectRefusedWrite(t.db, () => c.agency.statement(id), 403);
    expectStatus(await t.api.get('/v1/blacklist', c.admin.cookie), 403);
    // home1's worker, safety manager: not this enterprise's (404 / 403 by role).
    const worker = c.as('home1Worker');
    expectStatus(await worker.get(id), 403);
    expectStatus(await c.as('home1Safety').get(id), 404);
    expectStatus(await t.api.get(`/v1/enterprises/${c.id}/blacklist/${id}`), 401);
  });
});
