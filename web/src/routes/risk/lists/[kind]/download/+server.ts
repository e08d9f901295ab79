import { error } from '@sveltejs/kit';
import { pageError } from '$lib/server/errors';
import { relayFile } from '$lib/server/file-response';
import { riskScope } from '$lib/server/risk-scope';
import { isListKind } from '../list-rows';
import type { RequestHandler } from './$types';

// The list's .xlsx as the API builds it (titled with the jurisdiction's list names), streamed on.
export const GET: RequestHandler = async ({ locals, url, params }) => {
  if (!isListKind(params.kind)) error(404, locals.t('errors.notFound'));
  const scope = riskScope(locals, url);
  return relayFile(await locals.api.listXlsx(scope.enterpriseId, params.kind).catch(pageError));
};
