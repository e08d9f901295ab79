import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { clientAddress } from './client-address.js';
import type { AppEnv } from './create-router.js';
import { fieldName } from './field-labels.js';

export interface ErrorIssue {
  path: string;
  message: string;
  /** Spreadsheet imports: the 1-based row of the sheet. */
  row?: number;
}

/** The one error type: services throw it, `onError` turns it into `{ error: { code, message } }`. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: ErrorIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what = '资源') => new AppError(404, 'NOT_FOUND', `${what}不存在`);
export const forbidden = (message = '当前角色无权执行此操作') =>
  new AppError(403, 'FORBIDDEN', message);
export const unauthenticated = () => new AppError(401, 'UNAUTHENTICATED', '请先登录');
export const conflict = (message: string) => new AppError(409, 'CONFLICT', message);
/** A body that is well-formed but breaks a rule: names the field and the rule. */
export const invalid = (path: string, message: string) =>
  new AppError(422, 'VALIDATION', `${fieldName(path)}${message}`, [{ path, message }]);

export function errorBody(code: string, message: string, issues?: ErrorIssue[]) {
  return { error: issues ? { code, message, issues } : { code, message } };
}

// PostgreSQL error codes that are the client's fault, not ours.
const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';
const CHECK_VIOLATION = '23514';

/** A unique constraint refused the write (for a service that names the row it collided with). */
export const isUniqueViolation = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === UNIQUE_VIOLATION;

// The database is down or restarting: postgres.js's connection errors, the socket's, and
// PostgreSQL's shutdown and connection codes. Answered 503 at once, so clients retry.
const DATABASE_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** Maps anything thrown by a handler to the error shape; unknown errors become a bare 500. */
export function handleError(err: Error, c: Context) {
  if (err instanceof AppError) {
    for (const [name, value] of Object.entries(err.headers ?? {})) c.header(name, value);
    return c.json(errorBody(err.code, err.message, err.issues), err.status);
  }
  const pgCode = (err as { code?: unknown }).code;
  if (typeof pgCode === 'string' && DATABASE_UNAVAILABLE.has(pgCode)) {
    c.header('retry-after', '5');
    return c.json(errorBody('DATABASE_UNAVAILABLE', '数据库暂时不可用，请稍后重试'), 503);
  }
  if (pgCode === UNIQUE_VIOLATION) {
    return c.json(errorBody('CONFLICT', '记录已存在（唯一性冲突）'), 409);
  }
  if (pgCode === FOREIGN_KEY_VIOLATION || pgCode === CHECK_VIOLATION) {
    return c.json(errorBody('VALIDATION', '数据不符合约束条件'), 422);
  }
  // Hono's own refusals (malformed JSON, an unsupported Content-Type) carry their 4xx status.
  if (err instanceof HTTPException && err.status < 500) {
    const message = err.status === 415 ? '不支持的请求内容类型（Content-Type）' : '请求格式错误';
    return c.json(
      errorBody(err.status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST', message),
      err.status,
    );
  }
  if (err.name === 'SyntaxError') return c.json(errorBody('BAD_REQUEST', '请求格式错误'), 400);
  const requestId = crypto.randomUUID();
  // The client as the limits see it (behind a balancer: the trusted proxies' view).
  const from = c.get('config') ? ` from ${clientAddress(c as Context<AppEnv>)}` : '';
  console.error(`[${requestId}] ${c.req.method} ${c.req.path}${from}`, err);
  return c.json(errorBody('INTERNAL', `服务器内部错误（请求编号 ${requestId}）`), 500);
}
