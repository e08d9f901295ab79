import type {
  HazardExtensionRow,
  HazardRow,
  ReportRecipient,
  ReportRow,
  Role,
} from '@shuangfang/db';
import { chinaDateTime } from '../../lib/china-time.js';
import type { extensionDecider } from '../hazards/hazards.access.js';
import { deadlineAudience, reportTitle, short } from './notification-sources.js';
import type { Audience, OutboxEvent } from './outbox.js';

// What each reminder says and whom it concerns, built where the change happens (the caller
// passes the rows its transaction holds). Titles follow the in-app list's (notification-sources.ts)
// so a person reads the same words in the bell, the mail and the group chat.

type Hazard = Pick<
  HazardRow,
  'id' | 'enterprise_id' | 'description' | 'deadline' | 'responsible_user_id' | 'found_by_agency_id'
>;

const MANAGERS: Role[] = ['enterprise_admin', 'safety_manager'];
const REGULATORS: Role[] = ['agency_admin', 'inspector'];
const deadlineLine = (d: Date | string | null) => (d ? [`整改期限：${chinaDateTime(d)}`] : []);
const hazardEvent = (h: Hazard) => ({
  enterpriseId: h.enterprise_id,
  subject: { type: 'hazard' as const, id: h.id },
  data: { hazardId: h.id, deadline: h.deadline ? new Date(h.deadline).toISOString() : null },
});

/** Rectification is someone's now: the plan's responsible person, else the enterprise's managers. */
export function hazardAssigned(h: Hazard, why: string, at: Date): OutboxEvent {
  const audience: Audience = h.responsible_user_id
    ? { users: [h.responsible_user_id] }
    : { enterpriseRoles: MANAGERS };
  return {
    ...hazardEvent(h),
    kind: 'hazard_assigned',
    dedupeKey: `hazard_assigned:${h.id}:${at.getTime()}`,
    title: `待整改：${short(h.description)}`,
    lines: [why, ...deadlineLine(h.deadline)],
    audience,
    occurredAt: at,
  };
}

export function deadlineSoon(h: Hazard & { deadline: Date | string }): OutboxEvent {
  return {
    ...hazardEvent(h),
    kind: 'hazard_deadline_soon',
    dedupeKey: `hazard_deadline_soon:${h.id}:${new Date(h.deadline).getTime()}`,
    title: `3 天内到期：${short(h.description)}`,
    lines: deadlineLine(h.deadline),
    audience: deadlineAudience(h),
  };
}

export function overdue(h: Hazard & { deadline: Date | string }): OutboxEvent {
  return {
    ...hazardEvent(h),
    kind: 'hazard_overdue',
    dedupeKey: `hazard_overdue:${h.id}:${new Date(h.deadline).getTime()}`,
    title: `已逾期：${short(h.description)}`,
    lines: deadlineLine(h.deadline),
    audience: deadlineAudience(h),
  };
}

/** To whoever decides it (hazards.access.ts `extensionDecider`). */
export function extensionRequested(
  h: Hazard,
  x: Pick<HazardExtensionRow, 'id' | 'requested_deadline' | 'reason'>,
  decider: ReturnType<typeof extensionDecider>,
): OutboxEvent {
  return {
    ...hazardEvent(h),
    kind: 'extension_requested',
    dedupeKey: `extension_requested:${x.id}`,
    title: `延期申请待审批：${short(h.description)}`,
    lines: [
      ...deadlineLine(h.deadline),
      `申请延至：${chinaDateTime(x.requested_deadline)}`,
      `理由：${x.reason}`,
    ],
    audience:
      'agencyId' in decider
        ? { agencies: [{ agencyId: decider.agencyId, roles: REGULATORS }] }
        : { enterpriseRoles: [decider.role] },
    data: { ...hazardEvent(h).data, extensionId: x.id },
  };
}

export function extensionDecided(
  h: Hazard,
  x: Pick<HazardExtensionRow, 'id' | 'requested_deadline' | 'requested_by'>,
  refusal: string | null,
): OutboxEvent {
  const approved = refusal === null;
  return {
    ...hazardEvent(h),
    kind: 'extension_decided',
    dedupeKey: `extension_decided:${x.id}`,
    title: `延期申请${approved ? '已批准' : '未批准'}：${short(h.description)}`,
    lines: approved
      ? [`新的整改期限：${chinaDateTime(x.requested_deadline)}`]
      : [...deadlineLine(h.deadline), `理由：${refusal}`],
    audience: { users: [x.requested_by] },
    data: { ...hazardEvent(h).data, extensionId: x.id, approved },
  };
}

export function supervisionListed(
  h: Hazard,
  s: { id: string; number: string; deadline: Date; requirements: string },
): OutboxEvent {
  return {
    ...hazardEvent(h),
    kind: 'supervision_listed',
    dedupeKey: `supervision_listed:${s.id}`,
    title: `挂牌督办：${short(h.description)}`,
    lines: [
      `督办编号：${s.number}`,
      `督办期限：${chinaDateTime(s.deadline)}`,
      `督办要求：${s.requirements}`,
    ],
    audience: { enterpriseRoles: MANAGERS },
    data: { ...hazardEvent(h).data, supervisionNumber: s.number },
  };
}

type Report = Pick<ReportRow, 'enterprise_id' | 'id' | 'kind' | 'content' | 'due_at'>;
const reportEvent = (r: Report) => ({
  enterpriseId: r.enterprise_id,
  subject: { type: 'report' as const, id: r.id },
  data: { reportId: r.id, reportKind: r.kind, dueAt: new Date(r.due_at).toISOString() },
});

export function reportDue(r: Report): OutboxEvent {
  return {
    ...reportEvent(r),
    kind: 'report_due',
    dedupeKey: `report_due:${r.id}:${new Date(r.due_at).getTime()}`,
    title: `待报送：${reportTitle(r)}`,
    lines: [`报送时限：${chinaDateTime(r.due_at)}`],
    audience: { enterpriseRoles: ['enterprise_admin'] },
  };
}

export function reportOverdue(r: Report): OutboxEvent {
  return {
    ...reportEvent(r),
    kind: 'report_overdue',
    dedupeKey: `report_overdue:${r.id}:${new Date(r.due_at).getTime()}`,
    title: `已超报送时限：${reportTitle(r)}`,
    lines: [`报送时限：${chinaDateTime(r.due_at)}`],
    audience: { enterpriseRoles: ['enterprise_admin'] },
  };
}

/** A submitted report, to both recipients: the addressed agency and the congress. */
export function reportToAcknowledge(r: Report, agencyId: string | null, at: Date): OutboxEvent {
  return {
    ...reportEvent(r),
    kind: 'report_to_acknowledge',
    dedupeKey: `report_to_acknowledge:${r.id}`,
    title: `待签收：${reportTitle(r)}`,
    lines: [`报送时间：${chinaDateTime(at)}`],
    audience: {
      enterpriseRoles: ['congress_rep'],
      agencies: agencyId ? [{ agencyId, roles: REGULATORS }] : [],
    },
    occurredAt: at,
  };
}

const RECIPIENT_NAMES: Record<ReportRecipient, string> = { agency: '监管部门', congress: '职代会' };

export function reportAcknowledged(
  r: Report,
  recipient: ReportRecipient,
  by: string,
  at: Date,
): OutboxEvent {
  return {
    ...reportEvent(r),
    kind: 'report_acknowledged',
    dedupeKey: `report_acknowledged:${r.id}:${recipient}`,
    title: `${RECIPIENT_NAMES[recipient]}已签收：${reportTitle(r)}`,
    lines: [`签收人：${by}`, `签收时间：${chinaDateTime(at)}`],
    audience: { enterpriseRoles: ['enterprise_admin'] },
    data: { ...reportEvent(r).data, recipient },
    occurredAt: at,
  };
}

/** A tip-off, to the enterprise's supervising agency. Nothing about the reporter goes out. */
export function tipoffReceived(
  t: { id: string; enterprise_id: string; kind: string; description: string },
  agencyId: string,
): OutboxEvent {
  return {
    enterpriseId: t.enterprise_id,
    subject: { type: 'tipoff', id: t.id },
    kind: 'tipoff_received',
    dedupeKey: `tipoff_received:${t.id}`,
    title: `收到${t.kind === 'hazard' ? '隐患' : '违法行为'}举报：${short(t.description)}`,
    lines: ['请及时核查处理'],
    audience: { agencies: [{ agencyId, roles: REGULATORS }] },
    data: { tipoffId: t.id },
  };
}

export function certificateExpiring(c: {
  id: string;
  enterprise_id: string;
  number: string;
  level: string;
  valid_to: string;
}): OutboxEvent {
  return {
    enterpriseId: c.enterprise_id,
    subject: { type: 'certificate', id: c.id },
    kind: 'certificate_expiring',
    dedupeKey: `certificate_expiring:${c.id}:${c.valid_to}`,
    title: `安全生产标准化证书将于 ${c.valid_to} 到期`,
    lines: [`证书编号：${c.number}`, `等级：${c.level}`, '请及时申请复评换证'],
    audience: { enterpriseRoles: ['enterprise_admin'] },
    data: { certificateId: c.id, validTo: c.valid_to },
  };
}

interface Check {
  enterpriseId: string;
  measureId: string;
  checkContent: string;
  objectName: string;
  unitName: string;
  window: { start: Date; end: Date };
  workers: string[];
}

const checkLines = (c: Check) => [
  `排查周期：${chinaDateTime(c.window.start)} 至 ${chinaDateTime(c.window.end)}`,
  `位置：${c.objectName} / ${c.unitName}`,
];
const checkData = (c: Check) => ({
  measureId: c.measureId,
  windowStart: c.window.start.toISOString(),
  windowEnd: c.window.end.toISOString(),
});

/** A window of a measure opened: to the workers of the positions that check it. */
export function checkDue(c: Check): OutboxEvent {
  return {
    enterpriseId: c.enterpriseId,
    subject: { type: 'measure', id: c.measureId },
    kind: 'check_due',
    dedupeKey: `check_due:${c.measureId}:${c.window.start.getTime()}`,
    title: `待排查：${short(c.checkContent)}`,
    lines: checkLines(c),
    audience: { users: c.workers },
    data: checkData(c),
    occurredAt: c.window.start,
  };
}

/** A window closed unrecorded: to its workers and the safety managers. */
export function checkMissed(c: Check): OutboxEvent {
  return {
    enterpriseId: c.enterpriseId,
    subject: { type: 'measure', id: c.measureId },
    kind: 'check_missed',
    dedupeKey: `check_missed:${c.measureId}:${c.window.start.getTime()}`,
    title: `漏检：${short(c.checkContent)}`,
    lines: [...checkLines(c), '可在 7 天内补录'],
    audience: { users: c.workers, enterpriseRoles: ['safety_manager'] },
    data: checkData(c),
    occurredAt: c.window.end,
  };
}
