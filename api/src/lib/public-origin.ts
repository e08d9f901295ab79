import type { Context } from 'hono';
import { isHttps, requestHost } from './client-address.js';
import type { AppEnv } from './create-router.js';

// Public links (a board's QR code, a published draw's file and check) must open on a citizen's
// phone, so they are built on the configured PUBLIC_ORIGIN. Without it the host the request came
// to is used, and a loopback host is reported back so that the page warns the manager before
// anyone prints a QR code no phone can open.

export interface PublicOrigin {
  /** `https://host[:port]`, no trailing slash. */
  origin: string;
  /** Whether PUBLIC_ORIGIN is set. */
  configured: boolean;
  /** Why links built on it will not open on a phone; null when they will. */
  warning: string | null;
}

const isLoopback = (hostname: string) =>
  hostname === 'localhost' ||
  hostname.endsWith('.localhost') ||
  hostname === '0.0.0.0' ||
  hostname === '[::1]' ||
  /^127\.\d+\.\d+\.\d+$/.test(hostname);

export function publicOriginOf(c: Context<AppEnv>): PublicOrigin {
  const configured = c.var.config.publicOrigin;
  if (configured) return { origin: configured, configured: true, warning: null };
  const origin = `${isHttps(c) ? 'https' : 'http'}://${requestHost(c) ?? 'localhost'}`;
  const warning = isLoopback(new URL(origin).hostname)
    ? `未配置公开访问地址（PUBLIC_ORIGIN），公开链接和二维码指向本机地址 ${origin}，手机扫码无法打开；请管理员设置 PUBLIC_ORIGIN（如 https://shuangfang.example.gov.cn）后重新发布`
    : null;
  return { origin, configured: false, warning };
}
