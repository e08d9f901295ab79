import { error, fail } from '@sveltejs/kit';
import type { Body, Query } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields, withoutEmpty } from '$lib/server/errors';
import { can, membershipOf, requireOperation } from '$lib/server/guard';
import { listScope } from '$lib/server/list-scope';
import { filesOf, uploadPhotos } from '$lib/server/uploads';
import type { Actions, PageServerLoad } from './$types';

// 安全生产标准化: the enterprise applies and follows its applications and certificate; a
// regulator handles the applications its agency grades and watches the certificates of its
// subtree (revoking or downgrading those it or an agency below granted). The API decides who may:
// each application and certificate carries what this user may do with it.

// The regulator's certificate lists: expiring within 90 days (the default), pending revocation
// (where a blacklisting notice links to, `?certificates=revocation`), or all of them.
const CERTIFICATE_QUERIES = {
  expiring: { expiringWithinDays: 90 },
  revocation: { revocationPending: 'true' },
  all: {},
} as const satisfies Record<string, Query<'standardization.listCertificates'>>;
type CertificateFilter = keyof typeof CERTIFICATE_QUERIES;
const certificateFilter = (param: string | null): CertificateFilter =>
  param === 'all' || param === 'revocation' ? param : 'expiring';

export const load: PageServerLoad = async ({ locals, url }) => {
  const membership = membershipOf(locals);
  if (membership.agencyId) {
    requireOperation(locals, 'standardization.listApplications');
    const filter = certificateFilter(url.searchParams.get('certificates'));
    // A dashboard tile of a child jurisdiction narrows the certificates to it.
    const jurisdictionCode = url.searchParams.get('jurisdictionCode') || undefined;
    const [applications, certificates, scope] = await Promise.all([
      ok(
        locals.api.GET('/api/v1/standardization/applications', {
          params: { query: { mine: 'true' } },
        }),
      ),
      ok(
        locals.api.GET('/api/v1/standardization/certificates', {
          params: { query: { ...CERTIFICATE_QUERIES[filter], jurisdictionCode } },
        }),
      ),
      listScope(locals, url),
    ]).catch(pageError);
    return {
      side: 'regulator' as const,
      applications: applications.items,
      certificates: certificates.items,
      filter,
      scope,
    };
  }
  requireOperation(locals, 'standardization.view');
  const enterpriseId = membership.enterpriseId;
  if (!enterpriseId) error(404, locals.t('errors.notFound'));
  const view = await ok(
    locals.api.GET('/api/v1/enterprises/{enterpriseId}/standardization', {
      params: { path: { enterpriseId } },
    }),
  ).catch(pageError);
  return { side: 'enterprise' as const, view, canApply: can(locals, 'standardization.apply') };
};

const enterpriseIdOf = (form: FormData) => String(form.get('enterpriseId') ?? '');

export const actions: Actions = {
  apply: async ({ locals, request }) => {
    const { enterpriseId } = requireOperation(locals, 'standardization.apply');
    if (!enterpriseId) error(404, locals.t('errors.notFound'));
    const form = await request.formData();
    const values = textFields(form, ['level', 'selfScore'] as const);
    if (filesOf(form, 'materials').length === 0) {
      const message = locals.t('standardization.materials');
      return fail(422, { message, errors: { materials: message }, values, issues: [] });
    }
    try {
      const materials = await uploadPhotos(locals.api, enterpriseId, form, 'materials');
      await ok(
        locals.api.POST('/api/v1/enterprises/{enterpriseId}/standardization/applications', {
          params: { path: { enterpriseId } },
          // The level as chosen; the API names it when it is not one it grades.
          body: {
            level: values.level as Body<'standardization.apply'>['level'],
            selfScore: Number(values.selfScore),
            materials,
          },
        }),
      );
      return { applied: true };
    } catch (e) {
      return actionFailure(e, values);
    }
  },
  application: async ({ locals, request }) => {
    requireOperation(locals, 'standardization.moveApplication');
    const form = await request.formData();
    const values = textFields(form, ['id', 'action', 'reason', 'note', 'number'] as const);
    try {
      const { id, ...move } = values;
      await ok(
        locals.api.POST(
          '/api/v1/enterprises/{enterpriseId}/standardization/applications/{id}/moves',
          {
            params: { path: { enterpriseId: enterpriseIdOf(form), id } },
            // The move as the button named it; the API names any field it refuses.
            body: withoutEmpty(move) as Body<'standardization.moveApplication'>,
          },
        ),
      );
      return { moved: values.id };
    } catch (e) {
      return actionFailure(e, values);
    }
  },
  certificate: async ({ locals, request }) => {
    requireOperation(locals, 'standardization.moveCertificate');
    const form = await request.formData();
    const values = textFields(form, ['id', 'action', 'reason', 'note', 'level', 'number'] as const);
    try {
      const { id, ...move } = values;
      await ok(
        locals.api.POST(
          '/api/v1/enterprises/{enterpriseId}/standardization/certificates/{id}/moves',
          {
            params: { path: { enterpriseId: enterpriseIdOf(form), id } },
            body: withoutEmpty(move) as Body<'standardization.moveCertificate'>,
          },
        ),
      );
      return { moved: values.id };
    } catch (e) {
      return actionFailure(e, values);
    }
  },
};
