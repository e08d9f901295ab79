import type { ChannelKind, Executor, NotificationKind } from '@shuangfang/db';
import type { ChannelOwner } from './channels.access.js';

const ownerColumn = (owner: ChannelOwner) =>
  'enterpriseId' in owner
    ? (['enterprise_id', owner.enterpriseId] as const)
    : (['agency_id', owner.agencyId] as const);

/** The organisation's current channels, oldest first. */
export function listChannels(db: Executor, owner: ChannelOwner) {
  const [column, value] = ownerColumn(owner);
  return db
    .selectFrom('notification_channel')
    .selectAll()
    .where(column, '=', value)
    .where('archived_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** One current channel of the organisation, locked for the transaction. */
export function lockChannel(db: Executor, owner: ChannelOwner, id: string) {
  const [column, value] = ownerColumn(owner);
  return db
    .selectFrom('notification_channel')
    .selectAll()
    .where(column, '=', value)
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

export function findChannel(db: Executor, owner: ChannelOwner, id: string) {
  const [column, value] = ownerColumn(owner);
  return db
    .selectFrom('notification_channel')
    .selectAll()
    .where(column, '=', value)
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
}

export async function insertChannel(
  db: Executor,
  row: {
    id: string;
    owner: ChannelOwner;
    kind: ChannelKind;
    name: string;
    urlEncrypted: string;
    urlPreview: string;
    secretEncrypted: string | null;
    kinds: NotificationKind[];
    enabled: boolean;
    createdBy: string;
  },
) {
  await db
    .insertInto('notification_channel')
    .values({
      id: row.id,
      enterprise_id: 'enterpriseId' in row.owner ? row.owner.enterpriseId : null,
      agency_id: 'agencyId' in row.owner ? row.owner.agencyId : null,
      kind: row.kind,
      name: row.name,
      url_encrypted: row.urlEncrypted,
      url_preview: row.urlPreview,
      secret_encrypted: row.secretEncrypted,
      kinds: row.kinds,
      enabled: row.enabled,
      created_by: row.createdBy,
      archived_at: null,
    })
    .execute();
}

export async function updateChannel(
  db: Executor,
  id: string,
  values: Partial<{
    name: string;
    url_encrypted: string;
    url_preview: string;
    secret_encrypted: string | null;
    kinds: NotificationKind[];
    enabled: boolean;
    archived_at: Date;
  }>,
) {
  await db
    .updateTable('notification_channel')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}
