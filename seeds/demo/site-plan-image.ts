import { deflateSync } from 'node:zlib';

// Draws a plain site plan for the demo: a light ground with a road grid and the outline of each
// building, as an RGB PNG. Real enterprises upload their own drawings.

const WIDTH = 1200;
const HEIGHT = 800;

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

export function drawSitePlan(outlines: [number, number][][]): {
  png: Buffer;
  width: number;
  height: number;
} {
  const pixels = Buffer.alloc(WIDTH * HEIGHT * 3, 0xf4);
  const paint = (x: number, y: number, shade: number) => {
    if (x < 0 || y < 0 || x >= WIDTH || y >= HEIGHT) return;
    pixels.fill(shade, (y * WIDTH + x) * 3, (y * WIDTH + x) * 3 + 3);
  };
  // Roads every 200 px.
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) if (x % 200 < 14 || y % 200 < 14) paint(x, y, 0xdd);
  }
  // Building outlines: the bounding box of each outline, three pixels thick.
  for (const outline of outlines) {
    const xs = outline.map(([x]) => Math.round(x * WIDTH));
    const ys = outline.map(([, y]) => Math.round(y * HEIGHT));
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (let t = 0; t < 3; t++) {
      for (let x = x0; x <= x1; x++) (paint(x, y0 + t, 0x55), paint(x, y1 - t, 0x55));
      for (let y = y0; y <= y1; y++) (paint(x0 + t, y, 0x55), paint(x1 - t, y, 0x55));
    }
  }
  const rows = Buffer.alloc((WIDTH * 3 + 1) * HEIGHT);
  for (let y = 0; y < HEIGHT; y++)
    pixels.copy(rows, y * (WIDTH * 3 + 1) + 1, y * WIDTH * 3, (y + 1) * WIDTH * 3);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { png, width: WIDTH, height: HEIGHT };
}
