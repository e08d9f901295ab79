import { ok } from './api';
import { can, enterpriseOf } from './guard';
import { riskRegister } from './risk-register';

export interface RiskScope {
  enterpriseId: string;
  /** The caller may change this register: its own enterprise's, and a role the API lets write. */
  canWrite: boolean;
  /** Regulators look at an enterprise named in the query; keep it on links and forms. */
  query: string;
}

/**
 * Whose register a page shows. An enterprise member always sees their own enterprise (the id comes
 * from the session, never the request); a regulator names one with ?enterprise= and reads only —
 * the API refuses it if that enterprise is outside their jurisdiction.
 */
export function riskScope(locals: App.Locals, url: URL): RiskScope {
  const { membership, enterpriseId, query } = enterpriseOf(locals, url);
  const own = membership.enterpriseId === enterpriseId;
  return { enterpriseId, canWrite: own && can(locals, 'risk.createObject'), query };
}

/** The enterprise a risk page is about: its id and name. */
export async function enterpriseName(api: App.Locals['api'], enterpriseId: string) {
  const enterprise = await ok(
    api.GET('/api/v1/enterprises/{id}', { params: { path: { id: enterpriseId } } }),
  );
  return { id: enterprise.id, name: enterprise.name };
}

/** What most risk pages show: the scope, the enterprise and its register. */
export async function riskPage(locals: App.Locals, url: URL) {
  const scope = riskScope(locals, url);
  const [enterprise, register] = await Promise.all([
    enterpriseName(locals.api, scope.enterpriseId),
    riskRegister(locals.api, scope.enterpriseId),
  ]);
  return { scope, enterprise, register };
}
