import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// db/src/enums.ts
var ROLES = [
  "platform_admin",
  "agency_admin",
  "inspector",
  "enterprise_admin",
  "safety_manager",
  "worker",
  "congress_rep"
];
var JURISDICTION_LEVELS = ["province", "city", "county", "town"];
var INDUSTRIES = [
  "冶金",
  "有色",
  "建材",
  "机械",
  "轻工",
  "纺织",
  "烟草",
  "商贸",
  "危险化学品",
  "烟花爆竹",
  "非煤矿山",
  "其他"
];
var ENTERPRISE_SCALES = ["大型", "中型", "小型", "微型"];
var RISK_COLOURS = ["red", "orange", "yellow", "blue"];
var STANDARDIZATION_LEVELS = ["一级", "二级", "三级"];
var CREDIT_STATUSES = ["normal", "blacklisted"];
var ACCIDENT_TYPES = [
  "物体打击",
  "车辆伤害",
  "机械伤害",
  "起重伤害",
  "触电",
  "淹溺",
  "灼烫",
  "火灾",
  "高处坠落",
  "坍塌",
  "冒顶片帮",
  "透水",
  "放炮",
  "火药爆炸",
  "瓦斯爆炸",
  "锅炉爆炸",
  "容器爆炸",
  "其他爆炸",
  "中毒和窒息",
  "其他伤害"
];
var MEASURE_CATEGORIES = [
  "工程技术",
  "维护保养",
  "操作行为",
  "管理",
  "培训教育",
  "个体防护",
  "应急处置"
];
var CONTROL_LEVELS = ["公司级", "部门级", "车间级", "班组级", "岗位级"];
var CHECK_CYCLE_UNITS = ["hour", "day", "week", "month", "quarter", "year"];
var ASSESSMENT_METHODS = ["LEC", "LS"];
var HAZARD_SOURCES = [
  "日常排查",
  "综合性",
  "专业性",
  "季节性",
  "节假日前",
  "事故类比",
  "复产复工前",
  "专家诊断",
  "管控措施失效",
  "员工随手拍",
  "监管检查",
  "举报",
  "其他"
];
var HAZARD_KINDS = [
  "安全",
  "工艺",
  "电气",
  "仪表",
  "消防",
  "总图",
  "设备",
  "其他"
];
var HAZARD_CATEGORIES = [
  "人的不安全行为",
  "物的不安全状态",
  "管理缺陷",
  "环境因素"
];
var HAZARD_GRADES = ["一般", "重大"];
var HAZARD_MANAGE_TYPES = ["即查即改", "限期整改"];
var HAZARD_STOPPAGES = ["不停产", "局部停产", "全部停产"];
var HAZARD_STATES = [
  "reported",
  "rejected",
  "rectifying",
  "awaiting_acceptance",
  "closed"
];
var HAZARD_EVENT_ACTIONS = [
  "register",
  "reject",
  "confirm",
  "submit",
  "accept",
  "reject_acceptance",
  "request_extension",
  "approve_extension",
  "refuse_extension",
  "edit_plan"
];
var HAZARD_EXTENSION_STATES = ["pending", "approved", "refused", "withdrawn"];
var CHECK_RESULTS = ["ok", "not_ok"];
var UPLOAD_CONTENT_TYPES = ["image/jpeg", "image/png", "image/webp"];
var REPORT_KINDS = [
  "major_initial",
  "major_progress",
  "major_closure",
  "quarterly",
  "annual"
];
var REPORT_STATES = ["draft", "submitted"];
var REPORT_RECIPIENTS = ["agency", "congress"];
var SUPERVISION_STATES = ["listed", "unlisted"];
var STANDARDIZATION_APPLICATION_STATES = [
  "submitted",
  "publicity",
  "granted",
  "rejected"
];
var CERTIFICATE_STATES = ["active", "expired", "revoked", "downgraded"];
var CERTIFICATE_REVOCATION_REASONS = [
  "死亡事故",
  "瞒报谎报",
  "列入严重失信主体名单",
  "重大隐患未按期整改",
  "提供虚假材料"
];
var BLACKLIST_STATES = ["proposed", "notified", "listed", "removed", "withdrawn"];
var BLACKLIST_REPAIR_STATES = ["pending", "approved", "refused"];
var TIPOFF_KINDS = ["hazard", "violation"];
var TIPOFF_STATES = ["received", "reviewing", "unsubstantiated", "verified"];
var INSPECTION_STATES = ["assigned", "recorded", "published"];
var INSPECTION_ITEM_RESULTS = ["pass", "fail", "not_applicable"];

export {
  ROLES,
  JURISDICTION_LEVELS,
  INDUSTRIES,
  ENTERPRISE_SCALES,
  RISK_COLOURS,
  STANDARDIZATION_LEVELS,
  CREDIT_STATUSES,
  ACCIDENT_TYPES,
  MEASURE_CATEGORIES,
  CONTROL_LEVELS,
  CHECK_CYCLE_UNITS,
  ASSESSMENT_METHODS,
  HAZARD_SOURCES,
  HAZARD_KINDS,
  HAZARD_CATEGORIES,
  HAZARD_GRADES,
  HAZARD_MANAGE_TYPES,
  HAZARD_STOPPAGES,
  HAZARD_STATES,
  HAZARD_EVENT_ACTIONS,
  HAZARD_EXTENSION_STATES,
  CHECK_RESULTS,
  UPLOAD_CONTENT_TYPES,
  REPORT_KINDS,
  REPORT_STATES,
  REPORT_RECIPIENTS,
  SUPERVISION_STATES,
  STANDARDIZATION_APPLICATION_STATES,
  CERTIFICATE_STATES,
  CERTIFICATE_REVOCATION_REASONS,
  BLACKLIST_STATES,
  BLACKLIST_REPAIR_STATES,
  TIPOFF_KINDS,
  TIPOFF_STATES,
  INSPECTION_STATES,
  INSPECTION_ITEM_RESULTS
};
