import { getContext, setContext } from 'svelte';
import type { Translate } from './index';

const KEY = Symbol('translate');

/**
 * The root layout provides a getter rather than a fixed function, so text follows the locale
 * when layout data changes after a switch, without re-creating components.
 */
export function provideTranslate(current: () => Translate): void {
  setContext(KEY, current);
}

export function useTranslate(): Translate {
  const current = getContext<(() => Translate) | undefined>(KEY);
  if (!current) throw new Error('useTranslate() outside the root layout');
  // TFunction's overloads cannot be forwarded by type; the arguments pass through unchanged.
  type Loose = (...args: unknown[]) => string;
  const forward: Loose = (...args) => (current() as unknown as Loose)(...args);
  return forward as unknown as Translate;
}
