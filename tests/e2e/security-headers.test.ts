import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';

// The headers of the one process (server/server-start.ts): every response carries nosniff, a referrer
// policy and frame refusal; pages carry SvelteKit's CSP, the API its own. The CSP is enforced: an
// injected inline script does not run, and the browser reports it — which is how every other
// browser test would notice a page of ours breaking its own policy (support/e2e.ts).

const app = useAppInBrowser();
const { open, logIn, pageErrors } = app;

async function headersOf(path: string) {
  const res = await fetch(`${app.server.url}${path}`, { redirect: 'manual' });
  await res.arrayBuffer();
  return res.headers;
}

function expectCommon(headers: Headers, label: string) {
  expect(headers.get('x-content-type-options'), label).toBe('nosniff');
  expect(headers.get('referrer-policy'), label).toBe('same-origin');
  expect(headers.get('x-frame-options'), label).toBe('DENY');
}

describe('security headers', () => {
  it('are on pages, the API, the docs and static files', async () => {
    const login = await headersOf('/login');
    expectCommon(login, '/login');
    const pageCsp = login.get('content-security-policy') ?? '';
    expect(pageCsp).toContain("frame-ancestors 'none'");
    expect(pageCsp).toMatch(/script-src 'self'( 'sha256-[^']+')*/);
    expect(pageCsp).not.toContain("script-src 'self' 'unsafe-inline'");

    for (const path of ['/api/v1/health', '/api/openapi.json', '/api/docs']) {
      const headers = await headersOf(path);
      expectCommon(headers, path);
      expect(headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
    const html = await (await fetch(`${app.server.url}/login`)).text();
    const asset = /\/_app\/immutable\/[^"']+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    expectCommon(await headersOf(asset!), asset!);
  });

  it('keep an injected inline script from running, and the browser says so', async () => {
    const page = await logIn('13800000012');
    await open(page, '/hazards');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => pageErrors.some((e) => /Content Security Policy/i.test(e))).toBe(true);
    // That report was this test's doing; the pages themselves raised none.
    const ours = pageErrors.filter((e) => !/Content Security Policy/i.test(e));
    expect(ours).toEqual([]);
    pageErrors.length = 0;
  });
});
