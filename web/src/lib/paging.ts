// Keyset paging only moves forward, so "previous" needs the cursors already passed. They ride in
// the URL as `trail`: one entry per earlier page, each 'c' + that page's cursor ('c' alone for the
// first page), joined with '.', which base64url cursors never contain.

export interface PageLinks {
  pageNumber: number;
  prev: string | null;
  next: string | null;
}

/** The query parameters of one list's paging; a page with two lists names the second's apart. */
export interface PageParams {
  cursor: string;
  trail: string;
}

export function pageLinks(
  url: URL,
  nextCursor: string | null,
  names: PageParams = { cursor: 'cursor', trail: 'trail' },
): PageLinks {
  const cursor = url.searchParams.get(names.cursor) ?? '';
  const trailParam = url.searchParams.get(names.trail) ?? '';
  const trail = trailParam ? trailParam.split('.') : [];

  const hrefWith = (newCursor: string, newTrail: string[]) => {
    const params = new URLSearchParams(url.searchParams);
    params.delete(names.cursor);
    params.delete(names.trail);
    if (newCursor) params.set(names.cursor, newCursor);
    if (newTrail.length) params.set(names.trail, newTrail.join('.'));
    const query = params.toString();
    return url.pathname + (query ? `?${query}` : '');
  };

  const last = trail.at(-1);
  return {
    pageNumber: trail.length + 1,
    prev: last === undefined ? null : hrefWith(last.slice(1), trail.slice(0, -1)),
    next: nextCursor ? hrefWith(nextCursor, [...trail, 'c' + cursor]) : null,
  };
}
