import { pageError } from '$lib/server/errors';
import { relayFile } from '$lib/server/file-response';
import { riskScope } from '$lib/server/risk-scope';
import type { RequestHandler } from './$types';

// The site plan image, fetched from the API with the viewer's session (an <img> cannot send it).
export const GET: RequestHandler = async ({ locals, url }) => {
  const scope = riskScope(locals, url);
  return relayFile(await locals.api.sitePlan.image(scope.enterpriseId).catch(pageError));
};
