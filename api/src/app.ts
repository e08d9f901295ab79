import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { Db } from '@shuangfang/db';
import { SESSION_COOKIE } from './auth/cookie.js';
import { RateLimiter } from './auth/rate-limit.js';
import { configFromEnv, type AppConfig } from './config.js';
import { createRouter, type AppEnv } from './lib/create-router.js';
import { errorBody, handleError } from './lib/errors.js';
import { operationsByRole } from './lib/operations.js';
import { ReadRouting, rememberWrites } from './lib/read-routing.js';
import { useChineseMessages } from './lib/zod-messages.js';
import { refuseCrossSite } from './middlewares/csrf.js';
import { refuseNulCharacters } from './middlewares/refuse-nul.js';
import { resolveSession } from './middlewares/session.js';
import { agenciesRouter } from './modules/agencies/agencies.index.js';
import { authRouter } from './modules/auth/auth.index.js';
import { boardsRouter } from './modules/boards/boards.index.js';
import { completenessRouter } from './modules/completeness/completeness.index.js';
import { enterprisesRouter } from './modules/enterprises/enterprises.index.js';
import { hazardsRouter } from './modules/hazards/hazards.index.js';
import { checksRouter } from './modules/checks/checks.index.js';
import { uploadsRouter } from './modules/uploads/uploads.index.js';
import { reportsRouter } from './modules/reports/reports.index.js';
import { hazardLedgerRouter } from './modules/hazard-ledger/ledger.index.js';
import { notificationsRouter } from './modules/notifications/notifications.index.js';
import { positionsRouter } from './modules/positions/positions.index.js';
import { riskRouter } from './modules/risk/risk.index.js';
import { sitePlanRouter } from './modules/site-plan/site-plan.index.js';
import { listsRouter } from './modules/lists/lists.index.js';
import { jurisdictionsRouter } from './modules/jurisdictions/jurisdictions.index.js';
import { usersRouter } from './modules/users/users.index.js';
import { dashboardRouter } from './modules/dashboard/dashboard.index.js';
import { workbenchRouter } from './modules/workbench/workbench.index.js';
import { standardizationRouter } from './modules/standardization/standardization.index.js';
import { docsRouter } from './modules/docs/docs.index.js';
import { blacklistRouter } from './modules/blacklist/blacklist.index.js';
import { tipoffsRouter } from './modules/tipoffs/tipoffs.index.js';
import { inspectionsRouter } from './modules/inspections/inspections.index.js';
import { healthRouter } from './modules/health/health.index.js';
import { supervisionRouter } from './modules/supervision/supervision.index.js';
import { criteriaRouter } from './modules/criteria/criteria.index.js';
import { checkItemsRouter } from './modules/check-items/check-items.index.js';
import { majorHazardsRouter } from './modules/major-hazards/major-hazards.index.js';
import { runStatesRouter } from './modules/run-states/run-states.index.js';
import { dutiesRouter } from './modules/duties/duties.index.js';
import { workPermitsRouter } from './modules/work-permits/permits.index.js';
import { commitmentsRouter } from './modules/commitments/commitments.index.js';
import { notificationPreferencesRouter } from './modules/notification-preferences/preferences.index.js';
import { notificationChannelsRouter } from './modules/notification-channels/channels.index.js';
import { notificationDeliveriesRouter } from './modules/deliveries/deliveries.index.js';

// Messages of schema failures in Chinese, like the rest of the product.
useChineseMessages();

const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** What the OpenAPI document says of itself; the routes say the rest. */
const OPENAPI_CONFIG = {
  openapi: '3.1.0',
  info: {
    title: '双防 Shuangfang API',
    version: '1.0.0',
    description:
      '双重预防机制（安全风险分级管控 + 隐患排查治理）多租户平台接口。登录（POST /api/v1/auth/login）后，' +
      '会话通过 Cookie `sf_session` 传递；改变数据的请求须来自本站（Origin 或 Sec-Fetch-Site）。' +
      '每个操作的 `x-roles` 列出可以调用它的角色。错误统一为 `{ error: { code, message, issues? } }`。',
    license: { name: '专有软件（Proprietary）', identifier: 'LicenseRef-Proprietary' },
  },
  servers: [{ url: '/', description: '本服务（网页与接口同源）' }],
};

export interface AppOptions {
  db: Db;
  /** A read replica of `db` for the heavy reads (lib/read-routing.ts); without one, `db`. */
  readDb?: Db | null;
  config?: Partial<AppConfig>;
  /** True once the process is stopping: /api/health/ready then answers 503. */
  draining?: () => boolean;
}

/** Builds the API: everything under `/api`, versioned routes under `/api/v1`. */
export function createApp({ db, readDb, config: overrides, draining }: AppOptions) {
  const config = { ...configFromEnv(), ...overrides };
  const reads = new ReadRouting(db, readDb ?? null);
  const isDraining = draining ?? (() => false);
  // The counters live in the database, so every process behind a balancer shares them.
  const loginLimits = {
    perAccount: new RateLimiter(
      db,
      'login-account',
      config.loginLimitPerAccount,
      config.loginLimitWindowMs,
    ),
    perAddress: new RateLimiter(
      db,
      'login-address',
      config.loginLimitPerAddress,
      config.loginLimitWindowMs,
    ),
  };
  const tipoffLimit = new RateLimiter(
    db,
    'tipoff-address',
    config.tipoffLimitPerAddress,
    config.tipoffLimitWindowMs,
  );

  const v1 = createRouter()
    .route('/', authRouter)
    .route('/', jurisdictionsRouter)
    .route('/', agenciesRouter)
    .route('/', usersRouter)
    .route('/', enterprisesRouter)
    .route('/', riskRouter)
    .route('/', positionsRouter)
    .route('/', sitePlanRouter)
    .route('/', boardsRouter)
    .route('/', completenessRouter)
    .route('/', listsRouter)
    .route('/', hazardsRouter)
    .route('/', uploadsRouter)
    .route('/', checksRouter)
    .route('/', reportsRouter)
    .route('/', hazardLedgerRouter)
    .route('/', notificationsRouter)
    .route('/', dashboardRouter)
    .route('/', workbenchRouter)
    .route('/', supervisionRouter)
    .route('/', standardizationRouter)
    .route('/', blacklistRouter)
    .route('/', tipoffsRouter)
    .route('/', inspectionsRouter)
    .route('/', criteriaRouter)
    .route('/', checkItemsRouter);
  // 危险化学品 duties: mounted outside the chain above, whose accumulated route types would grow
  // past what TypeScript can represent (TS2590); the routes and the OpenAPI document are the same.
  for (const router of [
    majorHazardsRouter,
    runStatesRouter,
    dutiesRouter,
    workPermitsRouter,
    commitmentsRouter,
    notificationPreferencesRouter,
    notificationChannelsRouter,
    notificationDeliveriesRouter,
  ]) {
    v1.route('/', router);
  }

  const app = new OpenAPIHono<AppEnv>().basePath('/api');
  app.onError(handleError);
  app.notFound((c) =>
    c.json(errorBody('NOT_FOUND', `接口不存在：${c.req.method} ${c.req.path}`), 404),
  );
  app.use(async (c, next) => {
    c.set('db', db);
    c.set('config', config);
    c.set('loginLimits', loginLimits);
    c.set('tipoffLimit', tipoffLimit);
    c.set('operationsByRole', operationsByRoleOfApp);
    c.set('reads', reads);
    c.set('draining', isDraining);
    await next();
  });
  // Nothing the API takes is larger than a site plan or a registry sheet; bigger bodies are
  // refused before they are read into memory.
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json(errorBody('PAYLOAD_TOO_LARGE', '请求内容不能超过 20 MB'), 413),
    }),
  );
  app.use(refuseCrossSite);
  app.use(refuseNulCharacters);
  app.use(rememberWrites);
  app.use(resolveSession(config));

  const routes = app.route('/', healthRouter).route('/v1', v1).route('/', docsRouter);
  // Read by /auth/me after every route is registered (the middleware above runs per request).
  const operationsByRoleOfApp = operationsByRole(app.openAPIRegistry.definitions);

  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: '登录后由服务器设置的会话 Cookie（HttpOnly）',
  });
  app.doc31('/openapi.json', OPENAPI_CONFIG);
  return routes;
}

export type AppType = ReturnType<typeof createApp>;

/**
 * The OpenAPI document, built from the route declarations alone (no database is opened): the web
 * app's types are generated from it (web/scripts/api-types.ts), and integrators read the same.
 */
export function openApiDocument() {
  const app = createApp({ db: {} as Db });
  return app.getOpenAPI31Document(OPENAPI_CONFIG);
}
