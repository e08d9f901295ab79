import type { Executor, HazardRow } from '@shuangfang/db';
import { sql } from 'kysely';
import type { ActingMembership } from '../../auth/actor.js';
import { citation } from '../criteria/criteria-rules.js';
import { hazardCriterion } from '../criteria/criteria.repository.js';
import { isManager } from '../hazards/hazards.access.js';
import { listReports, type ReportView } from '../reports/reports.repository.js';
import type { Audience } from './outbox.js';

// Where notifications come from. Each source reads the current data for one caller, so a
// notification disappears the moment its cause does (a hazard accepted, a deadline moved, a
// report signed) and nothing is stored that could go stale. To add a kind, append a source to
// SOURCES: it says whom it concerns and reads its items.

export const NOTIFICATION_KINDS = [
  'rectification_assigned',
  'extension_to_decide',
  'acceptance_due',
  'deadline_soon',
  'overdue',
  'report_to_submit',
  'report_awaiting_receipt',
  'certificate_revocation_to_decide',
  'supervision_to_consider',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface Caller extends ActingMembership {
  userId: string;
}

export interface Notification {
  kind: NotificationKind;
  title: string;
  /** The web page that deals with it. */
  href: string;
  /** When it became due: the move, the request, or the deadline. */
  at: string;
}

export interface NotificationSource {
  kind: NotificationKind;
  appliesTo: (c: Caller) => boolean;
  load: (db: Executor, c: Caller) => Promise<Notification[]>;
}

/** A source reads at most this many; the page is a to-do list, not an archive. */
const PER_SOURCE = 50;
const SOON_DAYS = 3;

const iso = (d: Date | string) => new Date(d).toISOString();
export const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
/** Regulators open an enterprise's hazard with the enterprise named, as the risk pages do. */
export const hazardHref = (
  c: Pick<Caller, 'agencyId'>,
  h: { id: string; enterprise_id: string },
) => (c.agencyId ? `/hazards/${h.id}?enterprise=${h.enterprise_id}` : `/hazards/${h.id}`);

const isAgency = (c: Caller) => c.agencyId !== null;

function hazards(db: Executor) {
  return db
    .selectFrom('hazard as h')
    .select(['h.id', 'h.enterprise_id', 'h.description', 'h.deadline', 'h.updated_at']);
}

/**
 * The open hazards whose deadline concerns the caller: all of the enterprise's for its managers,
 * the ones a worker answers for, the ones an agency found. `deadlineAudience` below states the
 * same rule from the hazard's side, for the reminders pushed out.
 */
function deadlineHazards(db: Executor, c: Caller) {
  let q = hazards(db)
    .where('h.state', 'not in', ['closed', 'rejected'])
    .where('h.deadline', 'is not', null);
  if (isAgency(c)) return q.where('h.found_by_agency_id', '=', c.agencyId!);
  q = q.where('h.enterprise_id', '=', c.enterpriseId!);
  return isManager(c) ? q : q.where('h.responsible_user_id', '=', c.userId);
}

/** Whom a hazard's deadline concerns (the rule of `deadlineHazards`, seen from the hazard). */
export const deadlineAudience = (
  h: Pick<HazardRow, 'responsible_user_id' | 'found_by_agency_id'>,
): Audience => ({
  enterpriseRoles: ['enterprise_admin', 'safety_manager'],
  users: h.responsible_user_id ? [h.responsible_user_id] : [],
  agencies: h.found_by_agency_id
    ? [{ agencyId: h.found_by_agency_id, roles: ['agency_admin', 'inspector'] }]
    : [],
});

const DAY = 86_400_000;

export const reportTitle = (r: Pick<ReportView, 'content' | 'kind'>) =>
  String(r.content.title ?? r.kind);
export const reportHref = (r: Pick<ReportView, 'enterprise_id' | 'id'>) =>
  `/reports/${r.enterprise_id}/${r.id}`;

export const SOURCES: NotificationSource[] = [
  {
    kind: 'rectification_assigned',
    appliesTo: (c) => c.enterpriseId !== null,
    load: async (db, c) => {
      const rows = await hazards(db)
        .where('h.enterprise_id', '=', c.enterpriseId!)
        .where('h.responsible_user_id', '=', c.userId)
        .where('h.state', '=', 'rectifying')
        .orderBy('h.updated_at', 'desc')
        .limit(PER_SOURCE)
        .execute();
      return rows.map((h) => ({
        kind: 'rectification_assigned',
        title: `待整改：${short(h.description)}`,
        href: hazardHref(c, h),
        at: iso(h.updated_at),
      }));
    },
  },
  {
    kind: 'extension_to_decide',
    appliesTo: (c) => isAgency(c) || c.role === 'enterprise_admin',
    load: async (db, c) => {
      let q = db
        .selectFrom('hazard_extension as x')
        .innerJoin('hazard as h', (j) =>
          j.onRef('h.enterprise_id', '=', 'x.enterprise_id').onRef('h.id', '=', 'x.hazard_id'),
        )
        .select(['h.id', 'h.enterprise_id', 'h.description', 'x.requested_at'])
        .where('x.state', '=', 'pending');
      // The decider (hazards.access.ts): the 挂牌督办 agency, else the finding agency, else
      // the 主要负责人.
      const supervisor = sql<string | null>`(select s.agency_id from hazard_supervision s
        where s.enterprise_id = h.enterprise_id and s.hazard_id = h.id and s.state = 'listed')`;
      q = isAgency(c)
        ? q.where(sql<string>`coalesce(${supervisor}, h.found_by_agency_id)`, '=', c.agencyId!)
        : q
            .where('x.enterprise_id', '=', c.enterpriseId!)
            .where('h.found_by_agency_id', 'is', null)
            .where(supervisor, 'is', null);
      const rows = await q.orderBy('x.requested_at', 'desc').limit(PER_SOURCE).execute();
      return rows.map((h) => ({
        kind: 'extension_to_decide',
        title: `延期申请待审批：${short(h.description)}`,
        href: hazardHref(c, h),
        at: iso(h.requested_at),
      }));
    },
  },
  {
    kind: 'acceptance_due',
    appliesTo: (c) => isAgency(c) || isManager(c),
    load: async (db, c) => {
      let q = hazards(db).where('h.state', '=', 'awaiting_acceptance');
      // The rectifier may not accept their own work, so it is not on their list.
      q = isAgency(c)
        ? q.where('h.found_by_agency_id', '=', c.agencyId!)
        : q
            .where('h.enterprise_id', '=', c.enterpriseId!)
            .where('h.found_by_agency_id', 'is', null)
            .where((eb) =>
              eb.or([eb('h.rectifier_id', 'is', null), eb('h.rectifier_id', '!=', c.userId)]),
            );
      const rows = await q.orderBy('h.updated_at', 'desc').limit(PER_SOURCE).execute();
      return rows.map((h) => ({
        kind: 'acceptance_due',
        title: `待验收：${short(h.description)}`,
        href: hazardHref(c, h),
        at: iso(h.updated_at),
      }));
    },
  },
  {
    kind: 'deadline_soon',
    appliesTo: (c) => isAgency(c) || c.enterpriseId !== null,
    load: async (db, c) => {
      const rows = await deadlineHazards(db, c)
        .where('h.deadline', '>=', sql<Date>`now()`)
        .where('h.deadline', '<', sql<Date>`now() + make_interval(days => ${SOON_DAYS})`)
        .orderBy('h.deadline')
        .limit(PER_SOURCE)
        .execute();
      return rows.map((h) => ({
        kind: 'deadline_soon',
        title: `${SOON_DAYS} 天内到期：${short(h.description)}`,
        href: hazardHref(c, h),
        at: iso(h.deadline!),
      }));
    },
  },
  {
    kind: 'overdue',
    appliesTo: (c) => isAgency(c) || c.enterpriseId !== null,
    load: async (db, c) => {
      const rows = await deadlineHazards(db, c)
        .where('h.deadline', '<', sql<Date>`now()`)
        .orderBy('h.deadline')
        .limit(PER_SOURCE)
        .execute();
      const now = Date.now();
      return rows.map((h) => {
        const days = Math.max(1, Math.ceil((now - new Date(h.deadline!).getTime()) / DAY));
        return {
          kind: 'overdue',
          title: `已逾期 ${days} 天：${short(h.description)}`,
          href: hazardHref(c, h),
          at: iso(h.deadline!),
        };
      });
    },
  },
  {
    // 挂牌督办 to consider (docs/domain-criteria.md): an open 重大 hazard that matches a 判定 item,
    // at an enterprise this agency supervises, not listed yet. It leaves the list once listed or
    // closed. The item is cited, as the listing would cite it.
    kind: 'supervision_to_consider',
    appliesTo: isAgency,
    load: async (db, c) => {
      const rows = await db
        .selectFrom('hazard as h')
        .innerJoin('enterprise as e', 'e.id', 'h.enterprise_id')
        .select(['h.id', 'h.enterprise_id', 'h.description', 'h.updated_at', 'e.name'])
        .select(hazardCriterion.as('criterion'))
        .where('e.supervising_agency_id', '=', c.agencyId!)
        .where('h.criteria_item_id', 'is not', null)
        .where('h.grade', '=', '重大')
        .where('h.state', 'in', ['rectifying', 'awaiting_acceptance'])
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('hazard_supervision as s')
                .select('s.id')
                .whereRef('s.enterprise_id', '=', 'h.enterprise_id')
                .whereRef('s.hazard_id', '=', 'h.id'),
            ),
          ),
        )
        .orderBy('h.updated_at', 'desc')
        .limit(PER_SOURCE)
        .execute();
      return rows.map((h) => ({
        kind: 'supervision_to_consider',
        title: `建议研究挂牌督办：${h.name}「${short(h.description)}」符合${h.criterion ? citation(h.criterion) : '重大事故隐患判定标准'}`,
        href: hazardHref(c, h),
        at: iso(h.updated_at),
      }));
    },
  },
  {
    // 双报告: a draft the 主要负责人 has still to submit, with its deadline.
    kind: 'report_to_submit',
    appliesTo: (c) => c.role === 'enterprise_admin',
    load: async (db, c) => {
      const rows = await listReports(db, c, { state: 'draft' }, PER_SOURCE);
      return rows.slice(0, PER_SOURCE).map((r) => ({
        kind: 'report_to_submit',
        title: `${r.late ? '已超报送时限' : '待报送'}：${reportTitle(r)}`,
        href: reportHref(r),
        at: iso(r.due_at),
      }));
    },
  },
  {
    // 签收: a submitted report addressed to the caller's side that it has not signed for. An
    // agency above the addressed one reads the report but does not sign it.
    kind: 'report_awaiting_receipt',
    appliesTo: (c) => isAgency(c) || c.role === 'congress_rep',
    load: async (db, c) => {
      // Narrowed in SQL, not after the limit: a province's own reports are few among its
      // subtree's, and a whole subtree's read took 1.5 s at province scale.
      const rows = await listReports(
        db,
        c,
        { unacknowledged: true, agencyId: isAgency(c) ? c.agencyId! : undefined },
        PER_SOURCE,
      );
      return rows.slice(0, PER_SOURCE).map((r) => ({
        kind: 'report_awaiting_receipt',
        title: `待签收：${r.enterprise_name} ${reportTitle(r)}`,
        href: reportHref(r),
        at: iso(r.submitted_at!),
      }));
    },
  },
  {
    // A certificate this agency granted whose holder was listed as 严重失信: revoke or keep it.
    kind: 'certificate_revocation_to_decide',
    appliesTo: (c) => c.role === 'agency_admin',
    load: async (db, c) => {
      const rows = await db
        .selectFrom('certificate_review as r')
        .innerJoin('standardization_certificate as s', (j) =>
          j.onRef('s.enterprise_id', '=', 'r.enterprise_id').onRef('s.id', '=', 'r.certificate_id'),
        )
        .innerJoin('enterprise as e', 'e.id', 'r.enterprise_id')
        .select(['r.opened_at', 'r.reason', 's.number', 'e.name'])
        .where('r.decision', 'is', null)
        .where('s.agency_id', '=', c.agencyId!)
        .orderBy('r.opened_at', 'desc')
        .limit(PER_SOURCE)
        .execute();
      return rows.map((r) => ({
        kind: 'certificate_revocation_to_decide',
        title: `待决定是否撤销标准化证书：${r.name}（${r.number}，${r.reason}）`,
        href: '/standardization?certificates=revocation',
        at: iso(r.opened_at),
      }));
    },
  },
];
