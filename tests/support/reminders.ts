import { configFromEnv, deliveryDeps, runDeliveryStep, type AppConfig } from '@shuangfang/api';
import type { Db } from '@shuangfang/db';
import { expect } from 'vitest';
import type { HttpReceiver } from './receivers.js';
import type { ApiClient } from './test-app.js';

// Reminders (docs/architecture.md "Reminders"): the app's configuration for local receivers,
// the organisations' channels pointing at them, and the worker driven at supplied times.

export const PUBLIC_URL = 'https://sf.example.cn';
export const SECRET_KEY = 'tests-secret-key-0123456789abcdef';

/** The app's reminder settings for receivers on 127.0.0.1. */
export const reminderConfig = (smtpUrl: string | null): Partial<AppConfig> => ({
  smtpUrl,
  publicOrigin: PUBLIC_URL,
  allowPrivateTargets: true,
  secretKey: SECRET_KEY,
});

export const depsFor = (config: Partial<AppConfig>) =>
  deliveryDeps({ ...configFromEnv(), ...config });

/** Runs the worker until a round finds nothing to do. */
export async function drain(db: Db, config: Partial<AppConfig>, now = new Date()) {
  const deps = depsFor(config);
  for (let i = 0; i < 50; i++) if ((await runDeliveryStep(db, deps, now)) === 0) return;
  throw new Error('the delivery worker never ran out of work');
}

export const DINGTALK_SECRET = 'SEC0123456789abcdef0123456789abcdef';
export const WEBHOOK_SECRET = 'webhook-secret-0123456789';

/** The three channels of the caller's organisation, all at `receiver` under `/{side}/…`. */
export async function makeChannels(
  api: ApiClient,
  cookie: string,
  receiver: HttpReceiver,
  side: string,
) {
  const create = async (body: Record<string, unknown>) => {
    const reply = await api.post('/v1/notification-channels', body, cookie);
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    return reply.body.id as string;
  };
  return {
    wecom: await create({
      kind: 'wecom_robot',
      name: `${side} 企业微信群`,
      url: `${receiver.base}/${side}/wecom/send?key=${side}-wecom-key`,
    }),
    dingtalk: await create({
      kind: 'dingtalk_robot',
      name: `${side} 钉钉群`,
      url: `${receiver.base}/${side}/dingtalk/send?access_token=${side}-token`,
      secret: DINGTALK_SECRET,
    }),
    webhook: await create({
      kind: 'webhook',
      name: `${side} OA 对接`,
      url: `${receiver.base}/${side}/hook`,
      secret: WEBHOOK_SECRET,
    }),
  };
}

/** Gives the user an address for reminder e-mails. */
export async function setEmail(api: ApiClient, cookie: string, email: string) {
  const now = (await api.get('/v1/me/notification-preferences', cookie)).body;
  const reply = await api.put(
    '/v1/me/notification-preferences',
    {
      email,
      events: now.events.filter((e: any) => e.enabled).map((e: any) => e.kind),
      channels: ['email', 'wecom', 'dingtalk'],
      quietHours: null,
      digestHour: null,
    },
    cookie,
  );
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
}
