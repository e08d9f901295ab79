import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledOnce } from '../../api/src/lib/compiled-once.js';
import { makeJurisdiction } from '../support/factories.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

// A query compiled once (api/src/lib/compiled-once.ts, used for the session lookup on every
// request) runs with each call's own values in each parameter's place, however many there are and
// wherever they sit, and refuses a builder that alters a parameter (its marker would be lost).

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await makeJurisdiction(t.db, { code: '360000', name: '江西省', level: 'province' });
  await makeJurisdiction(t.db, { code: '440000', name: '广东省', level: 'province' });
  await makeJurisdiction(t.db, {
    code: '441800',
    name: '清远市',
    level: 'city',
    parentCode: '440000',
  });
});
afterAll(() => t.drop());

describe('compiledOnce', () => {
  const byLevelAndParent = compiledOnce(['level', 'parent'], (db, { level, parent }) =>
    db
      .selectFrom('jurisdiction')
      .select(['code', 'name'])
      .where('parent_code', 'is not distinct from', parent)
      .where('level', '=', level as 'province' | 'city')
      .where('code', '<>', '000000')
      .orderBy('code'),
  );

  it('runs with each call’s values in their places, the constants kept', async () => {
    expect(await byLevelAndParent(t.db, { level: 'province', parent: null })).toEqual([
      { code: '360000', name: '江西省' },
      { code: '440000', name: '广东省' },
    ]);
    expect(await byLevelAndParent(t.db, { level: 'city', parent: '440000' })).toEqual([
      { code: '441800', name: '清远市' },
    ]);
    expect(await byLevelAndParent(t.db, { level: 'city', parent: '360000' })).toEqual([]);
  });

  it('runs inside a transaction as on the database', async () => {
    const rows = await t.db
      .transaction()
      .execute((trx) => byLevelAndParent(trx, { level: 'province', parent: null }));
    expect(rows.map((r) => r.code)).toEqual(['360000', '440000']);
  });

  it('refuses a builder that does not pass a parameter through as it is', async () => {
    const altered = compiledOnce(['prefix'], (db, { prefix }) =>
      db.selectFrom('jurisdiction').select('code').where('code', 'like', `${prefix}%`),
    );
    await expect(altered(t.db, { prefix: '36' })).rejects.toThrow(/parameters not used: prefix/);
  });
});
