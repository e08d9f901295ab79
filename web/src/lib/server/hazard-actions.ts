import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { endOfChinaDay } from '$lib/hazard-vocabulary';
import type { Body } from '$lib/api/types';
import { ok, type Api } from './api';
import { searchCriteria } from './criterion-search';
import { actionFailure, textFields } from './errors';
import { enterpriseOf } from './guard';
import { uploadPhotos } from './uploads';

type PlanInput = NonNullable<Extract<Body<'hazards.move'>, { action: 'confirm' }>['plan']>;
type HazardStoppage = NonNullable<PlanInput['stoppage']>;

// The moves of a hazard's page, one named action per form. Each failure carries `form`, so the
// API's message (409 state, 422 field, 403 role) shows on the form that was sent. The enterprise
// comes from the session (or ?enterprise= for a regulator, checked by the API).

type ActionEvent = Pick<RequestEvent, 'locals' | 'request' | 'url' | 'params'>;

const PLAN_FIELDS = [
  'measures',
  'responsiblePerson',
  'responsibleUserId',
  'funds',
  'deadline',
  'contingencyPlan',
  'currentSituation',
  'harmAnalysis',
  'goal',
  'stoppage',
] as const;

/** The plan typed in the form; empty fields are left out so the API names what is missing. */
function planFrom(v: Record<(typeof PLAN_FIELDS)[number], string>): PlanInput | undefined {
  const plan: PlanInput = {};
  if (v.measures) plan.measures = v.measures;
  if (v.responsiblePerson) plan.responsiblePerson = v.responsiblePerson;
  if (v.responsibleUserId) plan.responsibleUserId = v.responsibleUserId;
  // Sent as typed (NaN becomes null in JSON); the API names the field when it is not a number.
  if (v.funds) plan.funds = Number(v.funds);
  if (v.deadline) plan.deadline = endOfChinaDay(v.deadline);
  if (v.contingencyPlan) plan.contingencyPlan = v.contingencyPlan;
  if (v.currentSituation) plan.currentSituation = v.currentSituation;
  if (v.harmAnalysis) plan.harmAnalysis = v.harmAnalysis;
  if (v.goal) plan.goal = v.goal;
  if (v.stoppage) plan.stoppage = v.stoppage as HazardStoppage;
  return Object.keys(plan).length > 0 ? plan : undefined;
}

const TRIAGE_FIELDS = [
  'grade',
  'manageType',
  'comment',
  'criterionQ',
  'criterionStandard',
  'criterionItemId',
  'criterionNotApplicable',
  ...PLAN_FIELDS,
] as const;

type Move = Body<'hazards.move'>;
type Grade = Extract<Move, { action: 'confirm' }>['grade'];
type ManageType = Extract<Move, { action: 'confirm' }>['manageType'];

const move = (api: Api, path: { enterpriseId: string; id: string }, body: Move) =>
  ok(api.POST('/api/v1/enterprises/{enterpriseId}/hazards/{id}/moves', { params: { path }, body }));

/** Reads `fields`, calls the API, answers `{ done: form }` or the failure beside the form. */
function action<F extends string>(
  form: string,
  fields: readonly F[],
  call: (
    api: Api,
    path: { enterpriseId: string; id: string },
    values: Record<F, string>,
    form: FormData,
  ) => Promise<unknown>,
) {
  return async ({ locals, request, url, params }: ActionEvent) => {
    const { enterpriseId } = enterpriseOf(locals, url);
    const data = await request.formData();
    const values = textFields(data, fields);
    try {
      await call(locals.api, { enterpriseId, id: params.id! }, values, data);
    } catch (e) {
      const failure = actionFailure(e, values);
      return fail(failure.status, { ...failure.data, form });
    }
    return { done: form };
  };
}

export const hazardActions = {
  /** 双报告: the 主要负责人 drafts a progress report of an open 重大隐患, then edits it there. */
  draftProgress: async ({ locals, url, params }: ActionEvent) => {
    const { enterpriseId } = enterpriseOf(locals, url);
    let reportId: string;
    try {
      const report = await ok(
        locals.api.POST('/api/v1/enterprises/{enterpriseId}/reports', {
          params: { path: { enterpriseId } },
          body: { kind: 'major_progress', hazardId: params.id! },
        }),
      );
      reportId = report.id;
    } catch (e) {
      const failure = actionFailure(e, {});
      return fail(failure.status, { ...failure.data, form: 'progress' });
    }
    redirect(303, `/reports/${enterpriseId}/${reportId}`);
  },
  reject: action('triage', ['reason'], (api, path, v) =>
    move(api, path, { action: 'reject', reason: v.reason }),
  ),
  confirm: action('triage', TRIAGE_FIELDS, (api, path, v) =>
    move(api, path, {
      action: 'confirm',
      // Sent as chosen; the API names the field when it is not one of the grades or types.
      grade: v.grade as Grade,
      manageType: v.manageType as ManageType,
      plan: planFrom(v),
      comment: v.comment || undefined,
      // Empty keeps the link the hazard has; the API refuses 一般 for a linked hazard without
      // the reason the item does not apply.
      criterionItemId: v.criterionItemId || undefined,
      criterionNotApplicable: v.criterionNotApplicable || undefined,
    }),
  ),
  /** The triage form's 判定 search: the typed triage comes back with the items found. */
  searchCriteria: async ({ locals, request, url }: ActionEvent) => {
    const { enterpriseId } = enterpriseOf(locals, url);
    const values = textFields(await request.formData(), TRIAGE_FIELDS);
    try {
      const search = await searchCriteria(
        locals.api,
        enterpriseId,
        values.criterionQ,
        values.criterionStandard,
      );
      return { form: 'triage', values, search };
    } catch (e) {
      const failure = actionFailure(e, values);
      return fail(failure.status, { ...failure.data, form: 'triage' });
    }
  },
  submit: action('submit', ['note'], async (api, path, v, form) =>
    move(api, path, {
      action: 'submit',
      note: v.note,
      afterPhotos: await uploadPhotos(api, path.enterpriseId, form, 'afterPhotos'),
    }),
  ),
  accept: action('acceptance', ['comment'], (api, path, v) =>
    move(api, path, { action: 'accept', comment: v.comment || undefined }),
  ),
  rejectAcceptance: action('acceptance', ['reason'], (api, path, v) =>
    move(api, path, { action: 'reject_acceptance', reason: v.reason }),
  ),
  requestExtension: action('extension', ['requestedDeadline', 'reason'], (api, path, v) =>
    ok(
      api.POST('/api/v1/enterprises/{enterpriseId}/hazards/{id}/extensions', {
        params: { path },
        body: {
          requestedDeadline: v.requestedDeadline ? endOfChinaDay(v.requestedDeadline) : '',
          reason: v.reason,
        },
      }),
    ),
  ),
  decideExtension: action('decision', ['extensionId', 'decision', 'reason'], (api, path, v) =>
    ok(
      api.POST(
        '/api/v1/enterprises/{enterpriseId}/hazards/{id}/extensions/{extensionId}/decision',
        {
          params: { path: { ...path, extensionId: v.extensionId } },
          body:
            v.decision === 'refused'
              ? { decision: 'refused', reason: v.reason }
              : { decision: 'approved' },
        },
      ),
    ),
  ),
  editPlan: action('plan', ['reason', ...PLAN_FIELDS], (api, path, v) =>
    ok(
      api.PUT('/api/v1/enterprises/{enterpriseId}/hazards/{id}/plan', {
        params: { path },
        body: { plan: planFrom(v) ?? {}, reason: v.reason },
      }),
    ),
  ),
};
