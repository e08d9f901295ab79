import i18next, { type TFunction } from 'i18next';
import zhCN from './zh-CN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE = 'zh-CN' satisfies Locale;
export const LOCALE_COOKIE = 'sf_locale';

export type Translate = TFunction;

// One instance. Requests never call changeLanguage (that would race between concurrent
// requests); each takes a translator fixed to its locale. The default catalogue is part of the
// bundle; another is fetched the first time it is wanted (loadLocale), so a phone on the
// default locale never downloads the rest (P5 in bench/bundle-size.ts counts what it does).
const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  initAsync: false,
  // Svelte escapes what it renders; escaping here too would show &amp; in the page.
  interpolation: { escapeValue: false },
});

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

export function pickLocale(cookieValue: string | undefined): Locale {
  return isLocale(cookieValue) ? cookieValue : DEFAULT_LOCALE;
}

export function translator(locale: Locale): Translate {
  return i18n.getFixedT(locale);
}

const catalogues: Record<
  Exclude<Locale, typeof DEFAULT_LOCALE>,
  () => Promise<{ default: object }>
> = {
  en: () => import('./en'),
};

/** Makes `locale`'s messages available to `translator`: once, before its first use. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (locale === DEFAULT_LOCALE || i18n.hasResourceBundle(locale, 'translation')) return;
  const { default: messages } = await catalogues[locale]();
  i18n.addResourceBundle(locale, 'translation', messages);
}
