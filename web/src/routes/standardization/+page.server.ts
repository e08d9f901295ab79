import { error, fail } from '@sveltejs/kit';
import { actionFailure, pageError, textFields, withoutEmpty } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import { filesOf, uploadPhotos } from '$lib/server/uploads';
import { AGENCY_ROLES } from '$lib/vocabulary';
import type { Actions, PageServerLoad } from './$types';

// 安全生产标准化: the enterprise applies and follows its applications and certificate; a
// regulator handles the applications its agency grades and watches the certificates of its
// subtree (revoking or downgrading those it or an agency below granted). The API decides who may.
const READERS = ['enterprise_admin', 'safety_manager', 'agency_admin', 'inspector'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
  const membership = requireRole(locals, READERS);
  if (AGENCY_ROLES.includes(membership.role)) {
    const expiring = url.searchParams.get('certificates') !== 'all';
    const [applications, certificates] = await Promise.all([
      locals.api.standardization.applications({ mine: 'true' }),
      locals.api.standardization.certificates(expiring ? { expiringWithinDays: '90' } : {}),
    ]).catch(pageError);
    return {
      side: 'regulator' as const,
      applications: applications.items,
      certificates: certificates.items,
      expiring,
      canAct: membership.role === 'agency_admin',
    };
  }
  if (!membership.enterpriseId) error(404, locals.t('errors.notFound'));
  const view = await locals.api.standardization.view(membership.enterpriseId).catch(pageError);
  return { side: 'enterprise' as const, view, canApply: membership.role === 'enterprise_admin' };
};

const enterpriseIdOf = (form: FormData) => String(form.get('enterpriseId') ?? '');

export const actions: Actions = {
  apply: async ({ locals, request }) => {
    const enterpriseId = requireRole(locals, ['enterprise_admin']).enterpriseId!;
    const form = await request.formData();
    const values = textFields(form, ['level', 'selfScore'] as const);
    if (filesOf(form, 'materials').length === 0) {
      const message = locals.t('standardization.materials');
      return fail(422, { message, errors: { materials: message }, values, issues: [] });
    }
    try {
      const materials = await uploadPhotos(locals.api, enterpriseId, form, 'materials');
      await locals.api.standardization.apply(enterpriseId, {
        level: values.level,
        selfScore: Number(values.selfScore),
        materials,
      });
      return { applied: true };
    } catch (e) {
      return actionFailure(e, values);
    }
  },
  application: async ({ locals, request }) => {
    requireRole(locals, ['agency_admin']);
    const form = await request.formData();
    const values = textFields(form, ['id', 'action', 'reason', 'note', 'number'] as const);
    try {
      await locals.api.standardization.moveApplication(enterpriseIdOf(form), values.id, {
        ...withoutEmpty({
          action: values.action,
          reason: values.reason,
          note: values.note,
          number: values.number,
        }),
      });
      return { moved: values.id };
    } catch (e) {
      return actionFailure(e, values);
    }
  },
  certificate: async ({ locals, request }) => {
    requireRole(locals, ['agency_admin']);
    const form = await request.formData();
    const values = textFields(form, ['id', 'action', 'reason', 'note', 'level', 'number'] as const);
    try {
      const { id, ...body } = values;
      await locals.api.standardization.moveCertificate(enterpriseIdOf(form), id, {
        ...withoutEmpty(body),
      });
      return { moved: values.id };
    } catch (e) {
      return actionFailure(e, values);
    }
  },
};
