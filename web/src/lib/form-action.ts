/**
 * The URL of a page's named form action that keeps a regulator's `?enterprise=`: a bare
 * `?/name` replaces the query, and the action would no longer know which enterprise it is for.
 */
export function actionKeepingEnterprise(url: URL, name: string): string {
  const enterprise = url.searchParams.get('enterprise');
  return enterprise ? `?enterprise=${encodeURIComponent(enterprise)}&/${name}` : `?/${name}`;
}
