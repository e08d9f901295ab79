import { afterAll, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';
import { makePng } from '../support/images.js';

// 隐患举报 in the browser: an anonymous visitor on a phone files a tip-off with a photo, keeps the
// receipt code, and follows it; the county's inspector verifies it, and the visitor sees the
// hazard it opened.

const { open, logIn, newPage, pageErrors } = useAppInBrowser();
afterAll(() => expect(pageErrors).toEqual([]));

const MINE = '石城县琴江矿业有限公司';
const PHOTO = { name: '现场.png', mimeType: 'image/png', buffer: makePng(8, 8) };
const DESCRIPTION = '废石场边坡上方有人违规作业，没有任何防护';

let receiptCode = '';

describe('public tip-offs', () => {
  it('lets an anonymous visitor file a tip-off with a photo and get a receipt code', async () => {
    const visitor = await newPage({ viewport: { width: 390, height: 844 } });
    await open(visitor, '/public/tipoff');
    await visitor.locator('#tipoff-q').fill('琴江矿业');
    await visitor.getByTestId('tipoff-search').getByRole('button').click();
    await visitor.waitForURL(/q=/);
    await visitor.getByTestId('tipoff-form').waitFor();
    expect(await visitor.getByTestId('tipoff-enterprise').allInnerTexts()).toEqual([MINE]);

    await visitor.locator('#tipoff-description').fill(DESCRIPTION);
    await visitor.locator('#tipoff-location').fill('废石场北侧边坡');
    await visitor.getByTestId('photo-input').setInputFiles(PHOTO);
    await visitor.getByTestId('tipoff-anonymous').check();
    // Anonymous: the name and phone fields are no longer asked for.
    expect(await visitor.locator('#tipoff-name').isVisible()).toBe(false);
    await visitor.getByTestId('tipoff-submit').click();

    const code = visitor.getByTestId('receipt-code');
    await code.waitFor();
    receiptCode = (await code.innerText()).trim();
    expect(receiptCode).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
  });

  it('shows its progress to whoever holds the receipt code', async () => {
    const visitor = await newPage({ viewport: { width: 390, height: 844 } });
    await open(visitor, '/public/tipoff/status');
    await visitor.locator('#status-code').fill(receiptCode.toLowerCase());
    await visitor.getByTestId('status-submit').click();
    await visitor.getByTestId('tipoff-status').waitFor();
    expect(await visitor.getByTestId('status-state').innerText()).toBe('已受理');
    expect(await visitor.getByTestId('tipoff-status').innerText()).toContain(MINE);
    // The code is posted, never put in the address.
    expect(visitor.url()).not.toContain(receiptCode);

    await visitor.locator('#status-code').fill('AAAA-BBBB-CCCC-DDDD');
    await visitor.getByTestId('status-submit').click();
    await visitor.getByText('查询码不正确').waitFor();
  });

  it('is verified by the county inspector, and the reporter then sees the hazard state', async () => {
    const inspector = await logIn('13800000002');
    await open(inspector, '/tipoffs');
    await inspector.getByRole('link', { name: DESCRIPTION }).click();
    await inspector.getByTestId('tipoff-detail').waitFor();
    await inspector.waitForLoadState('networkidle');
    expect(await inspector.getByTestId('tipoff-reporter').innerText()).toBe('匿名');
    expect(await inspector.locator('.photos img').count()).toBe(1);
    await inspector.getByTestId('tipoff-verify').click();
    await inspector.getByText('已核实').first().waitFor();
    expect(await inspector.getByTestId('tipoff-state').innerText()).toBe('已核实');

    const visitor = await newPage({ viewport: { width: 390, height: 844 } });
    await open(visitor, '/public/tipoff/status');
    await visitor.locator('#status-code').fill(receiptCode);
    await visitor.getByTestId('status-submit').click();
    await visitor.getByTestId('status-hazard').waitFor();
    expect(await visitor.getByTestId('status-state').innerText()).toBe('已核实');
    expect(await visitor.getByTestId('status-hazard').innerText()).toBe('已登记');
  });

  it('shows a demo tip-off found not substantiated, with its reason', async () => {
    const visitor = await newPage();
    await open(visitor, '/public/tipoff/status');
    await visitor.locator('#status-code').fill('DEMQ-NSUB-2345-6789');
    await visitor.getByTestId('status-submit').click();
    await visitor.getByTestId('status-reason').waitFor();
    expect(await visitor.getByTestId('status-state').innerText()).toBe('不属实');
    expect(await visitor.getByTestId('status-reason').innerText()).toContain('坝体无裂缝');
  });
});
