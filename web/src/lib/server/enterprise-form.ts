import type { EnterpriseInput } from '$lib/api/types';
import { ok } from './api';
import { textFields, withoutEmpty } from './errors';

export const ENTERPRISE_FIELDS = [
  'creditCode',
  'name',
  'industry',
  'scale',
  'address',
  'jurisdictionCode',
  'supervisingAgencyId',
] as const;

/** The enterprise form's fields: `values` to send back on failure, `input` for the API. */
export function readEnterpriseForm(form: FormData) {
  const values = textFields(form, ENTERPRISE_FIELDS);
  // An empty supervising agency means "this agency", which the API assumes when it is omitted.
  const input = withoutEmpty(values) as EnterpriseInput;
  return { values, input };
}

/** The choices the form's selects offer: the viewer's jurisdictions and agencies. */
export async function enterpriseFormChoices(api: App.Locals['api']) {
  const [jurisdictions, agencies] = await Promise.all([
    ok(api.GET('/api/v1/jurisdictions')),
    ok(api.GET('/api/v1/agencies')),
  ]);
  return { jurisdictions: jurisdictions.items, agencies: agencies.items };
}
