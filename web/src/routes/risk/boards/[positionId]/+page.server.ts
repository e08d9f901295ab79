import QRCode from 'qrcode';
import { error } from '@sveltejs/kit';
import { ok } from '$lib/server/api';
import { actionFailure, pageError } from '$lib/server/errors';
import { enterpriseName, riskScope } from '$lib/server/risk-scope';
import type { Actions, PageServerLoad } from './$types';

// A position's board (岗位安全风险告知卡) as it is printed and posted, generated live from the
// register, with the QR code of its public page once the link is published.
export const load: PageServerLoad = async ({ locals, url, params }) => {
  const scope = riskScope(locals, url);
  const [enterprise, board] = await Promise.all([
    enterpriseName(locals.api, scope.enterpriseId),
    ok(
      locals.api.GET(`${BOARD}`, {
        params: { path: { enterpriseId: scope.enterpriseId, id: params.positionId } },
      }),
    ),
  ]).catch(pageError);
  // Absolute: the QR code is scanned by a phone that knows nothing of this page.
  const publicUrl = board.link ? `${url.origin}/b/${board.link.token}` : null;
  // An SVG made here prints sharp at any size and needs no script in the browser.
  const qrSvg = publicUrl
    ? await QRCode.toString(publicUrl, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' })
    : null;
  return {
    enterprise,
    board,
    publicUrl,
    qrSvg,
    ...scope,
  };
};

const BOARD = '/api/v1/enterprises/{enterpriseId}/positions/{id}/board' as const;

/** The board's link is published by the enterprise's own managers only. */
function writerPath(locals: App.Locals, url: URL, positionId: string) {
  const scope = riskScope(locals, url);
  if (!scope.canWrite) error(403, locals.t('errors.forbidden'));
  return { enterpriseId: scope.enterpriseId, id: positionId };
}

export const actions: Actions = {
  /** Publishes the link, or reissues it: the old token stops working at once. */
  publish: async ({ locals, params, url }) => {
    const path = writerPath(locals, url, params.positionId);
    try {
      await ok(locals.api.POST(`${BOARD}-link`, { params: { path } }));
    } catch (e) {
      return actionFailure(e);
    }
    return { done: 'issued' as const };
  },
  revoke: async ({ locals, params, url }) => {
    const path = writerPath(locals, url, params.positionId);
    try {
      await ok(locals.api.POST(`${BOARD}-link/revoke`, { params: { path } }));
    } catch (e) {
      return actionFailure(e);
    }
    return { done: 'revoked' as const };
  },
};
