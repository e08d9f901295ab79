import { pageError } from '$lib/server/errors';
import { relayFile } from '$lib/server/file-response';
import { riskScope } from '$lib/server/risk-scope';
import type { RequestHandler } from './$types';

// The site plan image, fetched from the API with the viewer's session (an <img> cannot send it).
export const GET: RequestHandler = async ({ locals, url }) => {
  const { enterpriseId } = riskScope(locals, url);
  const file = locals.api.GET('/api/v1/enterprises/{enterpriseId}/site-plan', {
    params: { path: { enterpriseId } },
    parseAs: 'stream',
  });
  return relayFile(await file.then((r) => r.response).catch(pageError));
};
