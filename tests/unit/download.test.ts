import { describe, expect, it } from 'vitest';
import { attachment } from '../../api/src/lib/download.js';

// Content-Disposition of every download (RFC 6266): the real name in filename*, and a plain
// ASCII filename beside it for clients that do not read filename*.

describe('attachment', () => {
  it('gives the ASCII name and the UTF-8 name', () => {
    expect(attachment('企业名录.xlsx', 'enterprise-registry.xlsx')).toBe(
      `attachment; filename="enterprise-registry.xlsx"; filename*=UTF-8''%E4%BC%81%E4%B8%9A%E5%90%8D%E5%BD%95.xlsx`,
    );
  });

  it('encodes the characters RFC 5987 does not allow bare in filename*', () => {
    expect(attachment("it's (1)*!.json")).toBe(
      `attachment; filename="it's (1)*!.json"; filename*=UTF-8''it%27s%20%281%29%2A%21.json`,
    );
  });

  it('replaces what a quoted ASCII filename cannot hold when no ASCII name is given', () => {
    expect(attachment('台账 "2026".xlsx')).toBe(
      `attachment; filename="__ _2026_.xlsx"; filename*=UTF-8''%E5%8F%B0%E8%B4%A6%20%222026%22.xlsx`,
    );
  });
});
