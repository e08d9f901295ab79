import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blacklistApi, makeCase } from '../support/blacklist.js';
import { expectStatus } from '../support/hazards.js';
import { makeStandardizationRows, standardizationApi } from '../support/standardization.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// Listing as 严重失信 is a reason to revoke a 标准化 certificate (docs/domain.md section 4): the
// listing puts the holder's valid certificate to the agency that granted it as a revocation to
// decide, and the public query says the holder is listed until it is decided.

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

/** An enterprise holding a 三级 certificate granted by the city, listed by the county. */
async function listedHolder(name: string) {
  const e = await makeCase(t.db, w, name);
  const { certificates: certificateId } = await makeStandardizationRows(
    t.db,
    e.id,
    w.agencies.city,
    w.users.cityAdmin.userId,
  );
  const county = blacklistApi(t.api, e.id, w.users.homeAdmin.cookie);
  const entry = expectStatus(await county.propose(), 201);
  expectStatus(await county.notify(entry.id), 200);
  expectStatus(await blacklistApi(t.api, e.id, e.admin.cookie).statement(entry.id), 200);
  expectStatus(
    await county.listIt(entry.id, {
      decisionNumber: '（石）应急失信〔2026〕7号',
      statementResponse: '陈述申辩理由不成立',
    }),
    200,
  );
  return { e, certificateId, entryId: entry.id, api: standardizationApi(t.api, e.id) };
}

const publicCertificate = async (name: string) =>
  expectStatus(await t.api.get(`/v1/public/standardization?q=${encodeURIComponent(name)}`), 200)
    .items as Record<string, unknown>[];
const toDo = async (cookie: string) =>
  (expectStatus(await t.api.get('/v1/notifications', cookie), 200).items as { kind: string }[])
    .filter((n) => n.kind === 'certificate_revocation_to_decide')
    .map((n) => (n as unknown as { title: string }).title);

describe('a listing puts the certificate to its agency', () => {
  it('as a revocation to decide, with the reason filled in and the public told', async () => {
    const { e, certificateId, entryId, api } = await listedHolder('石城县失信持证甲公司');
    const city = expectStatus(await api.view(w.users.cityAdmin.cookie), 200);
    expect(city.current).toMatchObject({
      id: certificateId,
      state: 'active',
      revocationReview: { reason: '列入严重失信主体名单', blacklistEntryId: entryId },
      actions: ['revoke', 'keep'],
    });
    // The county below the granting city reads it but may not decide; the enterprise neither.
    const county = expectStatus(await api.view(w.users.homeAdmin.cookie), 200);
    expect(county.current.revocationReview).not.toBeNull();
    expect(county.current.actions).toEqual([]);
    expect(expectStatus(await api.view(e.admin.cookie), 200).current.actions).toEqual([]);

    expect(await publicCertificate('石城县失信持证甲公司')).toEqual([
      expect.objectContaining({ holderListed: true, revocationPending: true }),
    ]);
    expect(await toDo(w.users.cityAdmin.cookie)).toEqual([
      expect.stringContaining('石城县失信持证甲公司'),
    ]);
    expect(await toDo(w.users.homeAdmin.cookie)).toEqual([]);
    const pending = expectStatus(
      await t.api.get(
        '/v1/standardization/certificates?revocationPending=true',
        w.users.cityAdmin.cookie,
      ),
      200,
    );
    expect(pending.items.map((c: { id: string }) => c.id)).toEqual([certificateId]);
  });

  it('is decided by keeping it, with a note, by the granting agency only', async () => {
    const { certificateId, api } = await listedHolder('石城县失信持证乙公司');
    const keep = { action: 'keep', note: '失信行为与标准化运行无关，保留证书' };
    expect((await api.moveCertificate(certificateId, keep, w.users.homeAdmin.cookie)).status).toBe(
      403,
    );
    const noNote = await api.moveCertificate(
      certificateId,
      { action: 'keep' },
      w.users.cityAdmin.cookie,
    );
    expect(noNote.status).toBe(422);
    expect(noNote.body.error.issues[0].path).toBe('note');
    const kept = expectStatus(
      await api.moveCertificate(certificateId, keep, w.users.cityAdmin.cookie),
      200,
    );
    expect(kept.current).toMatchObject({
      state: 'active',
      revocationReview: null,
      actions: ['revoke'],
    });
    const review = await t.db
      .selectFrom('certificate_review')
      .selectAll()
      .where('certificate_id', '=', certificateId)
      .executeTakeFirstOrThrow();
    expect(review).toMatchObject({
      decision: 'kept',
      decided_by: w.users.cityAdmin.userId,
      note: keep.note,
    });
    // Decided: no longer pending in public, the listing itself still shown.
    expect(await publicCertificate('石城县失信持证乙公司')).toEqual([
      expect.objectContaining({ holderListed: true, revocationPending: false }),
    ]);
    expect(await toDo(w.users.cityAdmin.cookie)).not.toContainEqual(
      expect.stringContaining('石城县失信持证乙公司'),
    );
    const again = await api.moveCertificate(certificateId, keep, w.users.cityAdmin.cookie);
    expect(again.status).toBe(409);
  });

  it('is decided by revoking it with the pre-filled reason: gone from the public query', async () => {
    const { certificateId, api } = await listedHolder('石城县失信持证丙公司');
    const revoked = expectStatus(
      await api.moveCertificate(
        certificateId,
        { action: 'revoke', reason: '列入严重失信主体名单' },
        w.users.cityAdmin.cookie,
      ),
      200,
    );
    expect(revoked.current).toBeNull();
    expect(revoked.certificates[0]).toMatchObject({
      state: 'revoked',
      endReason: '列入严重失信主体名单',
      revocationReview: null,
    });
    const review = await t.db
      .selectFrom('certificate_review')
      .select(['decision', 'decided_by'])
      .where('certificate_id', '=', certificateId)
      .executeTakeFirstOrThrow();
    expect(review).toEqual({ decision: 'revoked', decided_by: w.users.cityAdmin.userId });
    expect(await publicCertificate('石城县失信持证丙公司')).toEqual([]);
  });

  it('opens nothing for an enterprise without a certificate', async () => {
    const e = await makeCase(t.db, w, '石城县失信无证公司');
    const county = blacklistApi(t.api, e.id, w.users.homeAdmin.cookie);
    const entry = expectStatus(await county.propose(), 201);
    expectStatus(await county.notify(entry.id), 200);
    expectStatus(await blacklistApi(t.api, e.id, e.admin.cookie).statement(entry.id), 200);
    expectStatus(
      await county.listIt(entry.id, {
        decisionNumber: '（石）应急失信〔2026〕8号',
        statementResponse: '不成立',
      }),
      200,
    );
    const reviews = await t.db
      .selectFrom('certificate_review')
      .select('id')
      .where('enterprise_id', '=', e.id)
      .execute();
    expect(reviews).toEqual([]);
  });
});
