import { loadLocale } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// The shell's messages in the browser: the locale's catalogue is fetched before the first render
// when it is not the bundled default (lib/i18n/index.ts).
export const load: LayoutLoad = async ({ data }) => {
  await loadLocale(data.locale);
  return data;
};
