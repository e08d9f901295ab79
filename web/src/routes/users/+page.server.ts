import { fail } from '@sveltejs/kit';
import { pageLinks } from '$lib/paging';
import { ok } from '$lib/server/api';
import { actionFailure, pageError } from '$lib/server/errors';
import { membershipOf } from '$lib/server/guard';
import { readUserForm, resolveEnterprise, userBody } from '$lib/server/user-form';
import type { Actions, PageServerLoad } from './$types';

const USER = '/api/v1/users/{id}' as const;

export const load: PageServerLoad = async ({ locals, url }) => {
  const q = url.searchParams.get('q')?.trim() || undefined;
  const cursor = url.searchParams.get('cursor') || undefined;
  const users = await ok(
    locals.api.GET('/api/v1/users', { params: { query: { q, cursor } } }),
  ).catch(pageError);
  const roles = users.creatableRoles;
  // An agency admin is made for an agency, an enterprise head for an enterprise: the form asks.
  const agencies = roles.includes('agency_admin')
    ? (await ok(locals.api.GET('/api/v1/agencies')).catch(pageError)).items
    : [];
  return {
    q: q ?? '',
    users: users.items,
    links: pageLinks(url, users.nextCursor),
    roles,
    agencies,
    asksEnterprise: roles.includes('enterprise_admin'),
    // The registry links here with ?enterprise=<credit code> to create that enterprise's head.
    enterprise: url.searchParams.get('enterprise') ?? '',
  };
};

const userId = async (request: Request) => {
  const form = await request.formData();
  return { id: String(form.get('id') ?? ''), name: String(form.get('name') ?? '') };
};

export const actions: Actions = {
  create: async ({ locals, request }) => {
    const membership = membershipOf(locals);
    const values = readUserForm(await request.formData());
    try {
      let enterpriseId: string | null = null;
      if (values.role === 'enterprise_admin') {
        enterpriseId = await resolveEnterprise(locals.api, values.enterprise);
        if (!enterpriseId) {
          const message = locals.t('users.enterpriseNotFound');
          return fail(422, { message, errors: { enterprise: message }, values });
        }
      }
      const created = await ok(
        locals.api.POST('/api/v1/users', { body: userBody(membership, values, enterpriseId) }),
      );
      return {
        secret: { name: created.user.displayName, password: created.initialPassword, reset: false },
      };
    } catch (e) {
      return actionFailure(e, values);
    }
  },
  reset: async ({ locals, request }) => {
    const { id, name } = await userId(request);
    try {
      const { initialPassword } = await ok(
        locals.api.POST(`${USER}/reset-password`, { params: { path: { id } } }),
      );
      return { secret: { name, password: initialPassword, reset: true } };
    } catch (e) {
      return actionFailure(e);
    }
  },
  deactivate: async ({ locals, request }) => {
    const { id } = await userId(request);
    try {
      await ok(locals.api.POST(`${USER}/deactivate`, { params: { path: { id } } }));
    } catch (e) {
      return actionFailure(e);
    }
  },
  activate: async ({ locals, request }) => {
    const { id } = await userId(request);
    try {
      await ok(locals.api.POST(`${USER}/activate`, { params: { path: { id } } }));
    } catch (e) {
      return actionFailure(e);
    }
  },
};
