import { HAZARD_CATEGORIES, HAZARD_KINDS } from '@shuangfang/db/enums';
import { error, fail } from '@sveltejs/kit';
import type { Body } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { requireOperation } from '$lib/server/guard';
import { riskRegister } from '$lib/server/risk-register';
import { filesOf, uploadPhotos } from '$lib/server/uploads';
import type { Actions, PageServerLoad } from './$types';

type Registration = Body<'hazards.register'>;

// 随手拍: a worker's quick hazard report from the phone — photo, description, where, and
// optionally the risk unit; it enters the loop as 已登记 and waits for triage.
function enterpriseOf(locals: App.Locals) {
  const { enterpriseId } = requireOperation(locals, 'hazards.register');
  if (!enterpriseId) error(404, locals.t('errors.notFound'));
  return enterpriseId;
}

export const load: PageServerLoad = async ({ locals }) => {
  const enterpriseId = enterpriseOf(locals);
  const register = await riskRegister(locals.api, enterpriseId).catch(pageError);
  const units = register.objects.flatMap((o) =>
    o.units.map((u) => ({ id: u.id, name: `${o.name} › ${u.name}` })),
  );
  // The offline queue sends to the enterprise as this user (web/src/lib/offline/queue.ts).
  return {
    units,
    kinds: HAZARD_KINDS,
    categories: HAZARD_CATEGORIES,
    enterpriseId,
    userId: locals.me!.user.id,
  };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const enterpriseId = enterpriseOf(locals);
    const form = await request.formData();
    const values = textFields(form, [
      'description',
      'location',
      'riskUnitId',
      'kind',
      'category',
    ] as const);
    // Set by the page's script: the same key goes to the offline queue should this send fail.
    const idempotencyKey = textFields(form, ['idempotencyKey'] as const).idempotencyKey;
    if (filesOf(form, 'photo').length === 0) {
      const message = locals.t('snap.photoRequired');
      return fail(422, { message, errors: { file: message }, values });
    }
    try {
      const attachments = await uploadPhotos(
        locals.api,
        enterpriseId,
        form,
        'photo',
        idempotencyKey,
      );
      // The API fixes a worker's source to 员工随手拍.
      const hazard = await ok(
        locals.api.POST('/api/v1/enterprises/{enterpriseId}/hazards', {
          params: {
            path: { enterpriseId },
            header: idempotencyKey ? { 'idempotency-key': idempotencyKey } : undefined,
          },
          body: {
            kind: values.kind as Registration['kind'],
            category: values.category as Registration['category'],
            description: values.description,
            location: values.location || undefined,
            riskUnitId: values.riskUnitId || undefined,
            attachments,
          },
        }),
      );
      return { sent: hazard.id };
    } catch (e) {
      return actionFailure(e, values);
    }
  },
};
