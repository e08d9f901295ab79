import { error, fail, isHttpError, isRedirect, redirect } from '@sveltejs/kit';
import { ApiError } from './api';

type Values = Record<string, string>;

/** A lost session or a pending password change sends the user where they can act on it. */
function redirectForAuth(e: ApiError): void {
  if (e.status === 401) redirect(303, '/login');
  if (e.code === 'PASSWORD_CHANGE_REQUIRED') redirect(303, '/password');
}

/** For load functions: an API failure becomes the matching error page. */
export function pageError(e: unknown): never {
  if (!(e instanceof ApiError)) throw e;
  redirectForAuth(e);
  error(e.status, e.message);
}

/**
 * For form actions: an API failure becomes `fail(status, …)` carrying the API's message, one
 * message per field named by its issues, and the values to put back in the form.
 */
export function actionFailure(e: unknown, values: Values = {}) {
  if (isRedirect(e) || isHttpError(e) || !(e instanceof ApiError)) throw e;
  redirectForAuth(e);
  const errors: Record<string, string> = {};
  for (const issue of e.issues) {
    // Validation paths look like "phone" or "body.phone"; the form field is the last part.
    const field = issue.path.split('.').at(-1) ?? issue.path;
    errors[field] ??= issue.message;
  }
  return fail(e.status, { message: e.message, errors, values, issues: e.issues });
}

/** The named text fields of a form, trimmed; absent fields are ''. */
export function textFields<K extends string>(
  form: FormData,
  names: readonly K[],
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const name of names) {
    const value = form.get(name);
    out[name] = typeof value === 'string' ? value.trim() : '';
  }
  return out;
}

/** Drops empty strings, so optional fields are omitted rather than sent as ''. */
export function withoutEmpty<T extends Record<string, string>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '')) as Partial<T>;
}
