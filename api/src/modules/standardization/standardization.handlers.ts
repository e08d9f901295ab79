import type { Handler } from '../../lib/create-router.js';
import { membershipOf, whoOf } from '../../middlewares/access.js';
import * as applications from './applications.service.js';
import * as certificates from './certificates.service.js';
import * as reads from './standardization.reads.js';
import type * as routes from './standardization.routes.js';
import { readerOf } from '../../lib/read-routing.js';

export const view: Handler<typeof routes.view> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  return c.json(
    await reads.enterpriseView(c.var.db, membershipOf(c), enterpriseId, new Date()),
    200,
  );
};

export const apply: Handler<typeof routes.apply> = async (c) => {
  const { enterpriseId } = c.req.valid('param');
  const body = c.req.valid('json');
  return c.json(await applications.apply(c.var.db, whoOf(c), enterpriseId, body, new Date()), 201);
};

export const moveApplication: Handler<typeof routes.moveApplication> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const body = c.req.valid('json');
  return c.json(
    await applications.move(c.var.db, whoOf(c), enterpriseId, id, body, new Date()),
    200,
  );
};

export const moveCertificate: Handler<typeof routes.moveCertificate> = async (c) => {
  const { enterpriseId, id } = c.req.valid('param');
  const now = new Date();
  await certificates.move(c.var.db, whoOf(c), enterpriseId, id, c.req.valid('json'), now);
  return c.json(await reads.enterpriseView(c.var.db, membershipOf(c), enterpriseId, now), 200);
};

export const listApplications: Handler<typeof routes.listApplications> = async (c) =>
  c.json(await reads.listApplications(c.var.db, membershipOf(c), c.req.valid('query')), 200);

export const listCertificates: Handler<typeof routes.listCertificates> = async (c) =>
  c.json(
    await reads.listCertificates(c.var.db, membershipOf(c), c.req.valid('query'), new Date()),
    200,
  );

export const publicPublicity: Handler<typeof routes.publicPublicity> = async (c) =>
  c.json(await reads.publicPublicity(await readerOf(c)), 200);

export const publicSearch: Handler<typeof routes.publicSearch> = async (c) =>
  c.json(await reads.publicSearch(await readerOf(c), c.req.valid('query').q, new Date()), 200);
