import type { UploadContentType } from '@shuangfang/db';
import { sniffImage } from '../../lib/image.js';

// A photo is recognised by its content, never by its name or declared type: PNG and JPEG as the
// site plan recognises them, WebP by its RIFF container holding a "WEBP" form.

function isWebp(bytes: Uint8Array): boolean {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  return bytes.length >= 16 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP';
}

export function photoType(bytes: Uint8Array): UploadContentType | null {
  if (isWebp(bytes)) return 'image/webp';
  return sniffImage(bytes)?.type ?? null;
}
