// The shapes of the 安全生产标准化 JSON (the API's OpenAPI document is the truth).
import type {
  CertificateState,
  StandardizationApplicationState,
  StandardizationLevel,
} from '@shuangfang/db/enums';
import type { Attachment } from '$lib/hazard-types';

export type ApplicationMove = 'publicize' | 'reject' | 'grant';

export interface StandardizationApplication {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  level: StandardizationLevel;
  selfScore: number;
  materials: Attachment[];
  authority: { id: string; name: string };
  state: StandardizationApplicationState;
  submittedAt: string;
  reviewedAt: string | null;
  reviewNote: string | null;
  publicityUntil: string | null;
  decidedAt: string | null;
  allowedMoves: ApplicationMove[];
}

export interface StandardizationCertificate {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  number: string;
  level: StandardizationLevel;
  validFrom: string;
  validTo: string;
  daysLeft: number | null;
  agency: { id: string; name: string };
  grantedAt: string;
  state: CertificateState;
  endedAt: string | null;
  endReason: string | null;
  replacesId: string | null;
}

export interface EnterpriseStandardization {
  level: StandardizationLevel | null;
  current: StandardizationCertificate | null;
  certificates: StandardizationCertificate[];
  applications: StandardizationApplication[];
}

export interface PublicCertificate {
  enterpriseName: string;
  creditCode: string;
  level: StandardizationLevel;
  number: string;
  validFrom: string;
  validTo: string;
  agencyName: string;
}
