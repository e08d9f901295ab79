import { pageError } from '$lib/server/errors';
import { hazardActions } from '$lib/server/hazard-actions';
import { HAZARD_MANAGERS, hazardEnterprise, isRegulator } from '$lib/server/hazard-scope';
import { supervisionActions } from '$lib/server/supervision-actions';
import type { Actions, PageServerLoad } from './$types';

// One hazard: its facts, plan, extensions and full log, and the forms of the moves this caller
// may make now. The API decides every move again; these flags only hide forms that would fail.
export const load: PageServerLoad = async ({ locals, url, params }) => {
  const { membership, enterpriseId } = hazardEnterprise(locals, url);
  const me = locals.me!.user.id;
  const hazard = await locals.api.hazards.get(enterpriseId, params.id).catch(pageError);
  const manager = HAZARD_MANAGERS.includes(membership.role);
  const responsible = hazard.plan?.responsibleUserId === me;
  const pending = hazard.extensions.find((x) => x.state === 'pending') ?? null;
  const byAgency = hazard.foundByAgencyId !== null;
  const myFinding = byAgency && hazard.foundByAgencyId === membership.agencyId;
  // 挂牌督办: the listing agency decides extensions and unlists once the hazard is closed.
  const listed = hazard.supervision?.state === 'listed' ? hazard.supervision : null;
  const mySupervision = listed !== null && listed.agency.id === membership.agencyId;
  const may = {
    triage: manager && hazard.state === 'reported',
    submit: hazard.state === 'rectifying' && (manager || responsible),
    accept:
      hazard.state === 'awaiting_acceptance' &&
      (byAgency ? myFinding : manager && hazard.rectifierId !== me),
    requestExtension:
      hazard.state === 'rectifying' &&
      hazard.deadline !== null &&
      !pending &&
      (manager || responsible),
    decideExtension:
      pending !== null &&
      (listed ? mySupervision : byAgency ? myFinding : membership.role === 'enterprise_admin'),
    supervise:
      isRegulator(membership) &&
      !listed &&
      hazard.grade === '重大' &&
      (hazard.state === 'rectifying' || hazard.state === 'awaiting_acceptance'),
    unlist: mySupervision && hazard.state === 'closed',
    editPlan: manager && hazard.state === 'rectifying',
    draftProgress:
      membership.role === 'enterprise_admin' &&
      hazard.grade === '重大' &&
      (hazard.state === 'rectifying' || hazard.state === 'awaiting_acceptance'),
  };
  const needsPeople = may.triage || may.editPlan;
  const assignees = needsPeople
    ? (await locals.api.hazards.assignees(enterpriseId).catch(pageError)).items
    : [];
  return {
    hazard,
    may,
    pending,
    assignees,
    readOnly: membership.agencyId !== null,
  };
};

export const actions: Actions = { ...hazardActions, ...supervisionActions };
