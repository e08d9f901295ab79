import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../support/e2e.js';

// 双随机一公开 as the public checks it: from the public hub, without an account, a visitor opens a
// regulator's draws, reads how to verify one (the command and the endpoint) and follows a draw's
// verify link, which recomputes the draw from its published record.

const AGENCY = '石城县应急管理局';

const { open, newPage, pageErrors } = useAppInBrowser();

describe('public draws', () => {
  it('say how to verify a draw and link to its recomputation, which matches', async () => {
    const visitor = await newPage({ viewport: { width: 390, height: 844 } });
    await open(visitor, '/public');
    await visitor
      .getByTestId('public-agencies')
      .getByRole('row')
      .filter({ hasText: AGENCY })
      .getByRole('link', { name: '双随机抽查结果' })
      .click();
    await visitor.waitForURL(/\/public\/agencies\/[0-9a-f-]{36}\/inspections$/);
    await visitor.getByTestId('public-draws').waitFor();

    const howTo = visitor.getByTestId('verify-howto');
    expect(await howTo.innerText()).toContain('/api/v1/public/inspection-draws/{id}/verify');
    expect(await visitor.getByTestId('verify-command').innerText()).toContain('verify-draw');

    // The demo's draws are recorded through the API's own path: each verifies.
    const draws = visitor.getByTestId('public-draw');
    expect(await draws.count()).toBeGreaterThan(0);
    const href = await draws.first().getByTestId('verify-link').getAttribute('href');
    expect(href).toMatch(/\/api\/v1\/public\/inspection-draws\/[0-9a-f-]{36}\/verify$/);
    const answer = await visitor.request.get(new URL(href!, visitor.url()).href);
    expect(answer.status()).toBe(200);
    expect(await answer.json()).toMatchObject({ matches: true });

    // The hub also leads to the 判定标准 library.
    await open(visitor, '/public');
    await visitor.getByRole('link', { name: '判定标准库' }).click();
    await visitor.waitForURL(/\/public\/criteria$/);
    await visitor.context().close();
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
