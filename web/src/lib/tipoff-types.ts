import type { HazardState } from './hazard-types';

// Public tip-offs (隐患举报), as the API answers them.

export type TipoffKind = 'hazard' | 'violation';
export type TipoffState = 'received' | 'reviewing' | 'unsubstantiated' | 'verified';

export interface PublicEnterprise {
  id: string;
  name: string;
  jurisdictionName: string;
}

export interface TipoffFiled {
  receiptCode: string;
  filedAt: string;
}

export interface TipoffStatus {
  enterpriseName: string;
  kind: TipoffKind;
  filedAt: string;
  state: TipoffState;
  stateLabel: string;
  rejectReason: string | null;
  hazardStateLabel: string | null;
  reward: { amountYuan: string; paid: boolean; paidOn: string | null } | null;
}

export interface Tipoff {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  kind: TipoffKind;
  description: string;
  location: string | null;
  anonymous: boolean;
  reporterName: string | null;
  reporterPhone: string | null;
  state: TipoffState;
  filedAt: string;
  reviewedAt: string | null;
  decidedAt: string | null;
  rejectReason: string | null;
  hazardId: string | null;
  hazardState: HazardState | null;
  reward: {
    fineYuan: string;
    rewardYuan: string;
    recordedAt: string;
    paidOn: string | null;
  } | null;
}

export interface TipoffDetail extends Tipoff {
  photos: { id: string; name: string; contentType: string; size: number }[];
}
