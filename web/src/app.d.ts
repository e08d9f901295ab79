import type { Locale, Translate } from '$lib/i18n';
import type { Api } from '$lib/server/api';
import type { Me } from '$lib/api/types';

declare global {
  namespace App {
    interface Locals {
      me: Me | null;
      locale: Locale;
      t: Translate;
      api: Api;
    }
    interface Error {
      message: string;
    }
  }
}

export {};
