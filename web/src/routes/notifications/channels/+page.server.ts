import { fail } from '@sveltejs/kit';
import type { Body } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

type NewChannel = Body<'notificationChannels.create'>;

// 提醒推送渠道: the organisation's 企业微信 / 钉钉 group robots and integrators' webhooks. The URL
// and the secret are written here and never shown again: the API answers a masked preview and
// whether a secret is set.
export const load: PageServerLoad = async ({ locals }) => {
  requireOperation(locals, 'notificationChannels.list');
  const channels = await ok(locals.api.GET('/api/v1/notification-channels')).catch(pageError);
  return { channels };
};

export const actions: Actions = {
  create: async ({ locals, request }) => {
    requireOperation(locals, 'notificationChannels.create');
    const form = await request.formData();
    const values = textFields(form, ['kind', 'name', 'url', 'secret'] as const);
    const kinds = form.getAll('kinds').map(String) as NonNullable<NewChannel['kinds']>;
    try {
      await ok(
        locals.api.POST('/api/v1/notification-channels', {
          body: {
            kind: values.kind as NewChannel['kind'],
            name: values.name,
            url: values.url,
            secret: values.secret || undefined,
            kinds: kinds.length > 0 ? kinds : undefined,
            enabled: true,
          },
        }),
      );
      return { created: true };
    } catch (e) {
      // The secret never goes back into the page, even after a refusal.
      return actionFailure(e, { ...values, secret: '' });
    }
  },
  archive: async ({ locals, request }) => {
    requireOperation(locals, 'notificationChannels.archive');
    const id = textFields(await request.formData(), ['id'] as const).id;
    try {
      await ok(
        locals.api.POST('/api/v1/notification-channels/{id}/archive', { params: { path: { id } } }),
      );
      return { archived: true };
    } catch (e) {
      return actionFailure(e);
    }
  },
  test: async ({ locals, request }) => {
    requireOperation(locals, 'notificationChannels.test');
    const id = textFields(await request.formData(), ['id'] as const).id;
    try {
      const outcome = await ok(
        locals.api.POST('/api/v1/notification-channels/{id}/test', { params: { path: { id } } }),
      );
      if (!outcome.ok)
        return fail(422, { message: outcome.error ?? locals.t('reminders.testFailed'), id });
      return { tested: id };
    } catch (e) {
      return actionFailure(e);
    }
  },
};
