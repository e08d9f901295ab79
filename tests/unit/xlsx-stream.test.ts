import { describe, expect, it } from 'vitest';
import { readSheet, streamSheet } from '../../api/src/lib/xlsx.js';

// A streamed sheet pauses every few hundred rows so the zip keeps up (api/src/lib/xlsx.ts). It
// must still write every row, and stop writing once its reader has gone.

const columns = [
  { header: '序号', width: 8, value: (n: number) => n },
  { header: '名称', width: 20, value: (n: number) => `企业${n}` },
];

/** 1..total, counting how many were taken. */
function counted(total: number) {
  const taken = { n: 0 };
  function* rows() {
    for (let n = 1; n <= total; n++) {
      taken.n = n;
      yield n;
    }
  }
  return { rows: rows(), taken };
}

async function readAll(stream: ReadableStream<Uint8Array>) {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('a streamed sheet', () => {
  it('holds every row, in order, after its pauses', async () => {
    const { rows } = counted(1_234);
    const bytes = await readAll(await streamSheet('名录', columns, rows));
    const { headers, records } = await readSheet(bytes.buffer as ArrayBuffer);
    expect(headers).toEqual(['序号', '名称']);
    expect(records).toHaveLength(1_234);
    expect(records[1_233]).toEqual({ row: 1_235, values: { 序号: '1234', 名称: '企业1234' } });
  });

  it('stops taking rows once its reader has gone', async () => {
    const total = 200_000;
    const { rows, taken } = counted(total);
    const reader = (await streamSheet('名录', columns, rows)).getReader();
    await reader.read();
    await reader.cancel();
    const atCancel = taken.n;
    await new Promise((resolve) => setTimeout(resolve, 200));
    // At most the rows up to the next pause are taken after the reader went.
    expect(taken.n - atCancel).toBeLessThanOrEqual(200);
    expect(taken.n).toBeLessThan(total);
  });
});
