import { ok } from './api';

// A regulator's list narrowed to one jurisdiction of its subtree by `?jurisdictionCode=` — where
// a dashboard tile of a child jurisdiction leads. The API checks the code is in scope (404 when
// not); the page shows the name, so a person sees the list is narrowed and can widen it.

export interface ListScope {
  /** For the API's `jurisdictionCode`; undefined for the whole subtree. */
  jurisdictionCode: string | undefined;
  jurisdictionName: string | null;
}

export async function listScope(locals: App.Locals, url: URL): Promise<ListScope> {
  const code = url.searchParams.get('jurisdictionCode') || undefined;
  if (!code) return { jurisdictionCode: undefined, jurisdictionName: null };
  const { items } = await ok(locals.api.GET('/api/v1/jurisdictions'));
  return {
    jurisdictionCode: code,
    jurisdictionName: items.find((j) => j.code === code)?.name ?? code,
  };
}
