import type { Handler } from '../../lib/create-router.js';
import { attachment } from '../../lib/download.js';
import { publicOriginOf } from '../../lib/public-origin.js';
import { whoOf } from '../../middlewares/access.js';
import * as directory from './directory.service.js';
import type * as routes from './inspections.routes.js';
import * as inspections from './inspections.service.js';
import * as plans from './plans.service.js';
import * as open from './public.service.js';
import { readerOf } from '../../lib/read-routing.js';

const idOf = (c: { req: { valid(t: 'param'): { id: string } } }) => c.req.valid('param').id;

export const listInspectors: Handler<typeof routes.listInspectors> = async (c) =>
  c.json(await directory.listInspectors(c.var.db, whoOf(c)), 200);
export const createInspector: Handler<typeof routes.createInspector> = async (c) =>
  c.json(await directory.createInspector(c.var.db, whoOf(c), c.req.valid('json')), 201);
export const updateInspector: Handler<typeof routes.updateInspector> = async (c) =>
  c.json(await directory.updateInspector(c.var.db, whoOf(c), idOf(c), c.req.valid('json')), 200);
export const listConflicts: Handler<typeof routes.listConflicts> = async (c) =>
  c.json(await directory.listConflicts(c.var.db, whoOf(c)), 200);
export const declareConflict: Handler<typeof routes.declareConflict> = async (c) =>
  c.json(await directory.declareConflict(c.var.db, whoOf(c), c.req.valid('json')), 201);
export const listItems: Handler<typeof routes.listItems> = async (c) =>
  c.json(await directory.listItems(c.var.db, whoOf(c)), 200);
export const createItem: Handler<typeof routes.createItem> = async (c) =>
  c.json(await directory.createItem(c.var.db, whoOf(c), c.req.valid('json')), 201);
export const adoptItem: Handler<typeof routes.adoptItem> = async (c) =>
  c.json(await directory.adoptItem(c.var.db, whoOf(c), c.req.valid('json')), 201);

export const listPlans: Handler<typeof routes.listPlans> = async (c) =>
  c.json(await plans.listPlans(c.var.db, whoOf(c)), 200);
export const createPlan: Handler<typeof routes.createPlan> = async (c) =>
  c.json(await plans.createPlan(c.var.db, whoOf(c), c.req.valid('json')), 201);
export const getPlan: Handler<typeof routes.getPlan> = async (c) =>
  c.json(await plans.getPlan(c.var.db, whoOf(c), idOf(c)), 200);
export const draw: Handler<typeof routes.draw> = async (c) =>
  c.json(await plans.draw(c.var.db, whoOf(c), idOf(c), c.req.valid('json')), 201);
export const verifyDraw: Handler<typeof routes.verifyDraw> = async (c) =>
  c.json(await plans.verify(c.var.db, whoOf(c), idOf(c)), 200);

export const listInspections: Handler<typeof routes.listInspections> = async (c) =>
  c.json(await inspections.list(c.var.db, whoOf(c), c.req.valid('query')), 200);
export const overduePublications: Handler<typeof routes.overduePublications> = async (c) =>
  c.json(await inspections.overduePublications(c.var.db, whoOf(c), c.req.valid('query')), 200);
export const getInspection: Handler<typeof routes.getInspection> = async (c) =>
  c.json(await inspections.getOne(c.var.db, whoOf(c), idOf(c)), 200);
export const recordInspection: Handler<typeof routes.recordInspection> = async (c) =>
  c.json(await inspections.record(c.var.db, whoOf(c), idOf(c), c.req.valid('json')), 200);
export const publishInspection: Handler<typeof routes.publishInspection> = async (c) =>
  c.json(await inspections.publish(c.var.db, whoOf(c), idOf(c)), 200);

export const publicResults: Handler<typeof routes.publicResults> = async (c) =>
  c.json(
    await open.agencyResults(await readerOf(c), c.req.valid('param').agencyId, publicOriginOf(c)),
    200,
  );
export const publicDraw: Handler<typeof routes.publicDraw> = async (c) => {
  const id = idOf(c);
  // Offered as a file, so the public page's link downloads what verify-draw reads.
  c.header('content-disposition', attachment(`draw-${id}.json`));
  return c.json(await open.publishedDraw(await readerOf(c), id), 200);
};
export const publicVerify: Handler<typeof routes.publicVerify> = async (c) =>
  c.json(await open.verifyPublished(await readerOf(c), idOf(c)), 200);
