import type { Db, NotificationDeliveryRow } from '@shuangfang/db';
import type { AppConfig } from '../../config.js';
import { open } from '../../lib/secret-box.js';
import { secretContext, urlContext } from '../notification-channels/channel-secrets.js';
import * as repo from './deliveries.repository.js';
import { fanOut } from './fan-out.js';
import type { MessageContent, MessageItem } from './message-format.js';
import { deliveryDeps, send, type DeliveryDeps, type Outcome, type Target } from './senders.js';

// The delivery worker (docs/architecture.md "Reminders"). Everything it knows is in the
// database — the outbox, each delivery's state, its attempts — so it picks up after a restart
// where it stopped, and any number of processes may run it: each claim is a row lock with SKIP
// LOCKED plus a lease, and no transaction stays open while a message is on the wire. A claim
// whose worker died runs out after its lease and is taken again; so a message is sent at least
// once (the webhook's X-Shuangfang-Delivery lets a receiver drop a repeat).

const LEASE_MS = 2 * 60_000;
const BATCH = 20;
export const MAX_ATTEMPTS = 6;
/** 30 s, 2 min, 8 min, 32 min, 2 h 8 min: retries back off exponentially, ×4 each time. */
export const backoffMs = (attempts: number) => 30_000 * 4 ** (attempts - 1);

/** Gathers the held deliveries whose digest time has come into one digest per person and channel. */
export async function composeDigests(db: Db, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const held = await repo.claimHeld(trx, now, 500);
    const groups = new Map<string, NotificationDeliveryRow[]>();
    for (const d of held) {
      const key = [d.recipient_user_id, d.channel, d.channel_id, d.enterprise_id, d.agency_id].join(
        '|',
      );
      groups.set(key, [...(groups.get(key) ?? []), d]);
    }
    for (const items of groups.values()) {
      const first = items[0]!;
      const content: MessageContent = {
        title: `今日提醒汇总（${items.length} 条）`,
        items: items.map((d) => d.content as MessageItem),
      };
      const digestId = await repo.insertDigest(trx, {
        enterprise_id: first.enterprise_id,
        agency_id: first.agency_id,
        event_enterprise_id: null,
        outbox_id: null,
        kind: 'digest',
        channel: first.channel,
        channel_id: first.channel_id,
        recipient_user_id: first.recipient_user_id,
        content,
        state: 'pending',
        next_attempt_at: now,
        created_at: now,
      });
      await repo.markDigested(
        trx,
        items.map((d) => d.id),
        digestId,
      );
    }
    return held.length;
  });
}

/** Where a claimed delivery goes, or why it cannot go anywhere. */
function targetOf(deps: DeliveryDeps, d: repo.ClaimedDelivery): Target | string {
  if (d.channel === 'email') {
    return { channel: 'email', address: d.recipient_email, name: d.recipient_name ?? '' };
  }
  if (!d.channel_id || !d.url_encrypted || !d.channel_usable) return '渠道已停用或已删除';
  try {
    const url = open(deps.secretKey, d.url_encrypted, urlContext(d.channel_id));
    const secret = d.secret_encrypted
      ? open(deps.secretKey, d.secret_encrypted, secretContext(d.channel_id))
      : null;
    if (d.channel === 'webhook') return { channel: 'webhook', url, secret, kind: d.kind };
    const mobiles = d.recipient_phone ? [d.recipient_phone] : [];
    return { channel: d.channel, url, secret, mobiles };
  } catch {
    return '渠道密钥无法解密（SHUANGFANG_SECRET_KEY 与保存时不同？）';
  }
}

/**
 * A group robot's deliveries of one event due together (several people @ in one group) go out
 * as one message that @s them all; everything else goes alone.
 */
function batchesOf(claimed: repo.ClaimedDelivery[]) {
  const batches = new Map<string, repo.ClaimedDelivery[]>();
  for (const d of claimed) {
    const together = (d.channel === 'wecom' || d.channel === 'dingtalk') && d.outbox_id;
    const key = together ? `${d.outbox_id}|${d.channel_id}` : d.id;
    batches.set(key, [...(batches.get(key) ?? []), d]);
  }
  return [...batches.values()];
}

async function sendBatch(deps: DeliveryDeps, batch: repo.ClaimedDelivery[]): Promise<Outcome> {
  const first = batch[0]!;
  const target = targetOf(deps, first);
  if (typeof target === 'string') {
    return { ok: false, statusCode: null, error: target, retryable: false, durationMs: 0 };
  }
  if (target.channel === 'wecom' || target.channel === 'dingtalk') {
    target.mobiles = batch.flatMap((d) => (d.recipient_phone ? [d.recipient_phone] : []));
  }
  return send(deps, target, first.content as MessageContent, first.id);
}

/** Sends what is due; answers how many deliveries it tried. */
export async function deliverDue(db: Db, deps: DeliveryDeps, now: Date): Promise<number> {
  const claimed = await db.transaction().execute((trx) => repo.claimDue(trx, now, LEASE_MS, BATCH));
  for (const batch of batchesOf(claimed)) {
    const outcome = await sendBatch(deps, batch);
    await db.transaction().execute(async (trx) => {
      for (const d of batch) {
        const attempts = d.attempts + 1;
        const retry = !outcome.ok && outcome.retryable && attempts < MAX_ATTEMPTS;
        const next = outcome.ok
          ? { state: 'delivered' as const, nextAttemptAt: now }
          : retry
            ? {
                state: 'pending' as const,
                nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
              }
            : { state: 'failed' as const, nextAttemptAt: now };
        await repo.finishAttempt(trx, d.id, now, outcome, next);
      }
    });
  }
  return claimed.length;
}

/** One round of the worker: fan out, gather digests, send. Answers how much it did. */
export async function runDeliveryStep(db: Db, deps: DeliveryDeps, now = new Date()) {
  return (
    (await fanOut(db, deps, now)) +
    (await composeDigests(db, now)) +
    (await deliverDue(db, deps, now))
  );
}

const IDLE_MS = 3_000;
const FIRST_RUN_AFTER = 5_000;

/**
 * Runs the worker in this process until stopped: again at once while there is work, every few
 * seconds when idle. A failed round is logged and the next one tries again. Started beside the
 * sweeps (sweeps.ts), in-process on PGlite as on PostgreSQL.
 */
export function startDeliveryWorker(db: Db, config: AppConfig): () => void {
  const deps = deliveryDeps(config);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const round = async () => {
    let busy = false;
    try {
      busy = (await runDeliveryStep(db, deps)) > 0;
    } catch (error) {
      if (!stopped) console.error('提醒发送失败 (delivery worker failed)', error);
    }
    if (stopped) return;
    timer = setTimeout(() => void round(), busy ? 0 : IDLE_MS);
    timer.unref();
  };
  timer = setTimeout(() => void round(), FIRST_RUN_AFTER);
  timer.unref();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
