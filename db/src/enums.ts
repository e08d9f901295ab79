// Fixed vocabularies of the domain (../docs/architecture.md). The database enforces them with CHECK
// constraints built from these same lists, so code and schema cannot drift apart.

export const ROLES = [
  'platform_admin',
  'agency_admin',
  'inspector',
  'enterprise_admin',
  'safety_manager',
  'worker',
  'congress_rep',
] as const;
export type Role = (typeof ROLES)[number];

export const AGENCY_ROLES = ['agency_admin', 'inspector'] as const satisfies readonly Role[];
export const ENTERPRISE_ROLES = [
  'enterprise_admin',
  'safety_manager',
  'worker',
  'congress_rep',
] as const satisfies readonly Role[];

export const JURISDICTION_LEVELS = ['province', 'city', 'county', 'town'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

export const INDUSTRIES = [
  '冶金',
  '有色',
  '建材',
  '机械',
  '轻工',
  '纺织',
  '烟草',
  '商贸',
  '危险化学品',
  '烟花爆竹',
  '非煤矿山',
  '其他',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const ENTERPRISE_SCALES = ['大型', '中型', '小型', '微型'] as const;
export type EnterpriseScale = (typeof ENTERPRISE_SCALES)[number];

export const RISK_COLOURS = ['red', 'orange', 'yellow', 'blue'] as const;
export type RiskColour = (typeof RISK_COLOURS)[number];

export const STANDARDIZATION_LEVELS = ['一级', '二级', '三级'] as const;
export type StandardizationLevel = (typeof STANDARDIZATION_LEVELS)[number];

export const CREDIT_STATUSES = ['normal', 'blacklisted'] as const;
export type CreditStatus = (typeof CREDIT_STATUSES)[number];

/** GB 6441 accident types (事故类别), the 20 of docs/domain.md section 1. */
export const ACCIDENT_TYPES = [
  '物体打击',
  '车辆伤害',
  '机械伤害',
  '起重伤害',
  '触电',
  '淹溺',
  '灼烫',
  '火灾',
  '高处坠落',
  '坍塌',
  '冒顶片帮',
  '透水',
  '放炮',
  '火药爆炸',
  '瓦斯爆炸',
  '锅炉爆炸',
  '容器爆炸',
  '其他爆炸',
  '中毒和窒息',
  '其他伤害',
] as const;
export type AccidentType = (typeof ACCIDENT_TYPES)[number];

export const MEASURE_CATEGORIES = [
  '工程技术',
  '维护保养',
  '操作行为',
  '管理',
  '培训教育',
  '个体防护',
  '应急处置',
] as const;
export type MeasureCategory = (typeof MEASURE_CATEGORIES)[number];

export const CONTROL_LEVELS = ['公司级', '部门级', '车间级', '班组级', '岗位级'] as const;
export type ControlLevel = (typeof CONTROL_LEVELS)[number];

export const CHECK_CYCLE_UNITS = ['hour', 'day', 'week', 'month', 'quarter', 'year'] as const;
export type CheckCycleUnit = (typeof CHECK_CYCLE_UNITS)[number];

export const ASSESSMENT_METHODS = ['LEC', 'LS'] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

/** 隐患来源 (docs/domain.md section 2). */
export const HAZARD_SOURCES = [
  '日常排查',
  '综合性',
  '专业性',
  '季节性',
  '节假日前',
  '事故类比',
  '复产复工前',
  '专家诊断',
  '管控措施失效',
  '员工随手拍',
  '监管检查',
  '举报',
  '其他',
] as const;
export type HazardSource = (typeof HAZARD_SOURCES)[number];

export const HAZARD_KINDS = [
  '安全',
  '工艺',
  '电气',
  '仪表',
  '消防',
  '总图',
  '设备',
  '其他',
] as const;
export type HazardKind = (typeof HAZARD_KINDS)[number];

export const HAZARD_CATEGORIES = [
  '人的不安全行为',
  '物的不安全状态',
  '管理缺陷',
  '环境因素',
] as const;
export type HazardCategory = (typeof HAZARD_CATEGORIES)[number];

export const HAZARD_GRADES = ['一般', '重大'] as const;
export type HazardGrade = (typeof HAZARD_GRADES)[number];

export const HAZARD_MANAGE_TYPES = ['即查即改', '限期整改'] as const;
export type HazardManageType = (typeof HAZARD_MANAGE_TYPES)[number];

/** 重大隐患治理方案: whether rectification needs the plant (partly) stopped. */
export const HAZARD_STOPPAGES = ['不停产', '局部停产', '全部停产'] as const;
export type HazardStoppage = (typeof HAZARD_STOPPAGES)[number];

/** The closed loop: reported → (rejected | rectifying ⇄ awaiting_acceptance → closed). */
export const HAZARD_STATES = [
  'reported',
  'rejected',
  'rectifying',
  'awaiting_acceptance',
  'closed',
] as const;
export type HazardState = (typeof HAZARD_STATES)[number];

/** What a hazard event records: the state moves, its registration and its extensions. */
export const HAZARD_EVENT_ACTIONS = [
  'register',
  'reject',
  'confirm',
  'submit',
  'accept',
  'reject_acceptance',
  'request_extension',
  'approve_extension',
  'refuse_extension',
  'edit_plan',
] as const;
export type HazardEventAction = (typeof HAZARD_EVENT_ACTIONS)[number];

/** `withdrawn`: still pending when its hazard was closed, and closed with it. */
export const HAZARD_EXTENSION_STATES = ['pending', 'approved', 'refused', 'withdrawn'] as const;
export type HazardExtensionState = (typeof HAZARD_EXTENSION_STATES)[number];

/** 排查记录的结果 (docs/domain.md section 1): ok, or not ok (which opens a hazard). */
export const CHECK_RESULTS = ['ok', 'not_ok'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

/** Photo types an upload may have, recognised by content. */
export const UPLOAD_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];
/** 双报告 (docs/domain.md section 3): event reports of a 重大隐患, and the periodic statistics. */
export const REPORT_KINDS = [
  'major_initial',
  'major_progress',
  'major_closure',
  'quarterly',
  'annual',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_STATES = ['draft', 'submitted'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** Who a submitted report is addressed to; each acknowledges receipt (签收) once. */
export const REPORT_RECIPIENTS = ['agency', 'congress'] as const;
export type ReportRecipient = (typeof REPORT_RECIPIENTS)[number];

/** 挂牌督办 of a major hazard: listed until 摘牌 (only after the hazard is accepted and closed). */
export const SUPERVISION_STATES = ['listed', 'unlisted'] as const;
export type SupervisionState = (typeof SUPERVISION_STATES)[number];

/** 安全生产标准化 application (docs/domain.md section 4): review → 公示 → granted, or rejected. */
export const STANDARDIZATION_APPLICATION_STATES = [
  'submitted',
  'publicity',
  'granted',
  'rejected',
] as const;
export type StandardizationApplicationState = (typeof STANDARDIZATION_APPLICATION_STATES)[number];

/** A certificate is active until it expires by date, is revoked, or is replaced by a downgrade. */
export const CERTIFICATE_STATES = ['active', 'expired', 'revoked', 'downgraded'] as const;
export type CertificateState = (typeof CERTIFICATE_STATES)[number];

/** Reasons a certificate is revoked or downgraded (docs/domain.md section 4). */
export const CERTIFICATE_REVOCATION_REASONS = [
  '死亡事故',
  '瞒报谎报',
  '列入严重失信主体名单',
  '重大隐患未按期整改',
  '提供虚假材料',
] as const;
export type CertificateRevocationReason = (typeof CERTIFICATE_REVOCATION_REASONS)[number];

/** 严重失信主体名单 (docs/domain.md section 4 / 应急管理部令第11号). */
// withdrawn: the agency accepted the 陈述申辩 (or dropped the proposal) before listing.
export const BLACKLIST_STATES = ['proposed', 'notified', 'listed', 'removed', 'withdrawn'] as const;
export type BlacklistState = (typeof BLACKLIST_STATES)[number];

/** 信用修复 application of a listed enterprise (early removal, ≥ 12 months listed). */
export const BLACKLIST_REPAIR_STATES = ['pending', 'approved', 'refused'] as const;
export type BlacklistRepairState = (typeof BLACKLIST_REPAIR_STATES)[number];
/** Public tip-offs (隐患举报, docs/domain.md section 6): what is reported, and where its triage stands. */
export const TIPOFF_KINDS = ['hazard', 'violation'] as const;
export type TipoffKind = (typeof TIPOFF_KINDS)[number];
// received → reviewing → unsubstantiated (reason shown to the reporter) | verified (hazard opened).
export const TIPOFF_STATES = ['received', 'reviewing', 'unsubstantiated', 'verified'] as const;
export type TipoffState = (typeof TIPOFF_STATES)[number];
// --- 双随机一公开 random inspections (migration 2026_11_23_2200) ---
/** One inspected enterprise of a draw: assigned to its team → recorded → published (一公开). */
export const INSPECTION_STATES = ['assigned', 'recorded', 'published'] as const;
export type InspectionState = (typeof INSPECTION_STATES)[number];

/** The result of one 抽查事项 at one enterprise: 合格 / 不合格 / 不涉及. */
export const INSPECTION_ITEM_RESULTS = ['pass', 'fail', 'not_applicable'] as const;
export type InspectionItemResult = (typeof INSPECTION_ITEM_RESULTS)[number];

/**
 * How a certificate put to its agency for revocation (its holder listed as 严重失信) was settled:
 * revoked or downgraded by the agency, kept with a note, or ended otherwise (expired, renewed).
 */
export const CERTIFICATE_REVIEW_DECISIONS = ['revoked', 'downgraded', 'kept', 'ended'] as const;
export type CertificateReviewDecision = (typeof CERTIFICATE_REVIEW_DECISIONS)[number];

// --- 重大事故隐患判定标准 and the check-item library (docs/domain-criteria.md) ---
/** Whether the product holds every item of a standard, or only some of them. */
export const CRITERIA_HOLDINGS = ['complete', 'partial'] as const;
export type CriteriaHolding = (typeof CRITERIA_HOLDINGS)[number];

/** How close an item's text is to the official one: 原文, 近原文, or cut off (残缺). */
export const CRITERIA_FIDELITIES = ['verbatim', 'near_verbatim', 'partial'] as const;
export type CriteriaFidelity = (typeof CRITERIA_FIDELITIES)[number];

/** Where a hazard's link to a 判定 item came from. */
export const CRITERIA_LINK_ORIGINS = ['manual', 'check_record', 'inspection', 'tipoff'] as const;
export type CriteriaLinkOrigin = (typeof CRITERIA_LINK_ORIGINS)[number];

/** A check item of the library: one written as such, or a 判定 item (each is also a check item). */
export const CHECK_ITEM_KINDS = ['check', 'criterion'] as const;
export type CheckItemKind = (typeof CHECK_ITEM_KINDS)[number];

/** Where a standard stands on a day: not yet in force, in force, or retired from an earlier day. */
export const CRITERIA_STANDARD_STATUSES = ['upcoming', 'current', 'retired'] as const;
export type CriteriaStandardStatus = (typeof CRITERIA_STANDARD_STATUSES)[number];

// --- 危险化学品 duties (docs/domain-chemicals.md; migration 2026_12_06_1200) ---
/** 重大危险源 levels (GB 18218): 一级 the highest. */
export const MAJOR_HAZARD_LEVELS = ['一级', '二级', '三级', '四级'] as const;
export type MajorHazardLevel = (typeof MAJOR_HAZARD_LEVELS)[number];

/** The three 包保责任人 of a 重大危险源: 主要负责人, 技术负责人, 操作负责人. */
export const CUSTODY_ROLES = ['principal', 'technical', 'operational'] as const;
export type CustodyRole = (typeof CUSTODY_ROLES)[number];

/** 装置/设施运行状态: 运行, 停车, 检修, 试生产. */
export const RUN_STATES = ['running', 'stopped', 'maintenance', 'trial'] as const;
export type RunState = (typeof RUN_STATES)[number];

/** What a check record is for: a control measure's window, a 包保 window, a 开车前检查. */
export const CHECK_KINDS = ['measure', 'custody', 'pre_start'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** Duties an enterprise gives its accounts: who may sign which permit step, who may commit. */
export const ENTERPRISE_DUTIES = [
  'commitment_deputy',
  'unit_head',
  'safety_dept',
  'specialty_dept',
  'plant_leader',
  'power_supplier',
  'co_signer',
  'shift_leader',
] as const;
export type EnterpriseDuty = (typeof ENTERPRISE_DUTIES)[number];

/** The eight 特殊作业 of GB 30871-2022. */
export const PERMIT_TYPES = [
  'hot_work',
  'confined_space',
  'blind_plate',
  'work_at_height',
  'lifting',
  'temporary_power',
  'excavation',
  'road_closure',
] as const;
export type PermitType = (typeof PERMIT_TYPES)[number];

/** The levels of the graded types: 动火 特级/一级/二级, 高处 I–IV, 吊装 一–三级. */
export const PERMIT_LEVELS = [
  'hot_special',
  'hot_1',
  'hot_2',
  'height_1',
  'height_2',
  'height_3',
  'height_4',
  'lifting_1',
  'lifting_2',
  'lifting_3',
] as const;
export type PermitLevel = (typeof PERMIT_LEVELS)[number];

/** A permit's life: applied → measures confirmed → briefed → approved → in progress ⇄
 *  interrupted → completed → accepted (验收), or cancelled before completion. */
export const PERMIT_STATES = [
  'applied',
  'measures_confirmed',
  'briefed',
  'approved',
  'in_progress',
  'interrupted',
  'completed',
  'accepted',
  'cancelled',
] as const;
export type PermitState = (typeof PERMIT_STATES)[number];

/** Every signed step of a permit, in its log. */
export const PERMIT_ACTIONS = [
  'apply',
  'confirm_measure',
  'record_gas',
  'brief',
  'approve',
  'start',
  'interrupt',
  'resume',
  'extend',
  'complete',
  'accept',
  'cancel',
] as const;
export type PermitAction = (typeof PERMIT_ACTIONS)[number];

/** The signatures of a permit's approval chain (GB 30871-2022 appendix A and table B.1). */
export const PERMIT_SIGNER_ROLES = [
  'work_leader',
  'unit_head',
  'safety_dept',
  'specialty_dept',
  'plant_leader',
  'power_supplier',
  'co_signer',
] as const;
export type PermitSignerRole = (typeof PERMIT_SIGNER_ROLES)[number];

/** What a gas reading measures: a flammable gas or vapour, oxygen, or a toxic substance. */
export const GAS_KINDS = ['flammable', 'oxygen', 'toxic'] as const;
export type GasKind = (typeof GAS_KINDS)[number];
export const GAS_UNITS = ['%VOL', 'mg/m³', 'ppm'] as const;
export type GasUnit = (typeof GAS_UNITS)[number];

// --- Reminders (notifications pushed out of the app; migration 2026_12_07_1100) ---
/** What a reminder is about: events of a change (written with it) and of the calendar. */
export const NOTIFICATION_KINDS = [
  'check_due',
  'check_missed',
  'hazard_assigned',
  'hazard_deadline_soon',
  'hazard_overdue',
  'extension_requested',
  'extension_decided',
  'report_due',
  'report_overdue',
  'report_to_acknowledge',
  'report_acknowledged',
  'supervision_listed',
  'tipoff_received',
  'certificate_expiring',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A person's own channels: e-mail, or an @ in the organisation's 企业微信 / 钉钉 group. */
export const PERSONAL_CHANNELS = ['email', 'wecom', 'dingtalk'] as const;
export type PersonalChannel = (typeof PERSONAL_CHANNELS)[number];

/** What an enterprise or an agency configures: group robots and integrators' webhooks. */
export const CHANNEL_KINDS = ['wecom_robot', 'dingtalk_robot', 'webhook'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** How a delivery went out: a personal channel, or an organisation's webhook. */
export const DELIVERY_CHANNELS = ['email', 'wecom', 'dingtalk', 'webhook'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

// pending → sending (claimed by one worker) → delivered | pending again (retry) | failed;
// held: waiting for the recipient's daily digest, then digested into one digest delivery.
export const DELIVERY_STATES = [
  'pending',
  'sending',
  'delivered',
  'failed',
  'held',
  'digested',
] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];
