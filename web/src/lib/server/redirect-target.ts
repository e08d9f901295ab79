/** A same-site path to return to after a form post; anything else (e.g. //evil.example) is '/'. */
export function localPath(value: FormDataEntryValue | null): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/';
  return value;
}
