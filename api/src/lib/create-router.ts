import { OpenAPIHono, type RouteConfig, type RouteHandler } from '@hono/zod-openapi';
import type { Db, Role } from '@shuangfang/db';
import type { Actor } from '../auth/actor.js';
import type { RateLimiter } from '../auth/rate-limit.js';
import type { AppConfig } from '../config.js';
import { errorBody } from './errors.js';
import { fieldName } from './field-labels.js';
import type { ReadRouting } from './read-routing.js';

export interface AppEnv {
  Variables: {
    db: Db;
    actor: Actor | null;
    config: AppConfig;
    /** Failed logins counted per account and per client address. */
    loginLimits: { perAccount: RateLimiter; perAddress: RateLimiter };
    /** Public tip-offs filed per client address. */
    tipoffLimit: RateLimiter;
    /** The operations each role may call (lib/operations.ts). */
    operationsByRole: Map<Role, string[]>;
    /** Where heavy reads go: the read replica when it holds the caller's writes, else `db`. */
    reads: ReadRouting;
    /** True once the process has been told to stop: it finishes its requests, takes no more. */
    draining: () => boolean;
  };
}

/**
 * Every router is made here, so every route shares one `defaultHook`: a body, query or path that
 * fails its schema answers 422 with each failing field named by its Chinese label.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issues = result.error.issues.map((issue) => ({
        path: issue.path.join('.') || result.target,
        message: issue.message,
      }));
      const message = issues.map((i) => `${fieldName(i.path)}${i.message}`).join('；');
      return c.json(errorBody('VALIDATION', message, issues), 422);
    },
  });
}

/** A handler typed by its route: `c.req.valid(...)` and `c.json(...)` follow the contract. */
export type Handler<R extends RouteConfig> = RouteHandler<R, AppEnv>;
