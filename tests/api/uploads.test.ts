import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photoForm, uploadPhoto } from '../support/checks.js';
import { expectStatus, hazardApi, hazardBody } from '../support/hazards.js';
import { makeJpegHead, makePng } from '../support/images.js';
import { expectRefusedWrite, issuePaths } from '../support/risk.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';

// The photo store: what is accepted (by content), how it is served, who reads it, and hazard
// attachments that must refer to it.

let t: TestApp;
let w: World;
const url = (enterpriseId: string, ref = '') =>
  `/v1/enterprises/${enterpriseId}/uploads${ref ? `/${ref}` : ''}`;
const post = (enterpriseId: string, cookie: string, form: FormData) =>
  t.api.request('POST', url(enterpriseId), { body: form, cookie });

/** A minimal WebP container (RIFF … WEBP VP8L) as a camera might send. */
const webp = () => {
  const body = Buffer.from('WEBPVP8L\x05\x00\x00\x00\x2f\x00\x00\x00\x00', 'latin1');
  const size = Buffer.alloc(4);
  size.writeUInt32LE(body.length);
  return Buffer.concat([Buffer.from('RIFF'), size, body]);
};

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
});
afterAll(() => t.drop());

describe('uploads', () => {
  it('stores a PNG and serves it back with its type, nosniff, a sandbox and a private cache', async () => {
    const png = makePng(3, 2);
    const created = expectStatus(
      await post(w.enterprises.home1.id, w.users.home1Worker.cookie, photoForm(png, '漏油.png')),
      201,
    );
    expect(created).toMatchObject({ name: '漏油.png', contentType: 'image/png', size: png.length });
    const reply = await t.api.get(
      url(w.enterprises.home1.id, created.ref),
      w.users.home1Worker.cookie,
    );
    expect(reply.status).toBe(200);
    expect(Buffer.compare(reply.body, png)).toBe(0);
    expect(reply.headers.get('content-type')).toBe('image/png');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('content-security-policy')).toBe('sandbox');
    expect(reply.headers.get('cache-control')).toMatch(/^private/);
  });

  it('recognises JPEG and WebP by content, whatever the name says', async () => {
    const jpeg = await post(
      w.enterprises.home1.id,
      w.users.home1Safety.cookie,
      photoForm(makeJpegHead(4, 4), 'photo.png'),
    );
    expect(expectStatus(jpeg, 201).contentType).toBe('image/jpeg');
    const wp = await post(
      w.enterprises.home1.id,
      w.users.home1Safety.cookie,
      photoForm(webp(), 'x'),
    );
    expect(expectStatus(wp, 201).contentType).toBe('image/webp');
  });

  it.each([
    ['a text file named .png', Buffer.from('not an image at all, just text'), 'fake.png'],
    ['an empty file', Buffer.alloc(0), 'empty.jpg'],
    [
      'a file over 10 MB',
      Buffer.concat([makePng(2, 2), Buffer.alloc(10 * 1024 * 1024)]),
      'big.png',
    ],
  ])('refuses %s naming the file field, writing nothing', async (_, bytes, name) => {
    const reply = await expectRefusedWrite(
      t.db,
      () => post(w.enterprises.home1.id, w.users.home1Worker.cookie, photoForm(bytes, name)),
      422,
    );
    expect(issuePaths(reply.body)).toContain('file');
  });

  it('is read by the enterprise and the regulators above it, no one else', async () => {
    const { ref } = await uploadPhoto(t.api, w.enterprises.home1.id, w.users.home1Worker.cookie);
    const read = (user: keyof World['users']) =>
      t.api.get(url(w.enterprises.home1.id, ref), w.users[user].cookie);
    for (const user of [
      'home1Admin',
      'home1Congress',
      'homeAdmin',
      'homeInspector',
      'cityAdmin',
    ] as const)
      expect((await read(user)).status, user).toBe(200);
    for (const user of ['home2Admin', 'neighbourAdmin', 'neighbour1Admin', 'farAdmin'] as const)
      expect((await read(user)).status, user).toBe(404);
    expect((await read('platformAdmin')).status).toBe(403);
    // The ref of home1's photo under home2's path is not home2's photo.
    expect(
      (await t.api.get(url(w.enterprises.home2.id, ref), w.users.home2Admin.cookie)).status,
    ).toBe(404);
    expect((await t.api.get(url(w.enterprises.home1.id, ref))).status).toBe(401);
  });

  it('takes uploads only from people who may act on the enterprise', async () => {
    for (const user of ['home2Admin', 'neighbourAdmin'] as const)
      await expectRefusedWrite(
        t.db,
        () => post(w.enterprises.home1.id, w.users[user].cookie, photoForm()),
        404,
      );
    for (const user of ['home1Congress', 'platformAdmin'] as const)
      await expectRefusedWrite(
        t.db,
        () => post(w.enterprises.home1.id, w.users[user].cookie, photoForm()),
        403,
      );
  });
});

describe('hazard attachments', () => {
  it('must be uploads of the enterprise, on registration and on submitting a rectification', async () => {
    const safety = hazardApi(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
    const foreign = await uploadPhoto(t.api, w.enterprises.home2.id, w.users.home2Admin.cookie);
    for (const attachment of [foreign, { name: 'x.jpg', ref: 'upload/invented' }]) {
      const reply = await expectRefusedWrite(
        t.db,
        () => safety.register(hazardBody({ attachments: [attachment] })),
        422,
      );
      expect(issuePaths(reply.body)).toContain('attachments.0.ref');
    }
    const own = await uploadPhoto(t.api, w.enterprises.home1.id, w.users.home1Worker.cookie);
    const id = await safety.registered(hazardBody({ attachments: [own] }));
    await safety.moved(id, { action: 'confirm', grade: '一般', manageType: '即查即改' });
    const refused = await expectRefusedWrite(
      t.db,
      () => safety.move(id, { action: 'submit', note: '已整改', afterPhotos: [foreign] }),
      422,
    );
    expect(issuePaths(refused.body)).toContain('afterPhotos.0.ref');
    const after = await uploadPhoto(t.api, w.enterprises.home1.id, w.users.home1Safety.cookie);
    const submitted = await safety.moved(id, {
      action: 'submit',
      note: '已整改',
      afterPhotos: [after],
    });
    expect(submitted.events.at(-1).attachments).toEqual([after]);
  });
});
