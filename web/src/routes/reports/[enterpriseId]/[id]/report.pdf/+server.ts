import { pageError } from '$lib/server/errors';
import { relayFile } from '$lib/server/file-response';
import type { RequestHandler } from './$types';

// A submitted report as the API prints it (A4 PDF with both recipients, signer, time, SHA-256);
// the API decides who may read it and refuses a draft.
export const GET: RequestHandler = async ({ locals, params }) => {
  const file = locals.api.GET('/api/v1/enterprises/{enterpriseId}/reports/{id}/report.pdf', {
    params: { path: params },
    parseAs: 'stream',
  });
  return relayFile(await file.then((r) => r.response).catch(pageError));
};
