import { forbidden } from '../../lib/errors.js';
import type { Who } from '../../auth/actor.js';
import { allow } from '../../middlewares/access.js';

// An organisation's channels are set up by its admin: the 主要负责人 for an enterprise, the
// agency admin for an agency. Nobody else reads them (a robot's URL is its key); another
// organisation's channel is not found (404).
export const channelAdmins = allow('enterprise_admin', 'agency_admin');

export type ChannelOwner = { enterpriseId: string } | { agencyId: string };

/** The caller's organisation, from the session. */
export function ownerOf(who: Who): ChannelOwner {
  if (who.enterpriseId) return { enterpriseId: who.enterpriseId };
  if (who.agencyId) return { agencyId: who.agencyId };
  throw forbidden();
}

export const sideOf = (owner: ChannelOwner) => ('enterpriseId' in owner ? 'enterprise' : 'agency');
