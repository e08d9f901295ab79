import type { RiskRegister } from '$lib/api/types';

// What a failed risk form action answers (see actionFailure), and which form it belongs to.
export interface Failure {
  message: string;
  errors: Record<string, string>;
  values: Record<string, string>;
}

/** The enterprise's grade thresholds, for the assessment form's live grade. */
export type GradeBands = RiskRegister['gradeBands'];

export type FailureFor = (formKey: string) => Failure | null;

export interface Assessed {
  eventId: string;
  method: string;
  score: number;
  grade: string;
}

/** Picks the failure out of a page's `form` when the named form caused it. */
export function failureLookup(form: unknown): FailureFor {
  const failure =
    form && typeof form === 'object' && 'errors' in form && 'values' in form
      ? (form as Failure)
      : null;
  return (key) => (failure && failure.values.form === key ? failure : null);
}
