import { createHmac, timingSafeEqual } from 'node:crypto';

// The two signatures a reminder carries (docs/architecture.md "Reminders").

/**
 * 钉钉 robot 加签: sign = Base64(HMAC-SHA256(key = secret, message = timestamp + "\n" + secret)),
 * sent URL-encoded beside `timestamp` (milliseconds) in the query, as DingTalk documents it.
 */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

/**
 * Our webhooks: `X-Shuangfang-Signature: sha256=<hex>` of HMAC-SHA256(secret, timestamp + "." +
 * body), with the timestamp (Unix seconds) in `X-Shuangfang-Timestamp`. A receiver recomputes it
 * over the raw body and refuses a timestamp more than 5 minutes away from its clock (replays).
 */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/** The receiver's side of the check, in constant time (also used by the tests' receiver). */
export function verifyWebhookSignature(
  secret: string,
  timestamp: number,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(webhookSignature(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
