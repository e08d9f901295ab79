import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '../../config.js';
import { postJson, SendError } from './http-post.js';
import {
  dingtalkBody,
  emailOf,
  webhookBody,
  wecomBody,
  type MessageContent,
} from './message-format.js';
import { dingtalkSign, webhookSignature } from './signatures.js';

// Each channel's protocol: SMTP through nodemailer, the 企业微信 and 钉钉 group robots' webhook
// JSON, and our signed webhook. A send answers how it went; it never throws.

export interface DeliveryDeps {
  smtp: { transport: Transporter; from: string } | null;
  publicUrl: string | null;
  allowPrivateTargets: boolean;
  secretKey: string;
  timeoutMs: number;
}

const transports = new Map<string, Transporter>();

/** What the worker needs from the configuration; one SMTP transport per URL per process. */
export function deliveryDeps(config: AppConfig): DeliveryDeps {
  let smtp: DeliveryDeps['smtp'] = null;
  if (config.smtpUrl) {
    let transport = transports.get(config.smtpUrl);
    if (!transport) {
      // Timeouts in the URL's own terms would be lost on an operator's URL; the worker's send
      // must not hang on a silent server either way.
      const url = new URL(config.smtpUrl);
      for (const [name, ms] of [
        ['connectionTimeout', '10000'],
        ['greetingTimeout', '10000'],
        ['socketTimeout', '20000'],
      ] as const) {
        if (!url.searchParams.has(name)) url.searchParams.set(name, ms);
      }
      transport = nodemailer.createTransport(url.toString());
      transports.set(config.smtpUrl, transport);
    }
    smtp = { transport, from: config.smtpFrom };
  }
  return {
    smtp,
    publicUrl: config.publicOrigin,
    allowPrivateTargets: config.allowPrivateTargets,
    secretKey: config.secretKey,
    timeoutMs: 10_000,
  };
}

export type Target =
  | { channel: 'email'; address: string | null; name: string }
  | { channel: 'wecom' | 'dingtalk'; url: string; secret: string | null; mobiles: string[] }
  | { channel: 'webhook'; url: string; secret: string | null; kind: string };

export interface Outcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  retryable: boolean;
  durationMs: number;
}

/** Robots answer HTTP 200 with `{errcode, errmsg}`; errcode 0 is success. Rate limits retry. */
const ROBOT_RATE_LIMITED = new Set([45009, 130101]);

function robotOutcome(statusCode: number, body: string): Omit<Outcome, 'durationMs'> {
  if (statusCode < 200 || statusCode >= 300) return httpFailure(statusCode);
  let answer: { errcode?: unknown; errmsg?: unknown } = {};
  try {
    answer = JSON.parse(body) as typeof answer;
  } catch {
    return { ok: false, statusCode, error: '机器人返回的不是 JSON', retryable: true };
  }
  if (answer.errcode === 0) return { ok: true, statusCode, error: null, retryable: false };
  const code = Number(answer.errcode);
  return {
    ok: false,
    statusCode,
    error: `机器人返回错误 ${String(answer.errcode)}：${String(answer.errmsg ?? '').slice(0, 200)}`,
    retryable: ROBOT_RATE_LIMITED.has(code),
  };
}

/** A refusal that will not change by itself (4xx other than timeout and rate limit) is final. */
function httpFailure(statusCode: number): Omit<Outcome, 'durationMs'> {
  const retryable = statusCode >= 500 || statusCode === 408 || statusCode === 429;
  return { ok: false, statusCode, error: `对方返回 HTTP ${statusCode}`, retryable };
}

async function attempt(
  deps: DeliveryDeps,
  target: Target,
  content: MessageContent,
  deliveryId: string,
): Promise<Omit<Outcome, 'durationMs'>> {
  const http = { allowPrivateTargets: deps.allowPrivateTargets, timeoutMs: deps.timeoutMs };
  switch (target.channel) {
    case 'email': {
      if (!deps.smtp)
        return {
          ok: false,
          statusCode: null,
          error: '未配置邮件服务器（SMTP_URL）',
          retryable: false,
        };
      if (!target.address)
        return { ok: false, statusCode: null, error: '收件人未设置电子邮箱', retryable: false };
      const mail = emailOf(content, target.name);
      const info = (await deps.smtp.transport.sendMail({
        from: deps.smtp.from,
        to: target.address,
        subject: mail.subject,
        text: mail.text,
        headers: { 'X-Shuangfang-Delivery': deliveryId },
      })) as { response?: string };
      const code = Number(/^(\d{3})/.exec(info.response ?? '')?.[1] ?? 250);
      return { ok: true, statusCode: code, error: null, retryable: false };
    }
    case 'wecom': {
      const body = JSON.stringify(wecomBody(content, target.mobiles));
      const res = await postJson(new URL(target.url), body, {}, http);
      return robotOutcome(res.statusCode, res.body);
    }
    case 'dingtalk': {
      const url = new URL(target.url);
      if (target.secret) {
        const timestamp = Date.now();
        url.searchParams.set('timestamp', String(timestamp));
        url.searchParams.set('sign', dingtalkSign(target.secret, timestamp));
      }
      const body = JSON.stringify(dingtalkBody(content, target.mobiles));
      const res = await postJson(url, body, {}, http);
      return robotOutcome(res.statusCode, res.body);
    }
    case 'webhook': {
      const body = JSON.stringify(webhookBody(deliveryId, content));
      const timestamp = Math.floor(Date.now() / 1000);
      const headers: Record<string, string> = {
        'x-shuangfang-event': target.kind,
        'x-shuangfang-delivery': deliveryId,
        'x-shuangfang-timestamp': String(timestamp),
      };
      if (target.secret)
        headers['x-shuangfang-signature'] = webhookSignature(target.secret, timestamp, body);
      const res = await postJson(new URL(target.url), body, headers, http);
      if (res.statusCode >= 200 && res.statusCode < 300) {
        return { ok: true, statusCode: res.statusCode, error: null, retryable: false };
      }
      return httpFailure(res.statusCode);
    }
  }
}

/** Sends one message and says how it went (SMTP codes 5xx are final, 4xx and network retry). */
export async function send(
  deps: DeliveryDeps,
  target: Target,
  content: MessageContent,
  deliveryId: string,
): Promise<Outcome> {
  const started = Date.now();
  try {
    const outcome = await attempt(deps, target, content, deliveryId);
    return { ...outcome, durationMs: Date.now() - started };
  } catch (error) {
    const durationMs = Date.now() - started;
    if (error instanceof SendError) {
      return {
        ok: false,
        statusCode: error.statusCode,
        error: error.message,
        retryable: error.retryable,
        durationMs,
      };
    }
    const smtpCode = (error as { responseCode?: unknown }).responseCode;
    const code = typeof smtpCode === 'number' ? smtpCode : null;
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      statusCode: code,
      error: `发送失败：${message.slice(0, 300)}`,
      retryable: code === null || code < 500,
      durationMs,
    };
  }
}
