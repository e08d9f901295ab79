import { z } from '@hono/zod-openapi';
import { trustedProxies, trustedProxyProblem, type TrustedProxies } from './lib/trusted-proxies.js';

const HOUR = 3_600_000;

/**
 * Encrypts channel secrets when SHUANGFANG_SECRET_KEY is not set: good for the embedded demo, and
 * printed in the README so that nobody mistakes it for protection. Set your own in production.
 */
export const DEV_SECRET_KEY = 'shuangfang-dev-secret-key-not-for-production';

const EnvSchema = z.object({
  SESSION_IDLE_HOURS: z.coerce
    .number()
    .positive()
    .default(7 * 24),
  LOGIN_LIMIT_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  LOGIN_LIMIT_PER_ADDRESS: z.coerce.number().int().positive().default(30),
  LOGIN_LIMIT_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  TIPOFF_LIMIT_PER_ADDRESS: z.coerce.number().int().positive().default(5),
  TIPOFF_LIMIT_WINDOW_MINUTES: z.coerce.number().positive().default(60),
  /** Comma-separated addresses or CIDR blocks of the balancers in front of the app. */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ''),
    )
    .superRefine((entries, ctx) => {
      for (const entry of entries) {
        const problem = trustedProxyProblem(entry);
        if (problem) ctx.addIssue({ code: 'custom', message: `TRUSTED_PROXIES：${problem}` });
      }
    }),
  SWEEP_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(60),
  PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/, error: 'PUBLIC_ORIGIN 须为 http(s)://主机[:端口]' })
    .refine((u) => new URL(u).pathname === '/' && !new URL(u).search, {
      error: 'PUBLIC_ORIGIN 只写协议、主机和端口，不带路径',
    })
    .transform((u) => new URL(u).origin)
    .optional(),
  SHUANGFANG_SECRET_KEY: z.string().min(16).default(DEV_SECRET_KEY),
  SMTP_URL: z.url().optional(),
  SMTP_FROM: z.string().default('双防 Shuangfang <noreply@shuangfang.local>'),
  WEBHOOK_ALLOW_PRIVATE_NETWORK: z.enum(['true', 'false']).default('false'),
});

export interface AppConfig {
  /** A session unused for this long is gone (Lucia's inactivity timeout). */
  sessionIdleMs: number;
  /** `last_verified_at` is written at most this often, so reads stay reads. */
  sessionRefreshMs: number;
  loginLimitPerAccount: number;
  loginLimitPerAddress: number;
  loginLimitWindowMs: number;
  /** Public tip-offs filed per client address within the window (then 429). */
  tipoffLimitPerAddress: number;
  tipoffLimitWindowMs: number;
  /** Whose X-Forwarded-* headers are believed (lib/trusted-proxies.ts). */
  trustedProxies: TrustedProxies;
  /** The calendar sweeps run once per this period in the whole cluster (sweep-schedule.ts). */
  sweepIntervalMs: number;
  /**
   * Where the public reaches the app (`https://host[:port]`): public links and the boards' QR
   * codes are built on it. Unset, they use the host the request came to, which is wrong behind
   * a proxy and useless to a phone when that host is the loopback.
   */
  publicOrigin: string | null;
  /** Key material of the channel secrets' encryption (lib/secret-box.ts). */
  secretKey: string;
  /** nodemailer's SMTP connection URL; without one, reminders are not sent by e-mail. */
  smtpUrl: string | null;
  smtpFrom: string;
  /**
   * Whether webhooks and robots may reach loopback and private addresses. Off by default: a
   * tenant's admin types the URL, and the server must not become their way into our network.
   */
  allowPrivateTargets: boolean;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.parse(env);
  return {
    sessionIdleMs: parsed.SESSION_IDLE_HOURS * HOUR,
    sessionRefreshMs: HOUR,
    loginLimitPerAccount: parsed.LOGIN_LIMIT_PER_ACCOUNT,
    loginLimitPerAddress: parsed.LOGIN_LIMIT_PER_ADDRESS,
    loginLimitWindowMs: parsed.LOGIN_LIMIT_WINDOW_MINUTES * 60_000,
    tipoffLimitPerAddress: parsed.TIPOFF_LIMIT_PER_ADDRESS,
    tipoffLimitWindowMs: parsed.TIPOFF_LIMIT_WINDOW_MINUTES * 60_000,
    trustedProxies: trustedProxies(parsed.TRUSTED_PROXIES),
    sweepIntervalMs: parsed.SWEEP_INTERVAL_SECONDS * 1000,
    publicOrigin: parsed.PUBLIC_ORIGIN ?? null,
    secretKey: parsed.SHUANGFANG_SECRET_KEY,
    smtpUrl: parsed.SMTP_URL ?? null,
    smtpFrom: parsed.SMTP_FROM,
    allowPrivateTargets: parsed.WEBHOOK_ALLOW_PRIVATE_NETWORK === 'true',
  };
}
