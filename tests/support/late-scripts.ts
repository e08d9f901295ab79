import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// A page whose scripts arrive late, as on a mine site's weak signal: what a person types before
// hydration must survive it.

export const SCRIPT_DELAY_MS = 3_000;

/**
 * Opens `url` with each of the app's scripts held back 3 s (longer where a test has more to do
 * before they arrive than a loaded machine does in 3 s). Returns the number of scripts served
 * so far (0 proves the page has not hydrated yet) and a wait for hydration: every delayed script
 * served and the network settled.
 */
export async function openWithLateScripts(page: Page, url: string, delayMs = SCRIPT_DELAY_MS) {
  let requested = 0;
  let served = 0;
  await page.route('**/_app/**', async (route) => {
    if (!new URL(route.request().url()).pathname.endsWith('.js')) return route.continue();
    requested += 1;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    await route.continue();
    served += 1;
  });
  await page.goto(url, { waitUntil: 'commit' });
  return {
    served: () => served,
    hydrated: async () => {
      await page.waitForLoadState('networkidle');
      expect(requested).toBeGreaterThan(0);
      expect(served).toBe(requested);
      await page.unroute('**/_app/**');
    },
  };
}
