import type {
  Db,
  NewNotificationDelivery,
  NotificationOutboxRow,
  PersonalChannel,
} from '@shuangfang/db';
import { KIND_LABELS, ROBOT_OF } from '../notifications/notification-kinds.js';
import { hazardHref, reportHref } from '../notifications/notification-sources.js';
import type { Audience, OutboxPayload } from '../notifications/outbox.js';
import { preferenceOf, timingOf } from '../notification-preferences/preference-rules.js';
import * as repo from './deliveries.repository.js';
import type { MessageContent, MessageItem } from './message-format.js';
import type { DeliveryDeps } from './senders.js';

// Fan-out: each event of the outbox becomes deliveries — one per person and personal channel
// they chose (e-mail; an @ in their organisation's 企业微信 or 钉钉 group), timed by their quiet
// hours or held for their digest, and one per webhook of each organisation the event concerns,
// listing that organisation's people. A batch is read, resolved and written in one transaction
// with its rows locked (SKIP LOCKED): it is fanned out once, whichever process takes it.

const BATCH = 100;

interface Recipient extends repo.Member {
  /** The organisation they are reached in. */
  org: { enterpriseId: string } | { agencyId: string };
}

const orgKey = (r: Pick<repo.Member, 'enterprise_id' | 'agency_id'>) =>
  r.enterprise_id ? `e:${r.enterprise_id}` : `a:${r.agency_id}`;

/** The audience's active people, each once per organisation. */
function recipientsOf(row: NotificationOutboxRow, audience: Audience, members: repo.Member[]) {
  const seen = new Set<string>();
  const out: Recipient[] = [];
  for (const m of members) {
    const inEnterprise =
      m.enterprise_id === row.enterprise_id &&
      ((audience.users ?? []).includes(m.user_id) ||
        (audience.enterpriseRoles ?? []).includes(m.role));
    const inAgency = (audience.agencies ?? []).some(
      (a) => m.agency_id === a.agencyId && a.roles.includes(m.role),
    );
    const key = `${m.user_id}|${orgKey(m)}`;
    if ((inEnterprise || inAgency) && !seen.has(key)) {
      seen.add(key);
      out.push({
        ...m,
        org: m.enterprise_id ? { enterpriseId: m.enterprise_id } : { agencyId: m.agency_id! },
      });
    }
  }
  return out;
}

/** The page that deals with the subject, as this person opens it (regulators name the enterprise). */
function hrefOf(row: NotificationOutboxRow, agencyId: string | null): string {
  const h = { id: row.subject_id, enterprise_id: row.enterprise_id };
  switch (row.subject_type) {
    case 'hazard':
      return hazardHref({ agencyId }, h);
    case 'report':
      return reportHref(h);
    case 'tipoff':
      return `/tipoffs/${row.subject_id}`;
    case 'certificate':
      return '/standardization';
    default:
      return '/checks';
  }
}

function itemOf(
  row: NotificationOutboxRow,
  agencyId: string | null,
  deps: DeliveryDeps,
): MessageItem {
  const p = row.payload as unknown as OutboxPayload;
  const href = hrefOf(row, agencyId);
  return {
    kind: row.kind,
    kindLabel: KIND_LABELS[row.kind],
    title: p.title,
    lines: p.lines,
    enterpriseName: p.enterpriseName,
    href,
    url: deps.publicUrl ? `${deps.publicUrl}${href}` : null,
    occurredAt: new Date(row.occurred_at).toISOString(),
  };
}

const ownerOf = (org: Recipient['org']) =>
  'enterpriseId' in org
    ? { enterprise_id: org.enterpriseId, agency_id: null }
    : { enterprise_id: null, agency_id: org.agencyId };

/** Fans out one batch; answers how many events it took. */
export async function fanOut(db: Db, deps: DeliveryDeps, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const rows = await repo.claimOutbox(trx, BATCH);
    if (rows.length === 0) return 0;
    const audiences = new Map(
      rows.map((r) => [r.id, (r.payload as unknown as OutboxPayload).audience]),
    );
    const enterpriseIds = [...new Set(rows.map((r) => r.enterprise_id))];
    const agencyIds = [
      ...new Set([...audiences.values()].flatMap((a) => (a.agencies ?? []).map((x) => x.agencyId))),
    ];
    const members = await repo.membersOf(trx, enterpriseIds, agencyIds);
    const preferences = new Map(
      (await repo.preferencesOf(trx, [...new Set(members.map((m) => m.user_id))])).map((p) => [
        p.user_id,
        preferenceOf(p),
      ]),
    );
    const channels = await repo.channelsOf(trx, enterpriseIds, agencyIds);
    const channelsOfOrg = (org: Recipient['org']) =>
      channels.filter((c) =>
        'enterpriseId' in org ? c.enterprise_id === org.enterpriseId : c.agency_id === org.agencyId,
      );

    const deliveries: NewNotificationDelivery[] = [];
    for (const row of rows) {
      const recipients = recipientsOf(row, audiences.get(row.id)!, members);
      const common = {
        event_enterprise_id: row.enterprise_id,
        outbox_id: row.id,
        kind: row.kind,
        created_at: now,
      };
      for (const r of recipients) {
        const pref = preferences.get(r.user_id) ?? preferenceOf(undefined);
        if (pref.mutedKinds.includes(row.kind)) continue;
        const { state, at } = timingOf(pref, now);
        const content: MessageContent = itemOf(row, r.agency_id, deps);
        const personal = (channel: PersonalChannel, channelId: string | null) =>
          deliveries.push({
            ...common,
            ...ownerOf(r.org),
            channel,
            channel_id: channelId,
            recipient_user_id: r.user_id,
            content,
            state,
            next_attempt_at: at,
          });
        for (const channel of pref.channels) {
          if (channel === 'email') {
            if (deps.smtp && (pref.email ?? r.email)) personal('email', null);
            continue;
          }
          const robot = channelsOfOrg(r.org).find(
            (c) => c.kind === ROBOT_OF[channel] && c.kinds.includes(row.kind),
          );
          if (robot) personal(channel, robot.id);
        }
      }
      // Each organisation's webhooks get the event once, with that organisation's people.
      const byOrg = new Map<string, Recipient[]>();
      for (const r of recipients) byOrg.set(orgKey(r), [...(byOrg.get(orgKey(r)) ?? []), r]);
      for (const people of byOrg.values()) {
        const org = people[0]!.org;
        for (const hook of channelsOfOrg(org)) {
          if (hook.kind !== 'webhook' || !hook.kinds.includes(row.kind)) continue;
          const p = row.payload as unknown as OutboxPayload;
          const content: MessageContent = {
            ...itemOf(row, people[0]!.agency_id, deps),
            recipients: people.map((x) => ({
              userId: x.user_id,
              name: x.display_name,
              role: x.role,
            })),
            event: {
              id: row.id,
              subject: { type: row.subject_type, id: row.subject_id },
              data: p.data,
            },
          };
          deliveries.push({
            ...common,
            ...ownerOf(org),
            channel: 'webhook',
            channel_id: hook.id,
            recipient_user_id: null,
            content,
            state: 'pending',
            next_attempt_at: now,
          });
        }
      }
    }
    await repo.insertDeliveries(trx, deliveries);
    await repo.markFannedOut(trx, rows, now);
    return rows.length;
  });
}
