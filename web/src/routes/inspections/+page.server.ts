import { redirect } from '@sveltejs/kit';
import { INDUSTRIES, RISK_COLOURS } from '@shuangfang/db/enums';
import type { Body } from '$lib/api/types';
import { ok } from '$lib/server/api';
import { actionFailure, pageError, textFields } from '$lib/server/errors';
import { can, requireOperation } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

// 双随机一公开: the agency's plans (and a form to make one: items from the catalogue or the
// check-item library, a scope, a number or ratio to draw) and the caller's own assignments.

type PlanBody = Body<'inspections.createPlan'>;
type LibraryChoice = NonNullable<PlanBody['libraryItems']>[number];
type Scope = NonNullable<PlanBody['scope']>;

export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperation(locals, 'inspections.listPlans');
  // The library is searched by a GET of this page from the plan form itself (its search button
  // submits the form by GET), so the search works without scripts and what was already filled
  // in comes back in the query.
  const library = url.searchParams.get('library')?.trim() ?? '';
  const [plans, items, mine, jurisdictions, found] = await Promise.all([
    ok(locals.api.GET('/api/v1/inspection-plans')),
    ok(locals.api.GET('/api/v1/inspection-items')),
    ok(locals.api.GET('/api/v1/inspections', { params: { query: { mine: 'true' } } })),
    can(locals, 'jurisdictions.list')
      ? ok(locals.api.GET('/api/v1/jurisdictions')).then((r) => r.items)
      : Promise.resolve([]),
    library
      ? ok(locals.api.GET('/api/v1/public/check-items', { params: { query: { q: library } } }))
      : Promise.resolve(null),
  ]).catch(pageError);
  return {
    plans: plans.items,
    items: items.items,
    mine: mine.items,
    jurisdictions,
    library,
    libraryItems: found?.items ?? [],
    kept: planFields(url.searchParams),
    industries: INDUSTRIES,
    colours: RISK_COLOURS,
  };
};

const PLAN_TEXT = [
  'name',
  'periodStart',
  'periodEnd',
  'sampleSize',
  'samplePercent',
  'teamSize',
] as const;
const PLAN_LISTS = ['itemIds', 'libraryItems', 'industries', 'jurisdictions', 'riskColours'];

/**
 * The plan form's fields as sent (by the search's GET or a refused POST), lists comma-joined;
 * only those sent, so a first visit shows the form's own defaults.
 */
function planFields(sent: URLSearchParams | FormData): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of PLAN_TEXT) if (sent.has(name)) kept[name] = String(sent.get(name)).trim();
  for (const name of PLAN_LISTS) if (sent.has(name)) kept[name] = sent.getAll(name).join(',');
  return kept;
}

/** A library choice as the form sends it: "check:<id>" or "criterion:<id>". */
function libraryChoice(value: string): LibraryChoice {
  const [kind, id = ''] = value.split(':');
  return kind === 'criterion' ? { criterionItemId: id } : { checkItemId: id };
}

export const actions: Actions = {
  create: async ({ locals, request }) => {
    requireOperation(locals, 'inspections.createPlan');
    const form = await request.formData();
    const values = textFields(form, PLAN_TEXT);
    const list = (name: string) => form.getAll(name).map(String).filter(Boolean);
    let id: string;
    try {
      ({ id } = await ok(
        locals.api.POST('/api/v1/inspection-plans', {
          body: {
            name: values.name,
            periodStart: values.periodStart,
            periodEnd: values.periodEnd,
            itemIds: list('itemIds'),
            libraryItems: list('libraryItems').map(libraryChoice),
            scope: {
              industries: list('industries') as Scope['industries'],
              jurisdictions: list('jurisdictions'),
              riskColours: list('riskColours') as Scope['riskColours'],
              standardizationLevels: [],
            },
            // A percentage on the form is the API's ratio; the API refuses both or neither.
            ...(values.sampleSize && { sampleSize: Number(values.sampleSize) }),
            ...(values.samplePercent && { sampleRatio: Number(values.samplePercent) / 100 }),
            teamSize: Number(values.teamSize),
          },
        }),
      ));
    } catch (e) {
      return actionFailure(e, planFields(form));
    }
    redirect(303, `/inspections/plans/${id}`);
  },
};
