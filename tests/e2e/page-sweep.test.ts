import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';

// Every page of every demo role's menu, and the first detail page of each list, at a phone
// (390×844) and a laptop (1366×900) window: the page never scrolls sideways, logs no console
// error, shows no raw ISO timestamp and no raw field key. A screenshot of each page at each width
// is kept under tests/.artifacts/sweep/ (kept as CI artifacts) for people to look at.

const SHOTS = fileURLToPath(new URL('../.artifacts/sweep/', import.meta.url));
const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
] as const;

// The demo logins of README.md, one per role.
const ROLES = [
  { role: 'platform-admin', phone: '13800000000' },
  { role: 'agency-admin', phone: '13800000001' },
  { role: 'inspector', phone: '13800000002' },
  { role: 'enterprise-admin', phone: '13800000011' },
  { role: 'safety-manager', phone: '13800000012' },
  { role: 'worker', phone: '13800000013' },
  { role: 'congress-rep', phone: '13800000014' },
  // The 危化 enterprise's 主要负责人: 重大危险源, run states, 承诺公告 and permits with data.
  { role: 'chemical-admin', phone: '13800000141' },
] as const;

// Pages no menu lists, reached from another page (a workbench link, the bell's list, the
// channels page): swept as if they were in the role's menu, with their first detail.
const BEYOND_MENU: Partial<Record<(typeof ROLES)[number]['role'], string[]>> = {
  'safety-manager': ['/checks/missed'],
  'agency-admin': ['/notifications/deliveries', '/reports/periodic', '/inspections/overdue'],
  'enterprise-admin': ['/notifications/deliveries', '/reports/periodic'],
  worker: ['/notifications/preferences'],
  'chemical-admin': ['/duties'],
};

// A time as the API sends it (2026-12-11T20:12:04.957Z): people read China time, formatted.
const RAW_ISO = /\d{4}-\d\d-\d\dT\d\d:\d\d/;
// A field as code names it ("plan.currentSituation: …", "creditCode: …"): messages name the field
// by its Chinese label. Only messages are searched: data may hold Latin words.
const RAW_FIELD_KEY = /\b[a-z]+(?:[A-Z][a-z]*)*(?:\.[a-zA-Z]+)*\s*[:：]/;
const MESSAGES = '[role="alert"], .error, .banner, [data-testid^="form-"]';

const { open, logIn } = useAppInBrowser();

/** What is wrong with the page as shown now, one line per finding. */
async function findings(page: Page): Promise<string[]> {
  const seen = await page.evaluate((selector) => {
    const messages = [...document.querySelectorAll<HTMLElement>(selector)].map((e) => e.innerText);
    // The widest element reaching past the window, to name the culprit of an overflow.
    let widest = '';
    let right = window.innerWidth + 1;
    for (const e of document.body.querySelectorAll<HTMLElement>('*')) {
      const r = e.getBoundingClientRect();
      if (r.right > right && e.closest('.table-wrap, .menu') === null) {
        right = r.right;
        widest = `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`;
      }
    }
    // Text of the bar cut short (an ellipsis, a clipped box): who is signed in must read whole.
    const clipped = [...document.querySelectorAll<HTMLElement>('.topbar *')]
      .filter((e) => e.innerText?.trim() && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.innerText.trim());
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      text: document.body.innerText,
      messages,
      widest,
      clipped,
    };
  }, MESSAGES);
  const found: string[] = [];
  if (seen.scrollWidth > seen.innerWidth + 1)
    found.push(`${seen.scrollWidth}px wide in ${seen.innerWidth}px (widest: ${seen.widest})`);
  for (const text of seen.clipped) found.push(`header text cut off: "${text}"`);
  const iso = RAW_ISO.exec(seen.text);
  if (iso) found.push(`raw ISO time: …${seen.text.slice(iso.index - 20, iso.index + 30)}…`);
  for (const message of seen.messages)
    if (RAW_FIELD_KEY.test(message)) found.push(`raw field key in "${message}"`);
  return found;
}

/** The first link of the page's list to one of its records: /reports → /reports/<ent>/<id>. */
async function firstDetail(page: Page, path: string, menu: string[]): Promise<string | null> {
  const hrefs = await page
    .locator(`main a[href^="${path}/"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const record = hrefs.find((href) => {
    const bare = new URL(href, 'http://x').pathname;
    // A record's address ends in an id (digits, a UUID); /hazards/snap or /risk/new is a page.
    return !menu.includes(bare) && /\d/.test(bare.slice(path.length));
  });
  return record ?? null;
}

describe('page sweep: every menu page and first detail fits the phone and the laptop, cleanly', () => {
  // One case per role, each with its own time: a slow machine fails the role it was on, not all.
  it.each(ROLES)('$role', { timeout: 150_000 }, async ({ role, phone }) => {
    mkdirSync(SHOTS, { recursive: true });
    const problems: string[] = [];
    const covered: string[] = [];
    const page = await logIn(phone, { viewport: WIDTHS[1] });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const menu = await page
      .locator('nav.menu a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(menu.length, `${role} has a menu`).toBeGreaterThan(0);
    const listed = [...menu, ...(BEYOND_MENU[role] ?? [])];
    const paths = [...listed];
    // The iterator also reaches the details pushed onto `paths` on the way.
    for (const [i, path] of paths.entries()) {
      errors.length = 0;
      await page.setViewportSize(WIDTHS[1]);
      await open(page, path);
      // Only menu pages lead on to a detail; one detail per list is enough to see its layout.
      if (i < listed.length) {
        const detail = await firstDetail(page, path, listed);
        if (detail && !paths.includes(detail)) paths.push(detail);
      }
      for (const size of [WIDTHS[1], WIDTHS[0]]) {
        await page.setViewportSize(size);
        // Layout settles within a frame of the resize; charts measure their box then.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        const name = `${role}${path.replace(/[/?=&]+/g, '_')}-${size.name}`;
        await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
        for (const f of await findings(page)) problems.push(`${path} ${size.name}: ${f}`);
      }
      for (const e of errors) problems.push(`${path}: console error ${e}`);
      covered.push(path);
    }
    await page.context().close();
    console.log(`sweep of ${role} covered ${covered.length} pages:\n${covered.join('\n')}`);
    expect(problems).toEqual([]);
  });
});
