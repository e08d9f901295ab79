import type {
  ChannelKind,
  DeliveryChannel,
  NotificationKind,
  PersonalChannel,
  Role,
} from '@shuangfang/db';

// The reminders' vocabulary in Chinese, and whom each kind can reach (the roles of its audience,
// see notification-events.ts), so the preferences page offers a person only the kinds that can
// concern them.

export const KIND_LABELS: Record<NotificationKind, string> = {
  check_due: '排查任务待执行',
  check_missed: '排查任务漏检',
  hazard_assigned: '隐患整改任务',
  hazard_deadline_soon: '隐患整改 3 天内到期',
  hazard_overdue: '隐患整改逾期',
  extension_requested: '延期申请待审批',
  extension_decided: '延期申请已审批',
  report_due: '双报告即将到期',
  report_overdue: '双报告逾期未报送',
  report_to_acknowledge: '报告待签收',
  report_acknowledged: '报告已签收',
  supervision_listed: '隐患被挂牌督办',
  tipoff_received: '收到举报',
  certificate_expiring: '标准化证书 90 天内到期',
};

const ENTERPRISE_PEOPLE: Role[] = ['enterprise_admin', 'safety_manager', 'worker'];
const REGULATORS: Role[] = ['agency_admin', 'inspector'];

export const KIND_ROLES: Record<NotificationKind, Role[]> = {
  check_due: ['worker', 'safety_manager', 'enterprise_admin'],
  check_missed: ['worker', 'safety_manager', 'enterprise_admin'],
  hazard_assigned: ENTERPRISE_PEOPLE,
  hazard_deadline_soon: [...ENTERPRISE_PEOPLE, ...REGULATORS],
  hazard_overdue: [...ENTERPRISE_PEOPLE, ...REGULATORS],
  extension_requested: ['enterprise_admin', ...REGULATORS],
  extension_decided: ENTERPRISE_PEOPLE,
  report_due: ['enterprise_admin'],
  report_overdue: ['enterprise_admin'],
  report_to_acknowledge: [...REGULATORS, 'congress_rep'],
  report_acknowledged: ['enterprise_admin'],
  supervision_listed: ['enterprise_admin', 'safety_manager'],
  tipoff_received: REGULATORS,
  certificate_expiring: ['enterprise_admin'],
};

/** The kinds that can reach someone acting in this role. */
export const kindsFor = (role: Role) =>
  (Object.keys(KIND_ROLES) as NotificationKind[]).filter((k) => KIND_ROLES[k].includes(role));

/** The kinds an organisation's channel can carry: those that reach any of its roles. */
export const kindsForOrganisation = (side: 'enterprise' | 'agency') =>
  (Object.keys(KIND_ROLES) as NotificationKind[]).filter((k) =>
    KIND_ROLES[k].some((r) => (side === 'agency') === REGULATORS.includes(r)),
  );

export const PERSONAL_CHANNEL_LABELS: Record<PersonalChannel, string> = {
  email: '电子邮件',
  wecom: '企业微信群（@我）',
  dingtalk: '钉钉群（@我）',
};

export const DELIVERY_CHANNEL_LABELS: Record<DeliveryChannel, string> = {
  email: '电子邮件',
  wecom: '企业微信群机器人',
  dingtalk: '钉钉群机器人',
  webhook: 'Webhook',
};

export const CHANNEL_KIND_LABELS: Record<ChannelKind, string> = {
  wecom_robot: '企业微信群机器人',
  dingtalk_robot: '钉钉群机器人',
  webhook: 'Webhook（系统对接，HMAC-SHA256 签名）',
};

/** The robot a personal channel posts through. */
export const ROBOT_OF: Record<'wecom' | 'dingtalk', ChannelKind> = {
  wecom: 'wecom_robot',
  dingtalk: 'dingtalk_robot',
};
