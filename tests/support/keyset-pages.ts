/**
 * Up to `pages` pages of a keyset list, each as the services cut them: `limit + 1` rows are read,
 * and the `limit`-th row's key is the cursor of the next page. The shape tests compare two ways of
 * reading a list with it, page for page.
 */
export async function keysetPages<Row>(
  read: (after?: [Date, string]) => Promise<Row[]>,
  o: { limit: number; pages: number; keyOf: (row: Row) => [Date, string] },
) {
  const out: Row[][] = [];
  let after: [Date, string] | undefined;
  for (let p = 0; p < o.pages; p++) {
    const rows = await read(after);
    out.push(rows);
    if (rows.length <= o.limit) break;
    after = o.keyOf(rows[o.limit - 1]!);
  }
  return out;
}
