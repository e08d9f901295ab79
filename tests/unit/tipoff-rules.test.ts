import { DEFAULT_SETTINGS } from '@shuangfang/api';
import { describe, expect, it } from 'vitest';
import {
  generateReceiptCode,
  hashReceiptCode,
  normalizeReceiptCode,
} from '../../api/src/modules/tipoffs/receipt-code.js';
import { fenToYuan, rewardFen, yuanToFen } from '../../api/src/modules/tipoffs/reward.js';
import { reporterTrace } from '../../api/src/modules/tipoffs/reporter-traces.js';
import { stripMetadata } from '../../api/src/modules/tipoffs/strip-metadata.js';
import { makeJpegHead, makePng } from '../support/images.js';

const RULE = DEFAULT_SETTINGS.tipoffReward;

describe('the tip-off reward', () => {
  it('is 15% of the fine, rounded to the fen, within ¥3,000 and ¥300,000', () => {
    expect(rewardFen(yuanToFen('19999.99')!, RULE)).toBe(300_000);
    expect(rewardFen(yuanToFen('20000.07')!, RULE)).toBe(300_001);
    expect(rewardFen(yuanToFen('123456.78')!, RULE)).toBe(1_851_852);
    expect(rewardFen(yuanToFen('2000000')!, RULE)).toBe(30_000_000);
    expect(rewardFen(yuanToFen('9999999999.99')!, RULE)).toBe(30_000_000);
  });

  it('reads yuan with at most two decimals, and prints fen back as yuan', () => {
    expect(yuanToFen('12.5')).toBe(1250);
    expect(yuanToFen('0.07')).toBe(7);
    for (const bad of ['', '1.234', '-1', '1e5', '１２']) expect(yuanToFen(bad)).toBeNull();
    expect(fenToYuan(1_851_852)).toBe('18518.52');
    expect(fenToYuan(7)).toBe('0.07');
  });
});

describe('the receipt code', () => {
  it('is 16 unambiguous symbols, read back in any case with or without dashes', () => {
    const codes = new Set(Array.from({ length: 200 }, generateReceiptCode));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
      const typed = ` ${code.replace(/-/g, ' ').toLowerCase()} `;
      expect(normalizeReceiptCode(typed)).toBe(code.replace(/-/g, ''));
    }
    expect(normalizeReceiptCode('OOOO-1111-IIII-0000')).toBeNull();
    expect(normalizeReceiptCode('ABCD-EFGH')).toBeNull();
    expect(hashReceiptCode('ABCDEFGHJKLMNPQR')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('photo metadata stripped for the enterprise', () => {
  const ascii = (s: string) => new TextEncoder().encode(s);
  const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

  it('drops EXIF (APP1) and comments from a JPEG, keeping JFIF and the frame', () => {
    const head = new Uint8Array(makeJpegHead(4, 4));
    const exifBody = ascii('Exif\0\0GPS 25.123N 116.456E');
    const app1 = new Uint8Array([0xff, 0xe1, 0, exifBody.length + 2, ...exifBody]);
    const com = new Uint8Array([0xff, 0xfe, 0, 9, ...ascii('李四海')].slice(0, 4 + 7));
    const jpeg = new Uint8Array([...head.subarray(0, 20), ...app1, ...com, ...head.subarray(20)]);
    const stripped = stripMetadata(jpeg, 'image/jpeg');
    expect(text(stripped)).not.toContain('GPS');
    expect(text(stripped)).toContain('JFIF');
    expect(Buffer.from(stripped)).toEqual(Buffer.from(head));
  });

  it('drops text and EXIF chunks from a PNG, keeping the image chunks', () => {
    const png = new Uint8Array(makePng(2, 2));
    // length 10, type tEXt, 10 bytes of data, a CRC (not checked by the stripper).
    const textChunk = new Uint8Array([0, 0, 0, 10, ...ascii('tEXtAuthor\0LSH'), 0, 0, 0, 0]);
    // IHDR is 8 + 25 bytes; put the text chunk right after it.
    const withText = new Uint8Array([...png.subarray(0, 33), ...textChunk, ...png.subarray(33)]);
    expect(text(withText)).toContain('Author');
    const stripped = stripMetadata(withText, 'image/png');
    expect(Buffer.from(stripped)).toEqual(Buffer.from(png));
  });
});

describe('traces of the reporter in what the enterprise will read', () => {
  const code = 'K7QM3WXE9TPAHN4R';
  const reporter = { name: '李四海', phone: '0797-8123456', receiptHash: hashReceiptCode(code) };

  it('finds the name, the phone however it is spaced, its local number, and the receipt code', () => {
    expect(reporterTrace('李四海反映', reporter)).toBe('name');
    expect(reporterTrace('电话（0797）812 3456', reporter)).toBe('phone');
    expect(reporterTrace('拨打 8123456 联系', reporter)).toBe('phone');
    expect(reporterTrace('码 k7qm-3wxe-9tpa-hn4r', reporter)).toBe('receiptCode');
    expect(reporterTrace('码 K7QM 3WXE 9TPA HN4R。', reporter)).toBe('receiptCode');
  });

  it('leaves texts without them alone, and a one-character name cannot match', () => {
    expect(reporterTrace('3号仓库消防通道被易燃物堵塞，812 号货架', reporter)).toBeNull();
    expect(reporterTrace('码 K7QM-3WXE-9TPA-HN4S', reporter)).toBeNull();
    expect(reporterTrace('李师傅在场', { ...reporter, name: '李' })).toBeNull();
    expect(
      reporterTrace('无', { name: null, phone: null, receiptHash: reporter.receiptHash }),
    ).toBe(null);
  });
});
