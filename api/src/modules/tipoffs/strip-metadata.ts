import type { UploadContentType } from '@shuangfang/db';

// A citizen's photo can carry who took it: EXIF holds the GPS position, the time, the phone's
// make and serial; XMP and PNG text chunks can hold names. The agency reads the photo as sent;
// the copy attached to the enterprise's hazard has these removed, so it shows only the picture.

/** JPEG: every APPn segment but APP0 (JFIF) and APP2 (ICC colour profile), and comments. */
function stripJpeg(bytes: Uint8Array): Uint8Array {
  const out: Uint8Array[] = [bytes.subarray(0, 2)]; // SOI
  let i = 2;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]!;
    if (marker === 0xda) break; // start of scan: the rest is image data
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    const end = i + 2 + length;
    const metadata = (marker >= 0xe1 && marker <= 0xef && marker !== 0xe2) || marker === 0xfe;
    if (!metadata) out.push(bytes.subarray(i, end));
    i = end;
  }
  out.push(bytes.subarray(i));
  return concat(out);
}

const PNG_METADATA = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

/** PNG: the text, EXIF and time chunks (each chunk has its own CRC, so the rest stay valid). */
function stripPng(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Uint8Array[] = [bytes.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= bytes.length) {
    const end = i + 12 + view.getUint32(i);
    const type = String.fromCharCode(...bytes.subarray(i + 4, i + 8));
    if (!PNG_METADATA.has(type)) out.push(bytes.subarray(i, end));
    i = end;
  }
  return concat(out);
}

/** WebP: the EXIF and XMP chunks, their flags cleared in VP8X and the RIFF size fixed. */
function stripWebp(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Uint8Array[] = [];
  let i = 12;
  while (i + 8 <= bytes.length) {
    const size = view.getUint32(i + 4, true);
    const end = Math.min(i + 8 + size + (size % 2), bytes.length);
    const type = String.fromCharCode(...bytes.subarray(i, i + 4));
    if (type !== 'EXIF' && type !== 'XMP ') {
      const chunk = bytes.slice(i, end);
      if (type === 'VP8X') chunk[8] = chunk[8]! & ~0x0c; // EXIF (0x08) and XMP (0x04) flags
      chunks.push(chunk);
    }
    i = end;
  }
  const body = concat(chunks);
  const header = bytes.slice(0, 12);
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  return concat([header, body]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function stripMetadata(bytes: Uint8Array, type: UploadContentType): Uint8Array {
  if (type === 'image/jpeg') return stripJpeg(bytes);
  if (type === 'image/png') return stripPng(bytes);
  return stripWebp(bytes);
}
