import type { RouteConfig } from '@hono/zod-openapi';
import type { Role } from '@shuangfang/db';
import { errorResponses } from './schemas.js';

// Every operation of the API is named `<module>.<route>` (its OpenAPI operationId) and says in the
// document who may call it: `x-roles`, read from the route's gate (`allow(...)` in the module's
// access rules), and `security` (the session cookie, or none for a public route). The web asks
// `/auth/me` which operations the caller may use instead of keeping its own copy of the rules.

type Gate = { roles?: readonly Role[] };

/** The roles a route's gate admits; undefined for a public route (no gate). */
function gateRoles(route: RouteConfig): readonly Role[] | undefined {
  const middleware = ([] as unknown[]).concat(route.middleware ?? []) as Gate[];
  return middleware.find((m) => m.roles)?.roles;
}

/**
 * A module's routes, each named `<module>.<export name>` and carrying its roles and security.
 * Use on the routes file's namespace: `const routes = operations('hazards', allRoutes)`.
 */
export function operations<T extends Record<string, unknown>>(module: string, routes: T): T {
  return Object.fromEntries(
    Object.entries(routes).map(([name, value]) => {
      if (!isRoute(value)) return [name, value];
      return [name, describeOperation(`${module}.${name}`, value)];
    }),
  ) as T;
}

/** One route named and described, for routes declared outside a routes file. */
export function describeOperation<R extends RouteConfig>(operationId: string, route: R): R {
  const roles = gateRoles(route);
  return {
    ...route,
    // Every body passes the app-wide 20 MB limit first (api/src/app.ts): a route with a body can
    // answer 413 whatever its own rules.
    ...(route.request?.body && {
      responses: { ...errorResponses(413), ...route.responses },
    }),
    operationId,
    security: roles ? [{ sessionCookie: [] }] : [],
    ...(roles && { 'x-roles': [...roles] }),
  };
}

const isRoute = (value: unknown): value is RouteConfig =>
  typeof value === 'object' && value !== null && 'method' in value && 'path' in value;

interface RegisteredRoute {
  type: string;
  route?: { operationId?: string; 'x-roles'?: Role[] };
}

/** For each role, the operations it may call, from the routes registered on the app. */
export function operationsByRole(definitions: readonly RegisteredRoute[]): Map<Role, string[]> {
  const byRole = new Map<Role, string[]>();
  for (const d of definitions) {
    if (d.type !== 'route' || !d.route?.operationId) continue;
    for (const role of d.route['x-roles'] ?? []) {
      byRole.set(role, [...(byRole.get(role) ?? []), d.route.operationId]);
    }
  }
  return byRole;
}
