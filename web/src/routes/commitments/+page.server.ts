import { pageLinks } from '$lib/paging';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { can, enterpriseOf, membershipOf, requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

// 安全风险研判与承诺公告. An enterprise sees today's (published, or what the data says now, to sign
// and publish), the gate screen's link and its history; a regulator sees who in its jurisdiction
// has not committed on a day, who was late, and the history.

const STATUSES = ['on_time', 'late', 'missing', 'pending'] as const;

/** The status list pages apart from the history below it. */
const STATUS_PAGING = { cursor: 'statusCursor', trail: 'statusTrail' };

export const load: PageServerLoad = async ({ locals, url }) => {
  const membership = membershipOf(locals);
  const cursor = url.searchParams.get('cursor') ?? undefined;
  const late = url.searchParams.get('late') === 'true' ? ('true' as const) : undefined;
  if (membership.agencyId && !url.searchParams.get('enterprise')) {
    requireOperation(locals, 'commitments.status');
    const date = url.searchParams.get('date') || undefined;
    const status = STATUSES.find((s) => s === url.searchParams.get('status'));
    const [statusView, history] = await Promise.all([
      ok(
        locals.api.GET('/api/v1/commitments/status', {
          params: {
            query: {
              date,
              status,
              cursor: url.searchParams.get(STATUS_PAGING.cursor) ?? undefined,
            },
          },
        }),
      ),
      ok(locals.api.GET('/api/v1/commitments', { params: { query: { cursor, late } } })),
    ]).catch(pageError);
    return {
      view: 'regulator' as const,
      status: statusView,
      statusLinks: pageLinks(url, statusView.nextCursor, STATUS_PAGING),
      history,
      filter: { status, late: !!late },
    };
  }
  requireOperation(locals, 'commitments.today');
  const { enterpriseId, query } = enterpriseOf(locals, url);
  const path = { enterpriseId };
  const [today, history] = await Promise.all([
    ok(
      locals.api.GET('/api/v1/enterprises/{enterpriseId}/commitments/today', { params: { path } }),
    ),
    ok(
      locals.api.GET('/api/v1/enterprises/{enterpriseId}/commitments', {
        params: { path, query: { cursor, late } },
      }),
    ),
  ]).catch(pageError);
  return {
    view: 'enterprise' as const,
    today,
    history,
    query,
    filter: { late: !!late },
    origin: url.origin,
    mayReadHistory: can(locals, 'commitments.history'),
  };
};

export const actions: Actions = {
  publish: async ({ locals, request, url }) => {
    const { enterpriseId } = enterpriseOf(locals, url);
    const form = await request.formData();
    const v = textFields(form, ['note']);
    try {
      await ok(
        locals.api.POST('/api/v1/enterprises/{enterpriseId}/commitments', {
          params: { path: { enterpriseId } },
          // `confirm` must be true; an unticked box is sent as false so the API names the field.
          body: {
            confirm: (form.get('confirm') === 'on') as true,
            ...(v.note ? { note: v.note } : {}),
          },
        }),
      );
      return { done: 'publish' };
    } catch (e) {
      return actionFailure(e, { ...v, form: 'publish' });
    }
  },
  issueLink: async ({ locals, url }) => {
    const { enterpriseId } = enterpriseOf(locals, url);
    try {
      await ok(
        locals.api.POST('/api/v1/enterprises/{enterpriseId}/gate-screen-link', {
          params: { path: { enterpriseId } },
        }),
      );
      return { done: 'link' };
    } catch (e) {
      return actionFailure(e, { form: 'link' });
    }
  },
  revokeLink: async ({ locals, url }) => {
    const { enterpriseId } = enterpriseOf(locals, url);
    try {
      await ok(
        locals.api.POST('/api/v1/enterprises/{enterpriseId}/gate-screen-link/revoke', {
          params: { path: { enterpriseId } },
        }),
      );
      return { done: 'link' };
    } catch (e) {
      return actionFailure(e, { form: 'link' });
    }
  },
};
