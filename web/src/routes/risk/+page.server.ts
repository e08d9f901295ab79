import { pageError } from '$lib/server/errors';
import { riskActions } from '$lib/server/risk-actions';
import { riskPage } from '$lib/server/risk-scope';
import type { Actions, PageServerLoad } from './$types';

// The risk register (风险分级管控): objects → units → events, each with its grade's colour.
export const load: PageServerLoad = async ({ locals, url }) => {
  const { scope, enterprise, register } = await riskPage(locals, url).catch(pageError);
  return { enterprise, register, ...scope };
};

export const actions: Actions = riskActions;
