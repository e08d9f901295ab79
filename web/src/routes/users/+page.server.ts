import { fail } from '@sveltejs/kit';
import { pageLinks } from '$lib/paging';
import { actionFailure, pageError } from '$lib/server/errors';
import { requireRole } from '$lib/server/guard';
import { readUserForm, resolveEnterprise, userBody } from '$lib/server/user-form';
import type { Role } from '$lib/types';
import { creatableRoles } from '$lib/vocabulary';
import type { Actions, PageServerLoad } from './$types';

const MANAGERS: Role[] = ['platform_admin', 'agency_admin', 'enterprise_admin'];

export const load: PageServerLoad = async ({ locals, url }) => {
  const membership = requireRole(locals, MANAGERS);
  const q = url.searchParams.get('q')?.trim() || undefined;
  const cursor = url.searchParams.get('cursor') || undefined;
  const [users, agencies] = await Promise.all([
    locals.api.users.list({ q, cursor }),
    membership.role === 'platform_admin' ? locals.api.agencies.list() : null,
  ]).catch(pageError);
  return {
    q: q ?? '',
    users: users.items,
    links: pageLinks(url, users.nextCursor),
    roles: creatableRoles(membership.role),
    agencies: agencies?.items ?? [],
    asksEnterprise: membership.role === 'agency_admin',
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
    const membership = requireRole(locals, MANAGERS);
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
      const created = await locals.api.users.create(userBody(membership, values, enterpriseId));
      return {
        secret: { name: created.user.displayName, password: created.initialPassword, reset: false },
      };
    } catch (e) {
      return actionFailure(e, values);
    }
  },
  reset: async ({ locals, request }) => {
    requireRole(locals, MANAGERS);
    const { id, name } = await userId(request);
    try {
      const { initialPassword } = await locals.api.users.resetPassword(id);
      return { secret: { name, password: initialPassword, reset: true } };
    } catch (e) {
      return actionFailure(e);
    }
  },
  deactivate: async ({ locals, request }) => {
    requireRole(locals, MANAGERS);
    try {
      await locals.api.users.deactivate((await userId(request)).id);
    } catch (e) {
      return actionFailure(e);
    }
  },
  activate: async ({ locals, request }) => {
    requireRole(locals, MANAGERS);
    try {
      await locals.api.users.activate((await userId(request)).id);
    } catch (e) {
      return actionFailure(e);
    }
  },
};
