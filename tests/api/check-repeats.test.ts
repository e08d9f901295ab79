import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksApi, dayStart, setCycle } from '../support/checks.js';
import { expectStatus, hazardApi, hazardBody } from '../support/hazards.js';
import { inRegister, LEC_FOR, makeRiskChain, riskApi, type RiskChain } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';
import { readXlsx } from '../support/xlsx.js';

// A repeated failure of one measure (default: 2 hazards within 90 days) flags its risk event
// for re-assessment; the register and the 三清单 show it; a new assessment clears it.

let t: TestApp;
let w: World;
let checks: ReturnType<typeof checksApi>;
let register: ReturnType<typeof riskApi>;

const DAY = 86_400_000;
const flagOf = async (eventId: string) =>
  inRegister.event(expectStatus(await register.register(), 200), eventId).reassessFlaggedAt;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  checks = checksApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
  register = riskApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
});
afterAll(() => t.drop());

async function dailyChain(): Promise<RiskChain> {
  const chain = await makeRiskChain(t.db, w.enterprises.home1.id);
  await setCycle(t.db, w.enterprises.home1.id, chain.measureId, 'day', 1, 10);
  return chain;
}
const fail = (measureId: string, daysAgo: number) =>
  checks.record({ measureId, windowStart: dayStart(-daysAgo), result: 'not_ok', note: '失效' });

describe('repeat failures', () => {
  it('flag the event at the second failure; the register and the 三清单 show it; an assessment clears it', async () => {
    const chain = await dailyChain();
    expectStatus(await fail(chain.measureId, 2), 201);
    expect(await flagOf(chain.eventId)).toBeNull();

    expectStatus(await fail(chain.measureId, 1), 201);
    const flagged = await flagOf(chain.eventId);
    expect(flagged).toEqual(expect.any(String));

    const list = await t.api.get(
      `/v1/enterprises/${w.enterprises.home1.id}/lists/risk`,
      w.users.home1Safety.cookie,
    );
    expect(list.status).toBe(200);
    expect((await readXlsx(list.body)).flat().join('|')).toContain('需重新评估');

    expectStatus(await register.assess(chain.eventId, LEC_FOR.yellow), 201);
    expect(await flagOf(chain.eventId)).toBeNull();
    // Counting starts again after the assessment: one more failure is not yet a repeat.
    expectStatus(await fail(chain.measureId, 0), 201);
    expect(await flagOf(chain.eventId)).toBeNull();
  });

  it('count every hazard linked to the measure, not only failed checks', async () => {
    const chain = await dailyChain();
    const hazards = hazardApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
    await hazards.registered(hazardBody({ controlMeasureId: chain.measureId }));
    expect(await flagOf(chain.eventId)).toBeNull();
    expectStatus(await fail(chain.measureId, 1), 201);
    expect(await flagOf(chain.eventId)).toEqual(expect.any(String));
  });

  it('leave out hazards older than the window (90 days)', async () => {
    const chain = await dailyChain();
    const hazards = hazardApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
    const old = await hazards.registered(hazardBody({ controlMeasureId: chain.measureId }));
    await t.db
      .updateTable('hazard')
      .set({ created_at: new Date(Date.now() - 91 * DAY) })
      .where('enterprise_id', '=', w.enterprises.home1.id)
      .where('id', '=', old)
      .execute();
    expectStatus(await fail(chain.measureId, 1), 201);
    expect(await flagOf(chain.eventId)).toBeNull();
  });

  it("follow the jurisdiction's setting", async () => {
    expectStatus(
      await t.api.put(
        '/v1/jurisdictions/360735/settings',
        { repeatHazard: { count: 3, days: 30 } },
        w.users.homeAdmin.cookie,
      ),
      200,
    );
    const chain = await dailyChain();
    expectStatus(await fail(chain.measureId, 3), 201);
    expectStatus(await fail(chain.measureId, 2), 201);
    expect(await flagOf(chain.eventId)).toBeNull();
    expectStatus(await fail(chain.measureId, 1), 201);
    expect(await flagOf(chain.eventId)).toEqual(expect.any(String));
  });
});
