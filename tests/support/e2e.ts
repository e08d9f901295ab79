import type { Browser, BrowserContextOptions, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startAppServer, type RunningApp } from './app-server.js';
import { launchBrowser } from './browser.js';

/** The password of every demo account (seeds/demo). */
export const DEMO_PASSWORD = 'Demo2026';

export interface LogInOptions extends BrowserContextOptions {
  /** The demo password unless given: a new account logs in with its initial one. */
  password?: string;
}

export interface AppInBrowser {
  /** The running app; only inside tests and hooks, as it starts in beforeAll. */
  readonly server: RunningApp;
  /** Headless Chromium; only inside tests and hooks, as it starts in beforeAll. */
  readonly browser: Browser;
  /** The script errors of every page this file opened, for the file to assert are none. */
  readonly pageErrors: string[];
  /** A page in a new context (no session) whose script errors go to `pageErrors`. */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
  /** Opens a path of the app, or an absolute URL, once SvelteKit has hydrated it. */
  open: (page: Page, pathOrUrl: string) => Promise<Response | null>;
  /** A page in a new context, logged in as `phone` and past the login page. */
  logIn: (phone: string, options?: LogInOptions) => Promise<Page>;
}

/**
 * The product as a user meets it, for a browser test file: the built web app and the API in one
 * process on demo data (startAppServer), and a real headless Chromium. Call it once at the top of
 * the file: it registers the hooks that start both before the file's tests and stop them after.
 *
 * `contextOptions` apply to every page of the file (e.g. its locale, or accepting downloads);
 * `newPage` and `logIn` options override them for one page. Pages have a desktop window unless
 * told otherwise.
 */
export function useAppInBrowser(contextOptions: BrowserContextOptions = {}): AppInBrowser {
  let server: RunningApp | undefined;
  let browser: Browser | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  });
  // A failing test shows what the server said. onTestFailed rather than an afterEach checking the
  // state: it also fires when a later afterEach of the file fails the test, whatever the order.
  beforeEach(({ onTestFailed }) => {
    onTestFailed(() => console.log(`server output:\n${server?.output()}`));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  function started<T>(value: T | undefined, what: string): T {
    if (value === undefined) throw new Error(`${what} is started in beforeAll: use it in tests`);
    return value;
  }

  async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await started(browser, 'the browser').newContext({
      viewport: { width: 1280, height: 900 },
      ...contextOptions,
      ...options,
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // The pages must satisfy their own Content-Security-Policy: a violation counts as an error.
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content[ -]Security[ -]Policy/i.test(message.text()))
        pageErrors.push(message.text());
    });
    return page;
  }

  /**
   * Waits for the network to settle, i.e. for SvelteKit to hydrate: a form submitted while the
   * client router starts can have its navigation cancelled by it.
   */
  async function open(page: Page, pathOrUrl: string): Promise<Response | null> {
    const url = new URL(pathOrUrl, started(server, 'the app server').url);
    return page.goto(url.href, { waitUntil: 'networkidle' });
  }

  async function logIn(
    phone: string,
    { password = DEMO_PASSWORD, ...options }: LogInOptions = {},
  ): Promise<Page> {
    const page = await newPage(options);
    await open(page, '/login');
    await page.getByTestId('login-input').fill(phone);
    await page.getByTestId('password-input').fill(password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return page;
  }

  return {
    get server() {
      return started(server, 'the app server');
    },
    get browser() {
      return started(browser, 'the browser');
    },
    pageErrors,
    newPage,
    open,
    logIn,
  };
}
