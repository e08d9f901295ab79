import { fail } from '@sveltejs/kit';
import type { Body } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

type Preferences = Body<'notificationPreferences.save'>;

// 提醒设置: which reminders reach this person, by which channels, when not (quiet hours), and
// whether as one daily digest. Channels that cannot reach them now say why (from the API).
export const load: PageServerLoad = async ({ locals }) => {
  requireOperation(locals, 'notificationPreferences.get');
  const preferences = await ok(locals.api.GET('/api/v1/me/notification-preferences')).catch(
    pageError,
  );
  return { preferences };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    requireOperation(locals, 'notificationPreferences.save');
    const form = await request.formData();
    const values = textFields(form, ['email', 'quietStart', 'quietEnd', 'digestHour'] as const);
    if (!values.quietStart !== !values.quietEnd) {
      const message = locals.t('reminders.quietBoth');
      return fail(422, { message, errors: { quietHours: message }, values });
    }
    const body: Preferences = {
      email: values.email || null,
      events: form.getAll('events').map(String) as Preferences['events'],
      channels: form.getAll('channels').map(String) as Preferences['channels'],
      quietHours: values.quietStart ? { start: values.quietStart, end: values.quietEnd } : null,
      digestHour: values.digestHour === '' ? null : Number(values.digestHour),
    };
    try {
      await ok(locals.api.PUT('/api/v1/me/notification-preferences', { body }));
      return { saved: true };
    } catch (e) {
      return actionFailure(e, values);
    }
  },
};
