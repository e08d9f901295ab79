import { error, json } from '@sveltejs/kit';
import { requireOperation } from '$lib/server/guard';
import { matches, PICK_KINDS, type PickKind } from '../search';
import type { RequestHandler } from './$types';

// The directory's pickers ask here as a person types (the page works without it too: a submitted
// name is matched by the form action).
export const GET: RequestHandler = async ({ locals, url }) => {
  requireOperation(locals, 'inspections.createInspector');
  const kind = url.searchParams.get('kind') as PickKind;
  if (!PICK_KINDS.includes(kind)) error(404, locals.t('errors.notFound'));
  return json(await matches(locals, kind, url.searchParams.get('q') ?? ''));
};
