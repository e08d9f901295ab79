import { pageError } from '$lib/server/errors';
import { riskActions } from '$lib/server/risk-actions';
import { riskScope } from '$lib/server/risk-scope';
import type { Actions, PageServerLoad } from './$types';

// The risk register (风险分级管控): objects → units → events, each with its grade's colour.
export const load: PageServerLoad = async ({ locals, url }) => {
  const scope = riskScope(locals, url);
  const [enterprise, register] = await Promise.all([
    locals.api.enterprises.get(scope.enterpriseId),
    locals.api.risk.register(scope.enterpriseId),
  ]).catch(pageError);
  return { enterprise: { id: enterprise.id, name: enterprise.name }, register, ...scope };
};

export const actions: Actions = riskActions;
