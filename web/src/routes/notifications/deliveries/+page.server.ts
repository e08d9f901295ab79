import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

// 发送记录: every reminder the organisation's channels sent or will send, with its state, time and
// last error; a delivered or failed one can be sent again (its DTO's actions say so).
export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperation(locals, 'deliveries.list');
  const cursor = url.searchParams.get('cursor') ?? undefined;
  const deliveries = await ok(
    locals.api.GET('/api/v1/notification-deliveries', { params: { query: { cursor } } }),
  ).catch(pageError);
  return { deliveries };
};

export const actions: Actions = {
  resend: async ({ locals, request }) => {
    requireOperation(locals, 'deliveries.resend');
    const id = textFields(await request.formData(), ['id'] as const).id;
    try {
      await ok(
        locals.api.POST('/api/v1/notification-deliveries/{id}/resend', {
          params: { path: { id } },
        }),
      );
      return { resent: id };
    } catch (e) {
      return actionFailure(e);
    }
  },
};
