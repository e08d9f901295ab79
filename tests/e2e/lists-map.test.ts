import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';
import { readXlsx } from '../support/xlsx.js';

// 三清单 pages, the completeness page and the four-colour map's PNG/PDF, in a real browser on the
// built app with the demo data. Expected rows come from the API's own answer for the enterprise,
// so the pages are checked against the register, not against numbers copied from the seed.

const MANAGER = '13800000012'; // 琴江矿业安全管理员
const COUNTY_REGULATOR = '13800000001'; // 石城县应急管理局
const NEIGHBOUR_REGULATOR = '13800000003'; // 九江市应急管理局
const ENTERPRISE = '石城县琴江矿业有限公司';

interface Register {
  sitePlan: { width: number; height: number; byteSize: number } | null;
  objects: {
    id: string;
    name: string;
    units: {
      id: string;
      events: {
        id: string;
        grade: string | null;
        measures: unknown[];
        emergencyMeasures: unknown[];
      }[];
    }[];
  }[];
}

// A Chinese browser, as its users have, that keeps the lists and maps it downloads.
const app = useAppInBrowser({ locale: 'zh-CN', acceptDownloads: true });
const { open, logIn, pageErrors } = app;
let manager: Page;
let enterpriseId: string;
let register: Register;

/** The API's answer with the page's session, to compare the page with. */
async function apiJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`${app.server.url}/api/v1${path}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<[Download, Buffer]> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return [download, await readFile(path!)];
}

const events = () => register.objects.flatMap((o) => o.units.flatMap((u) => u.events));
const rows = (page: Page) => page.getByTestId('list-row');

// Runs after useAppInBrowser's, which starts the app and the browser: in the order registered.
beforeAll(async () => {
  manager = await logIn(MANAGER);
  const me = await apiJson<{ membership: { enterpriseId: string } }>(manager, '/auth/me');
  enterpriseId = me.membership.enterpriseId;
  register = await apiJson<Register>(manager, `/enterprises/${enterpriseId}/risk-register`);
});

describe('三清单 pages', () => {
  it('shows 安全风险清单 one row per event, with an object’s cells merged over its events', async () => {
    await open(manager, '/risk/lists/risk');
    expect(await manager.getByTestId('list-title').innerText()).toContain(ENTERPRISE);
    expect(await manager.getByTestId('list-title').innerText()).toContain('安全风险清单');
    expect(await rows(manager).count()).toBe(events().length);

    const objectCells = manager.locator(
      '[data-testid="list-group-cell"][data-level="object"][data-column="object"]',
    );
    const withEvents = register.objects.filter((o) => o.units.some((u) => u.events.length > 0));
    expect(await objectCells.allInnerTexts()).toEqual(withEvents.map((o) => o.name));
    // The object with several events is one cell spanning them, as on paper.
    const largest = withEvents.reduce((a, b) =>
      b.units.flatMap((u) => u.events).length > a.units.flatMap((u) => u.events).length ? b : a,
    );
    const span = largest.units.flatMap((u) => u.events).length;
    expect(span).toBeGreaterThan(1);
    const cell = objectCells.filter({ hasText: largest.name });
    expect(await cell.getAttribute('rowspan')).toBe(String(span));
  });

  it('shows 管控措施清单 and 应急处置清单 one row per measure, merged per event', async () => {
    await open(manager, '/risk/lists/risk');
    await manager.getByTestId('list-kind-measures').click();
    await manager.waitForURL((url) => url.pathname === '/risk/lists/measures');
    const measures = events().reduce((n, e) => n + e.measures.length, 0);
    expect(await rows(manager).count()).toBe(measures);
    expect(await manager.getByTestId('list-title').innerText()).toContain('管控措施清单');
    // One event cell per event that has measures; none repeated.
    const eventCells = manager.locator(
      '[data-testid="list-group-cell"][data-level="event"][data-column="hazardFactor"]',
    );
    expect(await eventCells.count()).toBe(events().filter((e) => e.measures.length > 0).length);

    await manager.getByTestId('list-kind-emergency').click();
    await manager.waitForURL((url) => url.pathname === '/risk/lists/emergency');
    const emergency = events().reduce((n, e) => n + e.emergencyMeasures.length, 0);
    expect(emergency).toBeGreaterThan(0);
    expect(await rows(manager).count()).toBe(emergency);
  });

  it('narrows the rows to the chosen grade with the filter form', async () => {
    const red = events().filter((e) => e.grade === 'red');
    expect(red.length).toBeGreaterThan(0);
    expect(red.length).toBeLessThan(events().length);
    await open(manager, '/risk/lists/risk');
    await manager.getByTestId('filter-grade').selectOption('red');
    await manager.getByTestId('filter-apply').click();
    await manager.waitForURL((url) => url.searchParams.get('grade') === 'red');
    await expect.poll(() => rows(manager).count()).toBe(red.length);
    const grades = await rows(manager).evaluateAll((trs) => trs.map((tr) => tr.dataset.grade));
    expect(grades.every((g) => g === 'red')).toBe(true);
    expect(await manager.getByTestId('list-count').innerText()).toContain(String(events().length));

    // Only the grades the list has are offered; an unknown value in the address matches nothing.
    const offered = await manager
      .getByTestId('filter-grade')
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const present = new Set(events().map((e) => e.grade ?? 'none'));
    expect(offered).toEqual([
      '',
      ...['red', 'orange', 'yellow', 'blue', 'none'].filter((g) => present.has(g)),
    ]);
    await open(manager, '/risk/lists/risk?grade=nonsense');
    expect(await rows(manager).count()).toBe(0);
    await manager.getByTestId('list-no-match').waitFor();
  });

  it('downloads the list as .xlsx with the Chinese headers', async () => {
    await open(manager, '/risk/lists/measures');
    const [download, data] = await downloaded(manager, () =>
      manager.getByTestId('list-download').click(),
    );
    expect(download.suggestedFilename()).toBe(`${ENTERPRISE}管控措施清单.xlsx`);
    const sheet = await readXlsx(data);
    expect(sheet[0]![0]).toBe(`${ENTERPRISE} 管控措施清单`);
    expect(sheet[1]).toEqual([
      '序号',
      '风险分析对象',
      '风险分析单元',
      '危险有害因素',
      '风险等级',
      '措施类别',
      '管控措施',
      '管控层级',
      '责任人',
      '排查内容',
      '排查周期',
    ]);
    expect(sheet.length - 2).toBe(events().reduce((n, e) => n + e.measures.length, 0));
  });

  it('answers 404 for a list that does not exist', async () => {
    const response = await open(manager, '/risk/lists/hazards');
    expect(response?.status()).toBe(404);
  });
});

describe('four-colour map files', () => {
  it('downloads the map as a PNG larger than the plan, and as an A3 landscape PDF', async () => {
    const plan = register.sitePlan!;
    expect(plan).not.toBeNull();
    await open(manager, '/risk/map');
    expect(await manager.getByTestId('map-polygon').count()).toBeGreaterThan(0);

    const [png, pngData] = await downloaded(manager, () =>
      manager.getByTestId('map-download-png').click(),
    );
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect([...pngData.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: the sheet holds the whole plan plus title and legend bands.
    expect(pngData.readUInt32BE(16)).toBeGreaterThan(plan.width);
    expect(pngData.readUInt32BE(20)).toBeGreaterThan(plan.height);
    expect(pngData.length).toBeGreaterThan(plan.byteSize);

    const [pdf, pdfData] = await downloaded(manager, () =>
      manager.getByTestId('map-download-pdf').click(),
    );
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect(pdfData.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A3 landscape is 420 × 297 mm = 1190.55 × 841.89 pt.
    expect(pdfData.toString('latin1')).toMatch(/\/MediaBox \[0 0 1190\.\d+ 841\.\d+\]/);
    expect(await manager.getByTestId('map-download-error').count()).toBe(0);
  });
});

describe('regulators', () => {
  it('lets the county regulator read the lists of an enterprise in its county', async () => {
    const page = await logIn(COUNTY_REGULATOR);
    await open(page, `/risk/lists/risk?enterprise=${enterpriseId}`);
    expect(await rows(page).count()).toBe(events().length);
    // Switching lists, filtering and downloading keep the enterprise.
    const measuresHref = await page.getByTestId('list-kind-measures').getAttribute('href');
    expect(measuresHref).toBe(`/risk/lists/measures?enterprise=${enterpriseId}`);
    await page.getByTestId('filter-grade').selectOption('red');
    await page.getByTestId('filter-apply').click();
    await page.waitForURL((url) => url.searchParams.get('grade') === 'red');
    expect(new URL(page.url()).searchParams.get('enterprise')).toBe(enterpriseId);
    await expect
      .poll(() => rows(page).count())
      .toBe(events().filter((e) => e.grade === 'red').length);
    const [, data] = await downloaded(page, () => page.getByTestId('list-download').click());
    expect((await readXlsx(data))[0]![0]).toBe(`${ENTERPRISE} 安全风险清单`);
    await page.context().close();
  });

  it('refuses the neighbouring city’s regulator', async () => {
    const page = await logIn(NEIGHBOUR_REGULATOR);
    const response = await open(page, `/risk/lists/risk?enterprise=${enterpriseId}`);
    expect(response?.status()).toBe(404);
    expect(await rows(page).count()).toBe(0);
    const file = await page.request.get(
      `${app.server.url}/risk/lists/risk/download?enterprise=${enterpriseId}`,
    );
    expect(file.status()).toBe(404);
    const gaps = await open(page, `/risk/completeness?enterprise=${enterpriseId}`);
    expect(gaps?.status()).toBe(404);
    await page.context().close();
  });
});

// Last: the second case adds to the register, which the cases above compare against.
describe('completeness', () => {
  type Item = { id: string };
  type Answer = {
    complete: boolean;
    empty: boolean;
    noPositions: boolean;
    missing: Record<string, boolean | Item[]>;
  };

  /** The page's sections, their items and fix links against the API's answer. */
  async function expectPageToMatchApi(): Promise<Answer> {
    const api = await apiJson<Answer>(
      manager,
      `/enterprises/${enterpriseId}/register-completeness`,
    );
    const expected = Object.entries(api.missing)
      .filter(([, v]) => v === true || (Array.isArray(v) && v.length > 0))
      .map(([kind]) => kind);
    if (api.empty) expected.push('empty');
    if (api.noPositions) expected.push('noPositions');

    await open(manager, '/risk/completeness');
    await manager.getByTestId('completeness-incomplete').waitFor();
    const kinds = await manager
      .getByTestId('completeness-section')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.kind));
    expect([...kinds].sort()).toEqual([...expected].sort());
    for (const kind of expected) {
      const section = manager.locator(`[data-testid="completeness-section"][data-kind="${kind}"]`);
      const items = api.missing[kind];
      const ids = await section
        .getByTestId('completeness-item')
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id));
      expect(ids).toEqual(Array.isArray(items) ? items.map((i) => i.id) : []);
      const fix = await section.getByTestId('completeness-fix').getAttribute('href');
      expect(fix).toMatch(/^\/risk(\/map|\/boards)?$/);
    }
    return api;
  }

  it('says so when the register is complete', async () => {
    // The demo completes this enterprise's 一图一牌三清单, boards published included.
    const api = await apiJson<Answer>(
      manager,
      `/enterprises/${enterpriseId}/register-completeness`,
    );
    expect(api.complete).toBe(true);
    await open(manager, '/risk/completeness');
    await manager.getByTestId('completeness-complete').waitFor();
    expect(await manager.getByTestId('completeness-section').count()).toBe(0);
  });

  it('lists a new, unplaced object and its unassessed event without measures', async () => {
    const post = async (path: string, body: unknown) => {
      const response = await manager.request.post(`${app.server.url}/api/v1${path}`, {
        data: body,
        headers: { origin: app.server.url },
      });
      expect(response.status()).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    const base = `/enterprises/${enterpriseId}`;
    const objectId = await post(`${base}/risk-objects`, {
      name: '尾矿库',
      kind: '场所',
      department: '安全环保部',
      responsiblePerson: '钟华',
    });
    const unitId = await post(`${base}/risk-objects/${objectId}/units`, {
      name: '坝体巡查',
      responsiblePerson: '钟华',
    });
    const eventId = await post(`${base}/risk-units/${unitId}/events`, {
      hazardFactor: '汛期坝体浸润线升高',
      accidentType: '坍塌',
      consequence: '溃坝淹没下游',
    });

    const api = await expectPageToMatchApi();
    expect(api.missing.objectsNotPlaced).toEqual([{ id: objectId, name: '尾矿库' }]);
    const event = manager.locator(`[data-kind="eventsNotAssessed"] [data-id="${eventId}"]`);
    expect(await event.innerText()).toContain('尾矿库 / 坝体巡查');
    expect(await event.locator('a').getAttribute('href')).toBe(`/risk/events/${eventId}`);
    await manager.locator(`[data-kind="eventsWithoutMeasure"] [data-id="${eventId}"]`).waitFor();
  });
});

describe('pages', () => {
  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
