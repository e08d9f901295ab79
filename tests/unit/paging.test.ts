import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../web/src/lib/paging.js';

// The web's keyset paging links (web/src/lib/paging.ts): "next" carries the cursor and the trail
// of the pages passed, "previous" pops it; a page with two lists pages the second under its own
// parameter names, leaving the first list's alone.

describe('pageLinks', () => {
  it('goes forward with the cursor and back along the trail', () => {
    const first = pageLinks(new URL('http://x/hazards?state=rectifying'), 'c1');
    expect(first).toEqual({
      pageNumber: 1,
      prev: null,
      next: '/hazards?state=rectifying&cursor=c1&trail=c',
    });
    const second = pageLinks(new URL(`http://x${first.next}`), 'c2');
    expect(second.pageNumber).toBe(2);
    expect(second.prev).toBe('/hazards?state=rectifying');
    expect(second.next).toBe('/hazards?state=rectifying&cursor=c2&trail=c.cc1');
    const third = pageLinks(new URL(`http://x${second.next}`), null);
    expect(third).toMatchObject({ pageNumber: 3, next: null });
    expect(third.prev).toBe('/hazards?state=rectifying&cursor=c1&trail=c');
  });

  it("pages a second list under its own names, keeping the other list's cursor", () => {
    const names = { cursor: 'statusCursor', trail: 'statusTrail' };
    const url = new URL('http://x/commitments?cursor=h1&status=missing');
    const first = pageLinks(url, 's1', names);
    expect(first.next).toBe('/commitments?cursor=h1&status=missing&statusCursor=s1&statusTrail=c');
    const second = pageLinks(new URL(`http://x${first.next}`), null, names);
    expect(second).toEqual({
      pageNumber: 2,
      prev: '/commitments?cursor=h1&status=missing',
      next: null,
    });
    // The first list, read from the same address, is still on its own first page's cursor.
    expect(pageLinks(new URL(`http://x${first.next}`), null).pageNumber).toBe(1);
  });
});
