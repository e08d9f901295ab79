import { error } from '@sveltejs/kit';
import { pageError } from '$lib/server/errors';
import { relayFile } from '$lib/server/file-response';
import { riskScope } from '$lib/server/risk-scope';
import { isListKind } from '../list-rows';
import type { RequestHandler } from './$types';

// The list's .xlsx as the API builds it (titled with the jurisdiction's list names), streamed on.
export const GET: RequestHandler = async ({ locals, url, params }) => {
  if (!isListKind(params.kind)) error(404, locals.t('errors.notFound'));
  const { enterpriseId } = riskScope(locals, url);
  const file = locals.api.GET('/api/v1/enterprises/{enterpriseId}/lists/{kind}', {
    params: { path: { enterpriseId, kind: params.kind } },
    parseAs: 'stream',
  });
  return relayFile(await file.then((r) => r.response).catch(pageError));
};
