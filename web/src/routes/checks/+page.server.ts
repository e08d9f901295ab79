import { fail } from '@sveltejs/kit';
import { error } from '@sveltejs/kit';
import type { Body } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { can, requireOperation } from '$lib/server/guard';
import { filesOf, uploadPhotos } from '$lib/server/uploads';
import type { Actions, PageServerLoad } from './$types';

// 隐患排查: the day's check tasks of the caller (a worker: their positions' measures; managers:
// the whole enterprise with its counts), each recorded 正常 or 异常 with a note and photos.
function enterpriseOf(locals: App.Locals) {
  const { enterpriseId } = requireOperation(locals, 'checks.tasks');
  if (!enterpriseId) error(404, locals.t('errors.notFound'));
  return enterpriseId;
}

export const load: PageServerLoad = async ({ locals, url }) => {
  const enterpriseId = enterpriseOf(locals);
  const date = url.searchParams.get('date') ?? undefined;
  const tasks = await ok(
    locals.api.GET('/api/v1/enterprises/{enterpriseId}/check-tasks', {
      params: { path: { enterpriseId }, query: { date } },
    }),
  ).catch(pageError);
  // The offline queue sends to the enterprise as this user (web/src/lib/offline/queue.ts).
  return {
    tasks,
    enterpriseId,
    userId: locals.me!.user.id,
    // 开车前检查 are recorded on the run-state page, for those who may open it.
    runStates: can(locals, 'runStates.overview'),
  };
};

type Attachments = Awaited<ReturnType<typeof uploadPhotos>>;
type Recorded = { result: 'ok' | 'not_ok'; hazardId: string | null };

/**
 * Records one check task's result for the card `key`: 异常 needs a note or a photo (the API's
 * rule, answered here before any photo is uploaded); then the photos go up (under the record's
 * Idempotency-Key, if any) and `post` sends the record. A refusal comes back to that card.
 */
async function recordTask(
  locals: App.Locals,
  form: FormData,
  key: string,
  values: Record<string, string>,
  post: (enterpriseId: string, attachments: Attachments) => Promise<Recorded>,
  idempotencyKey = '',
) {
  const enterpriseId = enterpriseOf(locals);
  if (values.result === 'not_ok' && !values.note && filesOf(form, 'photo').length === 0) {
    const message = locals.t('checks.needNoteOrPhoto');
    return fail(422, { key, message, errors: { note: message }, values });
  }
  try {
    const attachments = await uploadPhotos(locals.api, enterpriseId, form, 'photo', idempotencyKey);
    const record = await post(enterpriseId, attachments);
    return { key, recorded: record.result, hazardId: record.hazardId };
  } catch (e) {
    const failure = actionFailure(e, values);
    return fail(failure.status, { ...failure.data, key });
  }
}

export const actions: Actions = {
  record: async ({ locals, request }) => {
    const form = await request.formData();
    const values = textFields(form, ['measureId', 'windowStart', 'result', 'note'] as const);
    // Set by the page's script: the same key goes to the offline queue should this send fail.
    const idempotencyKey = textFields(form, ['idempotencyKey'] as const).idempotencyKey;
    const key = `${values.measureId}|${values.windowStart}`;
    return recordTask(
      locals,
      form,
      key,
      values,
      (enterpriseId, attachments) =>
        ok(
          locals.api.POST('/api/v1/enterprises/{enterpriseId}/check-records', {
            params: {
              path: { enterpriseId },
              header: idempotencyKey ? { 'idempotency-key': idempotencyKey } : undefined,
            },
            body: {
              measureId: values.measureId,
              windowStart: values.windowStart || undefined,
              result: values.result === 'not_ok' ? 'not_ok' : 'ok',
              note: values.note || undefined,
              attachments,
            },
          }),
        ),
      idempotencyKey,
    );
  },
  custody: async ({ locals, request }) => {
    const form = await request.formData();
    const values = textFields(form, [
      'majorHazardId',
      'role',
      'windowStart',
      'windowEnd',
      'result',
      'note',
    ] as const);
    const key = `${values.majorHazardId}|${values.role}|${values.windowStart}`;
    return recordTask(locals, form, key, values, (enterpriseId, attachments) =>
      ok(
        locals.api.POST('/api/v1/enterprises/{enterpriseId}/custody-checks', {
          params: { path: { enterpriseId } },
          body: {
            majorHazardId: values.majorHazardId,
            // The role as posted from the task; the API names it when it is not the caller's.
            role: values.role as Body<'checks.recordCustody'>['role'],
            windowStart: values.windowStart || undefined,
            windowEnd: values.windowEnd || undefined,
            result: values.result === 'not_ok' ? 'not_ok' : 'ok',
            note: values.note || undefined,
            attachments,
          },
        }),
      ),
    );
  },
};
