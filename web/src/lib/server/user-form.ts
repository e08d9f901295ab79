import type { Body, Membership } from '$lib/api/types';
import { ok } from './api';
import type { Role } from '@shuangfang/db/enums';
import { textFields } from './errors';

export const USER_FIELDS = [
  'displayName',
  'phone',
  'email',
  'role',
  'agencyId',
  'enterprise',
] as const;
export type UserFormValues = Record<(typeof USER_FIELDS)[number], string>;

export function readUserForm(form: FormData): UserFormValues {
  return textFields(form, USER_FIELDS);
}

/**
 * An agency admin names the enterprise of a new enterprise head by credit code or full name;
 * this finds its id. Exactly one match, or an exact credit code / name among a few, is accepted.
 */
export async function resolveEnterprise(
  api: App.Locals['api'],
  text: string,
): Promise<string | null> {
  if (!text) return null;
  const { items } = await ok(
    api.GET('/api/v1/enterprises', { params: { query: { q: text, limit: 5 } } }),
  );
  const exact = items.find((e) => e.creditCode === text.toUpperCase() || e.name === text);
  if (exact) return exact.id;
  return items.length === 1 ? (items[0]?.id ?? null) : null;
}

/** The body of POST /users for what the acting membership may create. */
export function userBody(
  membership: NonNullable<Membership>,
  values: UserFormValues,
  enterpriseId: string | null,
) {
  // The API decides which roles the caller may create and answers next to the field if not.
  const role = values.role as Body<'users.create'>['role'];
  return {
    displayName: values.displayName,
    phone: values.phone || undefined,
    email: values.email || undefined,
    role,
    agencyId:
      role === 'agency_admin'
        ? values.agencyId || undefined
        : role === 'inspector'
          ? (membership.agencyId ?? undefined)
          : undefined,
    enterpriseId: role === 'enterprise_admin' ? (enterpriseId ?? undefined) : undefined,
  };
}
