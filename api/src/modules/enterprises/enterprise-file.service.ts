import type { Db } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { notFound } from '../../lib/errors.js';
import type { EnterpriseFile } from './enterprise-file.schemas.js';
import * as file from './enterprise-file.repository.js';
import { toDto } from './enterprises.dto.js';
import * as repo from './enterprises.repository.js';

// 一企一档: the enterprise (404 outside the caller's scope, as its detail), then each section,
// all read in one snapshot.

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

export async function getFile(db: Db, m: ActingMembership, id: string): Promise<EnterpriseFile> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const row = await repo.findEnterprise(trx, m, id);
      if (!row) throw notFound('企业');
      const risk = await file.riskSummary(trx, id);
      const hazardCounts = await file.hazardCounts(trx, id);
      const hazards = await file.openHazards(trx, id);
      const supervisions = await file.supervisions(trx, id);
      const inspections = await file.inspections(trx, id);
      const reportCounts = await file.reportCounts(trx, id);
      const reports = await file.reports(trx, id);
      const certificates = await file.certificates(trx, id);
      const blacklist = await file.blacklistEntries(trx, id);
      const tipoffs = await file.tipoffs(trx, id);
      const grade = (g: string | null) => risk.grades.find((r) => r.grade === g)?.n ?? 0;
      return {
        enterprise: toDto(row),
        risk: {
          byGrade: {
            red: grade('red'),
            orange: grade('orange'),
            yellow: grade('yellow'),
            blue: grade('blue'),
            ungraded: grade(null),
          },
          objects: risk.objects.total,
          objectsDrawn: risk.objects.drawn,
        },
        hazards: {
          ...hazardCounts,
          items: hazards.map((h) => ({
            id: h.id,
            description: h.description,
            grade: h.grade,
            state: h.state,
            deadline: isoOrNull(h.deadline),
            createdAt: iso(h.created_at),
            overdue: h.overdue,
          })),
        },
        supervisions: supervisions.map((s) => ({
          id: s.id,
          number: s.number,
          state: s.state,
          deadline: iso(s.deadline),
          listedAt: iso(s.listed_at),
          hazardId: s.hazard_id,
          hazardDescription: s.hazard_description,
        })),
        inspections: inspections.map((n) => ({
          id: n.id,
          planName: n.plan_name,
          state: n.state,
          inspectedOn: n.inspected_on === null ? null : String(n.inspected_on).slice(0, 10),
          publishedAt: isoOrNull(n.published_at),
          findings: n.findings,
        })),
        reports: {
          ...reportCounts,
          items: reports.map((r) => ({
            id: r.id,
            kind: r.kind,
            period: r.period,
            state: r.state,
            dueAt: iso(r.due_at),
            submittedAt: isoOrNull(r.submitted_at),
            late: r.late,
          })),
        },
        certificates: certificates.map((c) => ({
          id: c.id,
          number: c.number,
          level: c.level,
          state: c.state,
          validFrom: c.valid_from,
          validTo: c.valid_to,
        })),
        blacklist: blacklist.map((b) => ({
          id: b.id,
          state: b.state,
          reason: b.reason,
          proposedAt: iso(b.proposed_at),
          listedAt: isoOrNull(b.listed_at),
          listedUntil: isoOrNull(b.listed_until),
        })),
        tipoffs: {
          total: tipoffs.total,
          items: tipoffs.items.map((t) => ({
            id: t.id,
            kind: t.kind,
            state: t.state,
            filedAt: iso(t.filed_at),
          })),
        },
      };
    });
}
