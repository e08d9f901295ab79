import 'i18next';
import type zhCN from './zh-CN';

// Types every t('…') key against the Chinese catalogue, so a typo fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
