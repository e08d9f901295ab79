import QRCode from 'qrcode';
import { actionFailure, pageError } from '$lib/server/errors';
import { requireRiskWriter, riskScope } from '$lib/server/risk-scope';
import type { Actions, PageServerLoad } from './$types';

// A position's board (岗位安全风险告知卡) as it is printed and posted, generated live from the
// register, with the QR code of its public page once the link is published.
export const load: PageServerLoad = async ({ locals, url, params }) => {
  const scope = riskScope(locals, url);
  const [enterprise, board] = await Promise.all([
    locals.api.enterprises.get(scope.enterpriseId),
    locals.api.boards.get(scope.enterpriseId, params.positionId),
  ]).catch(pageError);
  // Absolute: the QR code is scanned by a phone that knows nothing of this page.
  const publicUrl = board.link ? `${url.origin}/b/${board.link.token}` : null;
  // An SVG made here prints sharp at any size and needs no script in the browser.
  const qrSvg = publicUrl
    ? await QRCode.toString(publicUrl, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' })
    : null;
  return {
    enterprise: { id: enterprise.id, name: enterprise.name },
    board,
    publicUrl,
    qrSvg,
    ...scope,
  };
};

export const actions: Actions = {
  /** Publishes the link, or reissues it: the old token stops working at once. */
  publish: async ({ locals, params }) => {
    const enterpriseId = requireRiskWriter(locals);
    try {
      await locals.api.boards.issueLink(enterpriseId, params.positionId);
    } catch (e) {
      return actionFailure(e);
    }
    return { done: 'issued' as const };
  },
  revoke: async ({ locals, params }) => {
    const enterpriseId = requireRiskWriter(locals);
    try {
      await locals.api.boards.revokeLink(enterpriseId, params.positionId);
    } catch (e) {
      return actionFailure(e);
    }
    return { done: 'revoked' as const };
  },
};
