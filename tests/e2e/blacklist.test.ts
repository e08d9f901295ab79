import { describe, expect, it } from 'vitest';
import { withCheckCharacter } from '@shuangfang/api';
import { ENTERPRISES } from '../../seeds/demo/data.js';
import { useAppInBrowser } from '../support/e2e.js';

// The public blacklist query (应急管理部令第11号: the list is published): an anonymous visitor
// searches by name and by credit code and sees listed enterprises only — never one that is merely
// notified. Then the county agency sees both entries on its console.

const LISTED = '石城县宝福化工有限公司';
const NOTIFIED = '石城县通天寨烟花爆竹有限公司';
const creditCodeOf = (name: string) =>
  withCheckCharacter(ENTERPRISES.find((e) => e.name === name)!.first17);

const { open, newPage, logIn, pageErrors } = useAppInBrowser();

async function search(q: string) {
  const page = await newPage();
  await open(page, '/public/blacklist');
  await page.locator('input[name="q"]').fill(q);
  await page.getByRole('button', { name: '查询' }).click();
  await page.waitForURL(/\?q=/);
  await page.waitForLoadState('networkidle');
  return page;
}

describe('public blacklist query', () => {
  it('finds the listed enterprise by name and by credit code, and nothing else', async () => {
    const byName = await search('石城县');
    const entries = byName.getByTestId('public-blacklist-entry');
    expect(await entries.count()).toBe(1);
    const text = await entries.first().innerText();
    expect(text).toContain(LISTED);
    expect(text).toContain(creditCodeOf(LISTED));
    expect(text).toContain('（石）应急失信〔2024〕1号');
    expect(text).toContain('第六条第一项');
    expect(text).not.toContain(NOTIFIED);

    const byCode = await search(creditCodeOf(LISTED));
    expect(await byCode.getByTestId('public-blacklist-entry').count()).toBe(1);
    expect(await byCode.getByTestId('public-blacklist-entry').innerText()).toContain(LISTED);

    // Notified (awaiting its 陈述申辩) is not published, by name or by code.
    for (const q of ['通天寨', creditCodeOf(NOTIFIED)]) {
      const page = await search(q);
      expect(await page.getByTestId('public-blacklist-entry').count()).toBe(0);
      await page.getByTestId('public-blacklist-none').waitFor();
    }
  });

  it('shows the county agency both entries, with its actions', async () => {
    const agency = await logIn('13800000001');
    await open(agency, '/blacklist');
    const rows = agency.getByTestId('blacklist-row');
    expect(await rows.count()).toBe(2);
    await agency.getByRole('link', { name: NOTIFIED }).click();
    await agency.waitForURL(/\/blacklist\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
    expect(await agency.getByTestId('blacklist-state').innerText()).toBe('已告知');
    await agency.getByTestId('move-withdraw').waitFor();
    expect(await agency.getByTestId('blacklist-history').innerText()).toContain(
      '石城县应急局管理员',
    );
  });

  it('lets the county agency propose by credit code, notify, and withdraw through the forms', async () => {
    const target = '石城县鑫达机械有限公司';
    const agency = await logIn('13800000001');
    await open(agency, '/blacklist');
    const form = agency.getByTestId('propose-form');
    await form.locator('input[name="creditCode"]').fill(creditCodeOf(target));
    await form.locator('input[name="penaltyDecisionNumber"]').fill('（石）应急罚〔2026〕20号');
    await form.locator('textarea[name="reason"]').fill('未按规定开展隐患排查治理，拒不整改');
    await form.locator('textarea[name="legalBasis"]').fill('应急管理部令第11号第六条');
    await form.getByRole('button', { name: '提出' }).click();
    await agency.waitForURL(/\/blacklist\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
    await agency.waitForLoadState('networkidle');
    expect(await agency.getByTestId('blacklist-state').innerText()).toBe('拟列入');

    await agency.getByTestId('move-notify').getByRole('button', { name: '告知' }).click();
    await agency.getByTestId('move-list').waitFor();
    expect(await agency.getByTestId('blacklist-state').innerText()).toBe('已告知');
    // Listing inside the statement period, with no statement filed: the API's 409 on the form.
    const list = agency.getByTestId('move-list');
    await list.locator('textarea[name="decisionNumber"]').fill('（石）应急失信〔2026〕3号');
    await list.getByRole('button', { name: '列入名单' }).click();
    expect(await list.getByTestId('form-error').innerText()).toContain('期满前不能列入');

    const withdraw = agency.getByTestId('move-withdraw');
    await withdraw.locator('textarea[name="reason"]').fill('企业已完成整改，撤销拟列入');
    await withdraw.getByRole('button', { name: '撤销拟列入' }).click();
    await agency.getByTestId('blacklist-state').filter({ hasText: '已撤销' }).waitFor();
    expect(await agency.getByTestId('blacklist-history').innerText()).toContain(
      '企业已完成整改，撤销拟列入',
    );
  });

  it('raised no script or CSP errors', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('the listed enterprise’s own pages', () => {
  it('show its listing to its 主要负责人, on its enterprise page and its blacklist page', async () => {
    const admin = await logIn('13800000131');
    for (const path of ['/enterprise', '/blacklist']) {
      await open(admin, path);
      const notice = admin.getByTestId('blacklist-notice');
      expect(await notice.count()).toBe(1);
      expect(await notice.innerText()).toContain('已被列入严重失信主体名单');
    }
    expect(pageErrors).toEqual([]);
  });
});
