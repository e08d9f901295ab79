import i18next, { type TFunction } from 'i18next';
import en from './en';
import zhCN from './zh-CN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const LOCALE_COOKIE = 'sf_locale';

export type Translate = TFunction;

// One instance with every catalogue loaded synchronously. Requests never call changeLanguage
// (that would race between concurrent requests); each takes a translator fixed to its locale.
const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
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
