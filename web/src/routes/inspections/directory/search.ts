import { ok } from '$lib/server/api';
import { membershipOf } from '$lib/server/guard';

// The directory picks people and enterprises by name: what a typed text matches, each with the
// label the picker shows ("名称（统一社会信用代码）", "姓名（手机号）", "姓名（执法证号）").

export const PICK_KINDS = ['enterprise', 'account', 'inspector'] as const;
export type PickKind = (typeof PICK_KINDS)[number];
export interface Match {
  id: string;
  label: string;
}

/** The text to search by: what is inside the label's brackets (a code, a phone) if any. */
const searchTextOf = (typed: string) => /（([^）]+)）\s*$/.exec(typed)?.[1] ?? typed.trim();

/** Up to 20 matches of the typed text among the caller's enterprises, accounts or inspectors. */
export async function matches(locals: App.Locals, kind: PickKind, typed: string): Promise<Match[]> {
  const q = searchTextOf(typed);
  if (!q) return [];
  if (kind === 'enterprise') {
    const page = await ok(
      locals.api.GET('/api/v1/enterprises', { params: { query: { q, limit: 20 } } }),
    );
    return page.items.map((e) => ({ id: e.id, label: `${e.name}（${e.creditCode}）` }));
  }
  if (kind === 'account') {
    const agencyId = membershipOf(locals).agencyId ?? undefined;
    const page = await ok(
      locals.api.GET('/api/v1/users', { params: { query: { q, agencyId, limit: 20 } } }),
    );
    return page.items.map((u) => ({
      id: u.id,
      label: `${u.displayName}（${u.phone ?? u.email}）`,
    }));
  }
  const { items } = await ok(locals.api.GET('/api/v1/inspectors'));
  return items
    .filter((i) => i.name.includes(q) || i.badgeNumber.includes(q))
    .slice(0, 20)
    .map((i) => ({ id: i.id, label: `${i.name}（${i.badgeNumber}）` }));
}

export type Resolved = { id: string } | { message: string; matches: Match[] };

/**
 * The record a submitted picker names: the match picked from a list, else the one match of the
 * typed text (or the one whose label it is exactly); otherwise a message and the matches to pick.
 */
export async function resolvePick(
  locals: App.Locals,
  kind: PickKind,
  form: FormData,
  field: string,
): Promise<Resolved | null> {
  const picked = String(form.get(field) ?? '');
  if (picked) return { id: picked };
  const typed = String(form.get(`${field}Query`) ?? '').trim();
  if (!typed) return null;
  const found = await matches(locals, kind, typed);
  const exact = found.filter((m) => m.label === typed);
  if (exact.length === 1) return { id: exact[0]!.id };
  if (found.length === 1) return { id: found[0]!.id };
  const message = found.length
    ? locals.t('inspections.pickOne')
    : locals.t('inspections.noMatch', { text: typed });
  return { message, matches: found };
}
