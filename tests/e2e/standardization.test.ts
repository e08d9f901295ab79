import { withCheckCharacter } from '@shuangfang/api';
import { describe, expect, it } from 'vitest';
import { ENTERPRISES } from '../../seeds/demo/data.js';
import { useAppInBrowser } from '../support/e2e.js';

// 安全生产标准化 in the browser, on the demo data: an anonymous visitor finds a certificate by
// credit code on the public page; the demo mine's 主要负责人 is told every reason an application
// would be refused (the mine has an open 重大隐患) before any form.

const { open, newPage, logIn, pageErrors } = useAppInBrowser();

describe('standardization', () => {
  it('an anonymous visitor finds a current certificate by credit code', async () => {
    const baofu = ENTERPRISES.find((e) => e.name === '石城县宝福化工有限公司')!;
    const code = withCheckCharacter(baofu.first17);
    const page = await newPage();
    await open(page, '/public/standardization');
    await page.getByTestId('public-standardization-search').locator('input[name=q]').fill(code);
    await page.getByTestId('public-standardization-search').locator('button').click();
    await page.getByTestId('public-certificate').first().waitFor();
    const rows = page.getByTestId('public-certificate');
    expect(await rows.count()).toBe(1);
    const text = await rows.first().innerText();
    expect(text).toContain('石城县宝福化工有限公司');
    expect(text).toContain(code);
    expect(text).toContain('三级');
    expect(text).toContain('赣州市应急管理局');
    // A revoked certificate is not current: the public does not find it.
    await open(page, `/public/standardization?q=${encodeURIComponent('通天寨')}`);
    await page.getByTestId('public-standardization-empty').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('an enterprise admin is told the reasons an application would be refused, before any form', async () => {
    const admin = await logIn('13800000011');
    await open(admin, '/standardization');
    const blocked = admin.getByTestId('apply-blocked');
    await blocked.waitFor();
    const reasons = await blocked.getByTestId('apply-blocked-reason').allInnerTexts();
    expect(reasons.some((r) => r.includes('未销号的重大隐患'))).toBe(true);
    expect(await blocked.innerText()).toContain('不予受理');
    // No form to fill in, and nothing was filed.
    expect(await admin.getByTestId('apply-form').count()).toBe(0);
    expect(await admin.getByTestId('applications').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('the province sees the application on 公示 it grades and the certificates expiring soon', async () => {
    const province = await logIn('13800000004');
    await open(province, '/standardization');
    const application = province.getByTestId('application-row').filter({ hasText: '莲乡食品' });
    expect(await application.innerText()).toContain('公示中');
    // The reviewer opens what the enterprise filed.
    const material = application.getByTestId('material-link');
    expect(await material.innerText()).toBe('企业平面布置图.png');
    const file = await province.request.get(
      new URL((await material.getAttribute('href'))!, province.url()).href,
    );
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('image/png');
    // Granting is offered; the API refuses it until the 公示 ends.
    await application.locator('input[name=number]').fill('赣AQBII2026E2E001');
    await application.getByRole('button', { name: '评定发证' }).click();
    await province.getByTestId('form-error').waitFor();
    expect(await province.getByTestId('form-error').innerText()).toContain('公示期满后');
    const expiring = province.getByTestId('certificate-row').filter({ hasText: '宝福化工' });
    expect(await expiring.innerText()).toMatch(/剩余 \d+ 天/);
    expect(pageErrors).toEqual([]);
  });
});
