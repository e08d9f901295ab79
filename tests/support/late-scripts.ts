import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// A page whose scripts arrive late, as on a mine site's weak signal: what a person types before
// hydration must survive it.
//
// The files using this open their pages with `serviceWorkers: 'block'`: scripts a service worker
// answers from its cache never reach the route that holds them back (Playwright's page.route
// sees only the network), and the case here is the phone that has not cached them yet.

/**
 * Opens `url` with each of the app's scripts held back until `hydrated()` is called, however
 * long the test takes to type (a time limit would pass or fail with the machine's load).
 * `served()` counts the scripts let through so far (0 proves the page has not hydrated yet);
 * `hydrated()` lets them all through and waits for every one to be served and the network to
 * settle.
 */
export async function openWithLateScripts(page: Page, url: string) {
  let requested = 0;
  let served = 0;
  let release: () => void = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_app/**', async (route) => {
    if (!new URL(route.request().url()).pathname.endsWith('.js')) return route.continue();
    requested += 1;
    await arrived;
    await route.continue();
    served += 1;
  });
  await page.goto(url, { waitUntil: 'commit' });
  return {
    served: () => served,
    hydrated: async () => {
      release();
      await page.waitForLoadState('networkidle');
      expect(requested).toBeGreaterThan(0);
      expect(served).toBe(requested);
      await page.unroute('**/_app/**');
    },
  };
}
