import type { EnterpriseListRow } from './enterprises.repository.js';

export function toDto(e: EnterpriseListRow) {
  return {
    id: e.id,
    creditCode: e.credit_code,
    name: e.name,
    industry: e.industry,
    scale: e.scale,
    address: e.address,
    jurisdictionCode: e.jurisdiction_code,
    jurisdictionName: e.jurisdiction_name,
    supervisingAgencyId: e.supervising_agency_id,
    supervisingAgencyName: e.agency_name,
    riskLevel: e.risk_level,
    standardizationLevel: e.standardization_level,
    creditStatus: e.credit_status,
    active: e.active,
    createdAt: new Date(e.created_at).toISOString(),
    updatedAt: new Date(e.updated_at).toISOString(),
  };
}
export type EnterpriseDto = ReturnType<typeof toDto>;
