import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_SETTINGS,
  appendEvent,
  assess,
  defaultControlLevel,
  draftEventReport,
  draftPeriodic,
  drawIn,
  flagRepeatFailure,
  hashPassword,
  hashReceiptCode,
  highestGrade,
  insertAcknowledgement,
  list,
  normalizeReceiptCode,
  notify,
  propose,
  registerIn,
  rewardFen,
  submitLocked,
  windowsBetween,
  withCheckCharacter,
  workingDaysAfter
} from "./chunk-TANGSLP3.js";
import {
  sql
} from "./chunk-J3WG5L4U.js";
import {
  DEMO_PASSWORD,
  DEMO_USERS,
  ENTERPRISES,
  JURISDICTIONS
} from "./chunk-TDKKZE6S.js";
import "./chunk-ZLVQH4OK.js";
import "./chunk-VA35IVHB.js";

// seeds/demo/blacklist-seed.ts
var DAY = 864e5;
var BLACKLIST_LISTED = "石城县宝福化工有限公司";
var BLACKLIST_NOTIFIED = "石城县通天寨烟花爆竹有限公司";
async function seedBlacklist(db) {
  const agencyAdmin = await db.selectFrom("app_user as u").innerJoin("membership as m", "m.user_id", "u.id").innerJoin("agency as a", "a.id", "m.agency_id").innerJoin("jurisdiction as j", "j.code", "a.jurisdiction_code").select([
    "u.id",
    "u.display_name",
    "m.id as membershipId",
    "a.id as agencyId",
    "j.code",
    "j.path"
  ]).where("u.phone", "=", "13800000001").executeTakeFirstOrThrow();
  const who = {
    id: agencyAdmin.membershipId,
    role: "agency_admin",
    enterpriseId: null,
    agencyId: agencyAdmin.agencyId,
    jurisdictionCode: agencyAdmin.code,
    jurisdictionPath: agencyAdmin.path,
    userId: agencyAdmin.id,
    displayName: agencyAdmin.display_name
  };
  const now = Date.now();
  const enterpriseId = async (name) => {
    const e = await db.selectFrom("enterprise").select("id").where("name", "=", name).executeTakeFirstOrThrow();
    const has = await db.selectFrom("blacklist_entry").select("id").where("enterprise_id", "=", e.id).executeTakeFirst();
    return has ? null : e.id;
  };
  const chem = await enterpriseId(BLACKLIST_LISTED);
  if (chem) {
    const proposedAt = new Date(now - 440 * DAY);
    const entry = await propose(
      db,
      who,
      chem,
      {
        penaltyDecisionNumber: "（石）应急罚〔2024〕31号",
        reason: "发生一起较大生产安全事故（3人死亡），对事故发生负有责任",
        legalBasis: "《安全生产严重失信主体名单管理办法》（应急管理部令第11号）第六条第一项"
      },
      proposedAt
    );
    await notify(db, who, chem, entry.id, new Date(proposedAt.getTime() + DAY));
    await list(
      db,
      who,
      chem,
      entry.id,
      { decisionNumber: "（石）应急失信〔2024〕1号" },
      new Date(now - 425 * DAY)
    );
  }
  const fireworks = await enterpriseId(BLACKLIST_NOTIFIED);
  if (fireworks) {
    const proposedAt = new Date(now - 2 * DAY);
    const entry = await propose(
      db,
      who,
      fireworks,
      {
        penaltyDecisionNumber: "（石）应急罚〔2026〕8号",
        reason: "瞒报一起生产安全事故",
        legalBasis: "《安全生产严重失信主体名单管理办法》（应急管理部令第11号）第六条第二项"
      },
      proposedAt
    );
    await notify(db, who, fireworks, entry.id, new Date(now - DAY));
  }
}

// seeds/demo/check-seed.ts
var DAY2 = 864e5;
var HISTORY_DAYS = 75;
async function seedCheckHistory(db, enterpriseId) {
  const existing = await db.selectFrom("check_record").select("id").where("enterprise_id", "=", enterpriseId).executeTakeFirst();
  if (existing) return;
  const rows = await db.selectFrom("control_measure as m").innerJoin(
    "risk_event as e",
    (j) => j.onRef("e.enterprise_id", "=", "m.enterprise_id").onRef("e.id", "=", "m.event_id")
  ).innerJoin(
    "position_unit as pu",
    (j) => j.onRef("pu.enterprise_id", "=", "e.enterprise_id").onRef("pu.unit_id", "=", "e.unit_id")
  ).innerJoin(
    "position_worker as pw",
    (j) => j.onRef("pw.enterprise_id", "=", "pu.enterprise_id").onRef("pw.position_id", "=", "pu.position_id")
  ).select(["m.id", "m.check_cycle_unit", "m.check_cycle_count", "pw.user_id"]).where("m.enterprise_id", "=", enterpriseId).where("m.check_cycle_unit", "is not", null).execute();
  const measures = [...new Map(rows.map((r) => [r.id, r])).values()];
  const failures = await db.selectFrom("hazard").select(["id", "control_measure_id", "created_at", "description"]).where("enterprise_id", "=", enterpriseId).where("source", "=", "管控措施失效").execute();
  const now = /* @__PURE__ */ new Date();
  const records = [];
  for (const m of measures) {
    const cycle = { unit: m.check_cycle_unit, count: m.check_cycle_count ?? 1 };
    const windows = windowsBetween(cycle, new Date(now.getTime() - HISTORY_DAYS * DAY2), now);
    for (const [i, w] of windows.slice(0, -1).entries()) {
      const failure = failures.find(
        (f) => f.control_measure_id === m.id && new Date(f.created_at) >= w.start && new Date(f.created_at) < w.end
      );
      if (!failure && i % 11 === 7) continue;
      const recordedAt = failure ? new Date(failure.created_at) : new Date(Math.min(w.start.getTime() + 2 * 36e5, w.end.getTime() - 1));
      records.push({
        enterprise_id: enterpriseId,
        measure_id: m.id,
        window_start: w.start,
        window_end: w.end,
        result: failure ? "not_ok" : "ok",
        note: failure ? failure.description : null,
        attachments: [],
        hazard_id: failure?.id ?? null,
        recorded_by: m.user_id,
        recorded_at: recordedAt
      });
    }
  }
  for (let i = 0; i < records.length; i += 200) {
    await db.insertInto("check_record").values(records.slice(i, i + 200)).execute();
  }
}

// seeds/demo/report-seed.ts
var DAY3 = 864e5;
var CHINA = 8 * 36e5;
function lastQuarter(now) {
  const local = new Date(now.getTime() + CHINA);
  const quarter = Math.floor(local.getUTCMonth() / 3);
  const year = quarter === 0 ? local.getUTCFullYear() - 1 : local.getUTCFullYear();
  const q = quarter === 0 ? 4 : quarter;
  const end = new Date(Date.UTC(year, q * 3, 1) - CHINA);
  return { period: `${year}Q${q}`, end };
}
async function seedQuarterlyReport(db, enterpriseId, people) {
  const now = /* @__PURE__ */ new Date();
  const { period, end } = lastQuarter(now);
  const existing = await db.selectFrom("report").select("id").where("enterprise_id", "=", enterpriseId).where("period", "=", period).executeTakeFirst();
  if (existing) return;
  const at = (days) => new Date(Math.min(end.getTime() + days * DAY3, now.getTime() - 1e3));
  const id = await draftPeriodic(db, enterpriseId, "quarterly", period, people.admin.id, at(4));
  const draft = await db.selectFrom("report").selectAll().where("enterprise_id", "=", enterpriseId).where("id", "=", id).executeTakeFirstOrThrow();
  await submitLocked(db, draft, people.admin.id, at(5));
  const { agency, congress } = people;
  await insertAcknowledgement(
    db,
    draft,
    "agency",
    { userId: agency.id, displayName: agency.name, agencyId: agency.agencyId },
    at(6)
  );
  await insertAcknowledgement(
    db,
    draft,
    "congress",
    { userId: congress.id, displayName: congress.name, agencyId: null },
    at(7)
  );
}

// seeds/demo/hazard-data.ts
var plan = (measures, person, funds) => ({
  measures,
  responsiblePerson: person,
  funds,
  contingencyPlan: "整改期间设置警戒区，安排专人监护，必要时停止相关作业"
});
var DEMO_HAZARDS = {
  石城县琴江矿业有限公司: [
    {
      source: "日常排查",
      kind: "设备",
      category: "物的不安全状态",
      description: "1号颚式破碎机皮带轮防护罩固定螺栓松动",
      location: "破碎筛分车间 1号破碎机",
      unit: "颚式破碎机工段",
      steps: [
        { ago: 150, do: "register", by: "safety" },
        { ago: 150, do: "confirm", by: "safety", grade: "一般", manageType: "即查即改" },
        { ago: 149.9, do: "submit", by: "worker", note: "已紧固螺栓并加装防松垫片" },
        { ago: 149.8, do: "accept", by: "safety", comment: "现场复查合格" }
      ]
    },
    {
      source: "季节性",
      kind: "电气",
      category: "物的不安全状态",
      description: "雨季前检查发现排水泵房配电箱门密封条老化，存在进水风险",
      location: "井下排水泵房 配电箱",
      unit: "集水仓清淤",
      steps: [
        { ago: 120, do: "register", by: "safety" },
        {
          ago: 119,
          do: "confirm",
          by: "safety",
          grade: "一般",
          manageType: "限期整改",
          deadlineIn: -105,
          plan: plan("更换配电箱密封条，加装防雨罩", "黄伟", 1800),
          responsible: "safety"
        },
        { ago: 112, do: "submit", by: "safety", note: "已更换密封条" },
        { ago: 111, do: "reject_acceptance", by: "admin", reason: "防雨罩未安装，整改不完整" },
        { ago: 108, do: "submit", by: "safety", note: "防雨罩已安装，附照片" },
        { ago: 107, do: "accept", by: "admin", comment: "复查合格，同意销号" }
      ]
    },
    {
      source: "员工随手拍",
      kind: "安全",
      category: "环境因素",
      description: "破碎车间北侧通道有积水",
      location: "破碎筛分车间 北侧通道",
      steps: [
        { ago: 90, do: "register", by: "worker" },
        {
          ago: 89,
          do: "reject",
          by: "safety",
          reason: "经核实为洒水降尘正常积水，已及时清扫，不构成隐患"
        }
      ]
    },
    {
      source: "管控措施失效",
      kind: "安全",
      category: "人的不安全行为",
      description: "清理卡料前未执行上锁挂牌",
      location: "破碎筛分车间 1号破碎机",
      unit: "颚式破碎机工段",
      measure: true,
      steps: [
        { ago: 70, do: "register", by: "worker" },
        { ago: 70, do: "confirm", by: "safety", grade: "一般", manageType: "即查即改" },
        { ago: 69.9, do: "submit", by: "worker", note: "已补执行上锁挂牌，班前会重新交底" },
        { ago: 69.8, do: "accept", by: "safety" }
      ]
    },
    {
      source: "管控措施失效",
      kind: "设备",
      category: "物的不安全状态",
      description: "进料口防护罩缺失一块挡板，急停拉绳松弛",
      location: "破碎筛分车间 1号破碎机",
      unit: "颚式破碎机工段",
      measure: true,
      steps: [
        { ago: 16, do: "register", by: "worker" },
        {
          ago: 15,
          do: "confirm",
          by: "safety",
          grade: "一般",
          manageType: "限期整改",
          deadlineIn: 10,
          plan: plan("补装挡板，重新张紧急停拉绳并测试", "陈志强", 800),
          responsible: "worker"
        }
      ]
    },
    {
      source: "专家诊断",
      kind: "安全",
      category: "物的不安全状态",
      description: "井下排水泵房仅一台水泵可用，排水能力不满足正常涌水量要求",
      location: "井下排水泵房",
      unit: "集水仓清淤",
      steps: [
        { ago: 100, do: "register", by: "safety" },
        {
          ago: 99,
          do: "confirm",
          by: "admin",
          grade: "重大",
          manageType: "限期整改",
          deadlineIn: -40,
          plan: {
            ...plan("新增两台同型号排水泵及配套管路，完成联合试运转", "黄伟", 36e4),
            currentSituation: "原三台水泵中两台故障停用，仅一台运行；雨季涌水量可能超过单泵能力",
            harmAnalysis: "一旦涌水超过排水能力可能导致淹井，危及井下作业人员；需采购设备，整改难度中等",
            goal: "排水能力恢复至工作泵、备用泵、检修泵三台配置并满足最大涌水量要求",
            stoppage: "局部停产"
          },
          responsible: "safety"
        },
        { ago: 98.9, do: "submit_report", by: "admin", kind: "major_initial" },
        { ago: 98.5, do: "sign_report", by: "agency", kind: "major_initial" },
        { ago: 98, do: "sign_report", by: "congress", kind: "major_initial" },
        { ago: 45, do: "submit", by: "safety", note: "两台新泵安装完毕，联合试运转72小时正常" },
        { ago: 42, do: "accept", by: "admin", comment: "组织专家验收合格，同意销号" },
        { ago: 41.9, do: "submit_report", by: "admin", kind: "major_closure" },
        { ago: 41.5, do: "sign_report", by: "agency", kind: "major_closure" },
        { ago: 41, do: "sign_report", by: "congress", kind: "major_closure" }
      ]
    },
    {
      source: "综合性",
      kind: "消防",
      category: "管理缺陷",
      description: "炸药库周边防火隔离带杂草未清除，消防器材检查记录缺失",
      location: "炸药库周边",
      steps: [
        { ago: 20, do: "register", by: "safety" },
        {
          ago: 19,
          do: "confirm",
          by: "admin",
          grade: "重大",
          manageType: "限期整改",
          deadlineIn: 25,
          plan: {
            ...plan("清除隔离带杂草并硬化，补齐消防器材，建立每日巡检记录", "刘建国", 85e3),
            currentSituation: "防火隔离带约120米杂草丛生，消防器材两个月无检查记录",
            harmAnalysis: "遇山火或明火可能引燃，后果为爆炸事故；整改需施工，难度中等",
            goal: "隔离带宽度不少于10米且无可燃物，消防器材完好并每日检查",
            stoppage: "局部停产"
          },
          responsible: "safety"
        },
        { ago: 18.9, do: "submit_report", by: "admin", kind: "major_initial" },
        { ago: 18.5, do: "sign_report", by: "agency", kind: "major_initial" },
        { ago: 18, do: "sign_report", by: "congress", kind: "major_initial" },
        { ago: 5, do: "draft_progress", by: "admin" },
        { ago: 4.9, do: "submit_report", by: "admin", kind: "major_progress" },
        { ago: 4.5, do: "sign_report", by: "agency", kind: "major_progress" }
      ]
    },
    {
      source: "日常排查",
      kind: "设备",
      category: "物的不安全状态",
      description: "振动筛急停拉绳断裂",
      location: "破碎筛分车间 振动筛",
      unit: "颚式破碎机工段",
      steps: [
        { ago: 30, do: "register", by: "safety" },
        {
          ago: 29,
          do: "confirm",
          by: "safety",
          grade: "一般",
          manageType: "限期整改",
          deadlineIn: -5,
          plan: plan("更换急停拉绳并测试联锁", "陈志强", 600),
          responsible: "safety"
        }
      ]
    },
    {
      source: "节假日前",
      kind: "电气",
      category: "物的不安全状态",
      description: "办公楼配电室应急照明灯不亮",
      location: "办公楼配电室",
      steps: [
        { ago: 12, do: "register", by: "safety" },
        {
          ago: 11,
          do: "confirm",
          by: "safety",
          grade: "一般",
          manageType: "限期整改",
          deadlineIn: 2,
          plan: plan("更换应急照明灯具及蓄电池", "黄伟", 900),
          responsible: "safety"
        },
        {
          ago: 3,
          do: "request_extension",
          by: "safety",
          deadlineIn: 12,
          reason: "灯具厂家缺货，预计一周后到货"
        }
      ]
    },
    {
      source: "专业性",
      kind: "仪表",
      category: "物的不安全状态",
      description: "泵房四合一气体检测仪超期未检定",
      location: "井下排水泵房",
      unit: "集水仓清淤",
      steps: [
        { ago: 25, do: "register", by: "safety" },
        {
          ago: 24,
          do: "confirm",
          by: "safety",
          grade: "一般",
          manageType: "限期整改",
          deadlineIn: -10,
          plan: plan("送检气体检测仪，检定期间使用备用仪器", "黄伟", 500),
          responsible: "safety"
        },
        {
          ago: 12,
          do: "request_extension",
          by: "safety",
          deadlineIn: 6,
          reason: "检定机构排期，需延后"
        },
        { ago: 11, do: "approve_extension", by: "admin" },
        { ago: 2, do: "submit", by: "safety", note: "检定合格证书已取得" }
      ]
    },
    {
      source: "监管检查",
      kind: "安全",
      category: "管理缺陷",
      description: "有限空间作业审批单未记录气体检测数据",
      location: "井下排水泵房",
      unit: "集水仓清淤",
      regulator: { grade: "一般", deadlineIn: 9 },
      steps: [{ ago: 6, do: "register", by: "inspector" }]
    },
    {
      source: "员工随手拍",
      kind: "安全",
      category: "物的不安全状态",
      description: "矿区道路转弯处反光镜破损",
      location: "矿区运输道路2号弯道",
      steps: [{ ago: 1, do: "register", by: "worker" }]
    }
  ]
};

// seeds/demo/hazard-seed.ts
var DAY4 = 864e5;
var isExtension = (step) => step.do === "request_extension" || step.do === "approve_extension";
var isReport = (step) => step.do === "draft_progress" || step.do === "submit_report" || step.do === "sign_report";
var ACTOR_PHONES = {
  admin: "13800000011",
  safety: "13800000012",
  worker: "13800000013",
  inspector: "13800000002",
  agency: "13800000001",
  congress: "13800000014"
};
async function actors(db) {
  const rows = await db.selectFrom("app_user").innerJoin("membership", "membership.user_id", "app_user.id").select(["app_user.id", "app_user.display_name", "app_user.phone", "membership.agency_id"]).where("app_user.phone", "in", Object.values(ACTOR_PHONES)).execute();
  const byPhone = new Map(rows.map((r) => [r.phone, r]));
  const entries = Object.entries(ACTOR_PHONES).map(([key, phone]) => {
    const row = byPhone.get(phone);
    if (!row) throw new Error(`demo user ${phone} is missing`);
    return [key, { id: row.id, name: row.display_name, agencyId: row.agency_id }];
  });
  return Object.fromEntries(entries);
}
function applyStep(h, step, at, now, who, people) {
  const days = (n) => new Date(now + n * DAY4);
  const from = h.state;
  const base = { action: step.do, fromState: from, comment: null, payload: {} };
  switch (step.do) {
    case "register":
      throw new Error("register is the first step only");
    case "reject":
      h.state = "rejected";
      return { ...base, toState: h.state, comment: step.reason, payload: { reason: step.reason } };
    case "confirm": {
      const deadline = step.deadlineIn === void 0 ? null : days(step.deadlineIn);
      h.state = "rectifying";
      h.grade = step.grade;
      h.manage_type = step.manageType;
      h.deadline = deadline;
      h.plan = step.plan ?? null;
      h.responsible_user_id = step.responsible ? people[step.responsible].id : null;
      const payload = {
        grade: step.grade,
        manageType: step.manageType,
        deadline: deadline?.toISOString() ?? null,
        plan: step.plan ? { ...step.plan, responsibleUserId: h.responsible_user_id } : null
      };
      return { ...base, toState: h.state, payload };
    }
    case "submit":
      h.state = "awaiting_acceptance";
      h.rectifier_id = who.id;
      return { ...base, toState: h.state, comment: step.note, payload: { note: step.note } };
    case "accept":
      h.state = "closed";
      h.closed_at = at;
      return { ...base, toState: h.state, comment: step.comment ?? null };
    case "reject_acceptance":
      h.state = "rectifying";
      return { ...base, toState: h.state, comment: step.reason, payload: { reason: step.reason } };
  }
}
async function seedHazards(db) {
  const now = Date.now();
  const people = await actors(db);
  for (const [name, hazards] of Object.entries(DEMO_HAZARDS)) {
    const enterprise = await db.selectFrom("enterprise").select(["id", "jurisdiction_code"]).where("name", "=", name).executeTakeFirst();
    if (!enterprise) continue;
    const existing = await db.selectFrom("hazard").select("id").where("enterprise_id", "=", enterprise.id).executeTakeFirst();
    if (existing) continue;
    const steps = hazards.flatMap(
      (hazard, index) => hazard.steps.map((step, order) => ({ hazard, index, step, order }))
    ).sort((a, b) => b.step.ago - a.step.ago || a.index - b.index || a.order - b.order);
    const rows = /* @__PURE__ */ new Map();
    for (const { hazard, index, step } of steps) {
      const at = new Date(now - step.ago * DAY4);
      const who = people[step.by];
      if (step.do === "register") {
        const h2 = await register(db, enterprise.id, hazard, at, now, who);
        rows.set(index, h2);
        if (h2.control_measure_id) await flagRepeatFailure(db, enterprise, h2.control_measure_id);
        continue;
      }
      const h = rows.get(index);
      if (isReport(step)) {
        await reportStep(db, h, step, at, who);
        continue;
      }
      const change = isExtension(step) ? await extension(db, h, step, at, now, who) : applyStep(h, step, at, now, who, people);
      await db.updateTable("hazard").set({
        state: h.state,
        grade: h.grade,
        manage_type: h.manage_type,
        deadline: h.deadline,
        plan: h.plan,
        responsible_user_id: h.responsible_user_id,
        rectifier_id: h.rectifier_id,
        closed_at: h.closed_at,
        updated_at: at
      }).where("enterprise_id", "=", h.enterprise_id).where("id", "=", h.id).execute();
      await appendEvent(
        db,
        {
          enterpriseId: h.enterprise_id,
          hazardId: h.id,
          actorId: who.id,
          actorName: who.name,
          attachments: [],
          ...change
        },
        at
      );
      if (h.grade === "重大" && (step.do === "confirm" || step.do === "accept")) {
        const kind = step.do === "confirm" ? "major_initial" : "major_closure";
        await draftEventReport(db, { userId: who.id }, h.enterprise_id, h.id, kind, at);
      }
    }
    await seedCheckHistory(db, enterprise.id);
    await seedQuarterlyReport(db, enterprise.id, people);
  }
}
async function reportStep(db, h, step, at, who) {
  if (step.do === "draft_progress") {
    await draftEventReport(db, { userId: who.id }, h.enterprise_id, h.id, "major_progress", at);
    return;
  }
  const report = await db.selectFrom("report").selectAll().where("enterprise_id", "=", h.enterprise_id).where("hazard_id", "=", h.id).where("kind", "=", step.kind).orderBy("drafted_at", "desc").executeTakeFirstOrThrow();
  if (step.do === "submit_report") await submitLocked(db, report, who.id, at);
  else {
    const signer = { userId: who.id, displayName: who.name, agencyId: who.agencyId };
    await insertAcknowledgement(db, report, step.by, signer, at);
  }
}
async function register(db, enterpriseId, hazard, at, now, who) {
  const place = hazard.unit ? await db.selectFrom("risk_unit").leftJoin(
    "risk_event",
    (j) => j.onRef("risk_event.enterprise_id", "=", "risk_unit.enterprise_id").onRef("risk_event.unit_id", "=", "risk_unit.id")
  ).leftJoin(
    "control_measure",
    (j) => j.onRef("control_measure.enterprise_id", "=", "risk_event.enterprise_id").onRef("control_measure.event_id", "=", "risk_event.id")
  ).select([
    "risk_unit.id as unitId",
    "risk_unit.object_id as objectId",
    "control_measure.id as measureId"
  ]).where("risk_unit.enterprise_id", "=", enterpriseId).where("risk_unit.name", "=", hazard.unit).orderBy("risk_event.sort_order").orderBy("control_measure.sort_order").executeTakeFirstOrThrow() : null;
  const regulator = hazard.regulator;
  const state = regulator ? "rectifying" : "reported";
  const deadline = regulator ? new Date(now + regulator.deadlineIn * DAY4) : null;
  const row = await db.insertInto("hazard").values({
    enterprise_id: enterpriseId,
    source: hazard.source,
    kind: hazard.kind,
    category: hazard.category,
    description: hazard.description,
    location: hazard.location,
    risk_object_id: place?.objectId ?? null,
    risk_unit_id: place?.unitId ?? null,
    control_measure_id: hazard.measure ? place?.measureId ?? null : null,
    grade: regulator?.grade ?? null,
    manage_type: regulator ? "限期整改" : null,
    state,
    deadline,
    plan: null,
    responsible_user_id: null,
    rectifier_id: null,
    reporter_id: who.id,
    found_by_agency_id: regulator ? who.agencyId : null,
    created_at: at,
    updated_at: at,
    closed_at: null
  }).returningAll().executeTakeFirstOrThrow();
  await appendEvent(
    db,
    {
      enterpriseId,
      hazardId: row.id,
      actorId: who.id,
      actorName: who.name,
      action: "register",
      fromState: null,
      toState: state,
      comment: null,
      attachments: [],
      payload: {
        source: row.source,
        kind: row.kind,
        category: row.category,
        description: row.description,
        location: row.location,
        riskObjectId: row.risk_object_id,
        riskUnitId: row.risk_unit_id,
        controlMeasureId: row.control_measure_id,
        grade: row.grade,
        manageType: row.manage_type,
        deadline: deadline?.toISOString() ?? null,
        foundByAgencyId: row.found_by_agency_id
      }
    },
    at
  );
  return row;
}
async function extension(db, h, step, at, now, who) {
  const previousDeadline = h.deadline.toISOString();
  const base = { fromState: h.state, toState: h.state };
  if (step.do === "request_extension") {
    const requested = new Date(now + step.deadlineIn * DAY4);
    const { id } = await db.insertInto("hazard_extension").values({
      enterprise_id: h.enterprise_id,
      hazard_id: h.id,
      previous_deadline: h.deadline,
      requested_deadline: requested,
      reason: step.reason,
      requested_by: who.id,
      requested_at: at,
      decided_by: null,
      decided_at: null,
      refusal_reason: null
    }).returning("id").executeTakeFirstOrThrow();
    const payload2 = {
      extensionId: id,
      previousDeadline,
      requestedDeadline: requested.toISOString()
    };
    return { ...base, action: step.do, comment: step.reason, payload: payload2 };
  }
  const approved = await db.updateTable("hazard_extension").set({ state: "approved", decided_by: who.id, decided_at: at }).where("enterprise_id", "=", h.enterprise_id).where("hazard_id", "=", h.id).where("state", "=", "pending").returning(["id", "requested_deadline"]).executeTakeFirstOrThrow();
  h.deadline = approved.requested_deadline;
  const payload = {
    extensionId: approved.id,
    previousDeadline,
    deadline: new Date(approved.requested_deadline).toISOString()
  };
  return { ...base, action: step.do, comment: null, payload };
}

// seeds/demo/dashboard-seed.ts
var DASHBOARD_CITY_ADMIN = {
  phone: "13800000070",
  name: "赣州市应急局管理员",
  jurisdictionCode: "360700"
};
async function seedDashboard(db, passwordHash) {
  const u = DASHBOARD_CITY_ADMIN;
  const exists = await db.selectFrom("app_user").select("id").where("phone", "=", u.phone).executeTakeFirst();
  if (exists) return;
  const agency = await db.selectFrom("agency").select("id").where("jurisdiction_code", "=", u.jurisdictionCode).orderBy("created_at").executeTakeFirstOrThrow();
  const { id } = await db.insertInto("app_user").values({ phone: u.phone, display_name: u.name, password_hash: passwordHash }).returning("id").executeTakeFirstOrThrow();
  await db.insertInto("membership").values({ user_id: id, role: "agency_admin", agency_id: agency.id, enterprise_id: null }).execute();
}

// seeds/demo/inspection-seed.ts
var AGENCY_CODE = "360735";
var INSPECTORS = [
  { name: "石城县执法人员", badge: "JX36073500001", phone: "13800000002" },
  { name: "赖建华", badge: "JX36073500002" },
  { name: "温晓玲", badge: "JX36073500003" },
  { name: "黄志强", badge: "JX36073500004" },
  { name: "陈美兰", badge: "JX36073500005" },
  { name: "刘国栋", badge: "JX36073500006" }
];
var ITEMS = [
  { name: "安全生产责任制落实情况", legalBasis: "《安全生产法》第二十二条", method: "查阅资料" },
  {
    name: "双重预防机制建设运行情况",
    legalBasis: "《安全生产法》第四十一条",
    method: "查阅资料、现场检查"
  },
  { name: "特种作业人员持证上岗情况", legalBasis: "《安全生产法》第三十条", method: "现场抽查" }
];
var DEMO_PLANS = {
  completed: {
    // Fixed ids: the plan id is an input of the draw, so the demo's draws come out the same.
    id: "5eed1a00-0000-4000-8000-000000000001",
    name: "2026年第三季度双随机抽查",
    start: "2026-07-01",
    end: "2026-09-30",
    drawnAt: "2026-08-03T01:30:00.000Z",
    supervisorValue: "20260803-纪检监督-3157"
  },
  inProgress: {
    id: "5eed1a00-0000-4000-8000-000000000002",
    name: "2026年第四季度双随机抽查",
    start: "2026-10-01",
    end: "2026-12-31",
    drawnAt: "2026-11-16T01:30:00.000Z",
    // A value under which the demo inspector account is on a team, so the demo has work for it.
    supervisorValue: "20261116-纪检监督-8424"
  }
};
async function seedInspections(db) {
  const agency = await db.selectFrom("agency").select("id").where("jurisdiction_code", "=", AGENCY_CODE).executeTakeFirstOrThrow();
  const exists = await db.selectFrom("inspector").select("id").where("badge_number", "=", INSPECTORS[0].badge).executeTakeFirst();
  if (exists) return;
  const admin = await db.selectFrom("app_user").select("id").where("phone", "=", "13800000001").executeTakeFirstOrThrow();
  for (const i of INSPECTORS) {
    const user = i.phone ? await db.selectFrom("app_user").select("id").where("phone", "=", i.phone).executeTakeFirstOrThrow() : null;
    await db.insertInto("inspector").values({
      agency_id: agency.id,
      name: i.name,
      badge_number: i.badge,
      user_id: user?.id ?? null
    }).execute();
  }
  const items = [];
  for (const item of ITEMS) {
    const row = await db.insertInto("inspection_item").values({
      agency_id: agency.id,
      name: item.name,
      legal_basis: item.legalBasis,
      method: item.method
    }).returning("id").executeTakeFirstOrThrow();
    items.push({ id: row.id, ...item });
  }
  const planOf = async (p) => {
    const { id } = await db.insertInto("inspection_plan").values({
      id: p.id,
      agency_id: agency.id,
      name: p.name,
      period_start: p.start,
      period_end: p.end,
      items,
      scope: { industries: [], jurisdictions: [], riskColours: [], standardizationLevels: [] },
      sample_size: 2,
      sample_ratio: null,
      team_size: 2,
      created_by: admin.id,
      created_at: new Date(new Date(p.drawnAt).getTime() - 864e5)
    }).returning("id").executeTakeFirstOrThrow();
    await drawIn(
      db,
      agency.id,
      admin.id,
      id,
      { supervisorValue: p.supervisorValue },
      new Date(p.drawnAt)
    );
    return id;
  };
  const completed = await planOf(DEMO_PLANS.completed);
  const inspected = /* @__PURE__ */ new Date("2026-08-10T02:00:00.000Z");
  const inspections = await db.selectFrom("inspection").select(["enterprise_id", "id", "team"]).where("plan_id", "=", completed).execute();
  for (const [n, row] of inspections.entries()) {
    await db.updateTable("inspection").set({
      state: "published",
      inspected_on: "2026-08-10",
      item_results: items.map((item, k) => ({
        itemId: item.id,
        name: item.name,
        // The first enterprise lacked certificates for one special operation: 不合格.
        result: n === 0 && k === 2 ? "fail" : "pass"
      })),
      findings: n === 0 ? [
        {
          description: "一名电焊作业人员未持特种作业操作证上岗，已责令停止作业",
          kind: "其他",
          category: "人的不安全行为",
          attachments: [],
          hazardId: null
        }
      ] : [],
      documents: [],
      recorded_by: admin.id,
      recorded_at: inspected,
      publish_due_at: workingDaysAfter(inspected, 20),
      published_by: admin.id,
      published_at: /* @__PURE__ */ new Date("2026-08-20T02:00:00.000Z")
    }).where("enterprise_id", "=", row.enterprise_id).where("id", "=", row.id).execute();
  }
  await planOf(DEMO_PLANS.inProgress);
}

// seeds/demo/risk-data.ts
var box = (x, y, w, h) => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h]
];
var DEMO_REGISTERS = {
  石城县琴江矿业有限公司: {
    positions: ["破碎工岗", "排水泵工岗"],
    objects: [
      {
        name: "破碎筛分车间",
        kind: "车间",
        department: "生产部",
        person: "刘建国",
        polygon: box(0.08, 0.12, 0.34, 0.3),
        units: [
          {
            name: "颚式破碎机工段",
            person: "陈志强",
            events: [
              {
                factor: "破碎机运转时清理卡料，手部进入危险区域",
                accident: "机械伤害",
                consequence: "肢体伤残",
                assessment: { method: "LEC", l: 3, e: 6, c: 15 },
                measures: [
                  {
                    category: "工程技术",
                    description: "进料口设防护罩和急停拉绳，清料前断电挂牌上锁",
                    level: "车间级",
                    person: "陈志强",
                    check: "防护罩完好、急停有效、上锁挂牌执行记录",
                    cycle: ["day", 1]
                  }
                ],
                emergency: {
                  steps: "立即按下急停，切断电源，止血包扎，拨打120并报告值班领导",
                  equipment: "急救箱、担架",
                  phone: "0797-5712350"
                }
              },
              {
                factor: "筛分作业产生粉尘",
                accident: "其他伤害",
                consequence: "职业性尘肺",
                assessment: { method: "LS", l: 3, s: 3 },
                measures: [
                  {
                    category: "个体防护",
                    description: "作业人员佩戴KN95防尘口罩，喷雾降尘装置运行",
                    level: "班组级",
                    person: "陈志强",
                    check: "口罩佩戴、喷雾装置运行",
                    cycle: ["day", 1]
                  }
                ]
              }
            ]
          }
        ]
      },
      {
        name: "井下排水泵房",
        kind: "场所",
        department: "机电部",
        person: "黄伟",
        polygon: box(0.55, 0.55, 0.25, 0.25),
        units: [
          {
            name: "集水仓清淤",
            person: "黄伟",
            events: [
              {
                factor: "有限空间内缺氧及有毒气体积聚",
                accident: "中毒和窒息",
                consequence: "多人死亡",
                assessment: { method: "LEC", l: 3, e: 3, c: 40 },
                measures: [
                  {
                    category: "管理",
                    description: "执行有限空间作业审批，先通风、再检测、后作业，专人监护",
                    level: "公司级",
                    person: "黄伟",
                    check: "审批票、气体检测记录、监护人在岗",
                    cycle: ["week", 1]
                  }
                ],
                emergency: {
                  steps: "严禁盲目施救；佩戴正压式空气呼吸器施救，持续通风，拨打120",
                  equipment: "正压式空气呼吸器、四合一气体检测仪、三脚架",
                  phone: "0797-5712350"
                }
              }
            ]
          }
        ]
      }
    ]
  },
  石城县宝福化工有限公司: {
    positions: ["罐区操作工岗"],
    objects: [
      {
        name: "甲醇储罐区",
        kind: "储存设施",
        majorHazardCode: "BJ36073500012",
        department: "储运部",
        person: "周文",
        polygon: box(0.1, 0.5, 0.4, 0.35),
        units: [
          {
            name: "装卸车作业",
            person: "周文",
            events: [
              {
                factor: "装卸过程静电积聚引燃甲醇蒸气",
                accident: "火灾",
                consequence: "火灾爆炸，多人伤亡",
                assessment: { method: "LEC", l: 3, e: 6, c: 40 },
                measures: [
                  {
                    category: "工程技术",
                    description: "装卸鹤管静电接地报警器联锁，限速装卸",
                    level: "公司级",
                    person: "周文",
                    check: "静电接地报警器有效、接地电阻检测",
                    cycle: ["day", 1]
                  }
                ],
                emergency: {
                  steps: "停止装卸，关闭紧急切断阀，启动泡沫灭火系统，疏散人员，报告119",
                  equipment: "泡沫灭火系统、消防水炮、防爆对讲机",
                  phone: "0797-5712119"
                }
              }
            ]
          }
        ]
      }
    ]
  },
  九江石化储运有限公司: {
    positions: ["制冷工岗"],
    objects: [
      {
        name: "液氨制冷冷库",
        kind: "储存设施",
        department: "仓储部",
        person: "吴海",
        polygon: box(0.3, 0.2, 0.4, 0.3),
        units: [
          {
            name: "氨压缩机房",
            person: "吴海",
            events: [
              {
                factor: "液氨管道阀门泄漏",
                accident: "中毒和窒息",
                consequence: "人员中毒",
                assessment: { method: "LS", l: 3, s: 5 },
                measures: [
                  {
                    category: "工程技术",
                    description: "氨气浓度检测报警与事故排风机联锁",
                    level: "部门级",
                    person: "吴海",
                    check: "报警器标定、排风机联锁试验",
                    cycle: ["month", 1]
                  }
                ],
                emergency: {
                  steps: "启动事故排风，佩戴防毒面具关闭泄漏点前后阀门，向上风向疏散",
                  equipment: "重型防化服、防毒面具、洗眼器",
                  phone: "0792-8212350"
                }
              }
            ]
          }
        ]
      }
    ]
  }
};

// seeds/demo/site-plan-image.ts
import { deflateSync } from "node:zlib";
var WIDTH = 1200;
var HEIGHT = 800;
function crc32(bytes) {
  let crc = 4294967295;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? crc >>> 1 ^ 3988292384 : crc >>> 1;
  }
  return (crc ^ 4294967295) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}
function drawSitePlan(outlines) {
  const pixels = Buffer.alloc(WIDTH * HEIGHT * 3, 244);
  const paint = (x, y, shade) => {
    if (x < 0 || y < 0 || x >= WIDTH || y >= HEIGHT) return;
    pixels.fill(shade, (y * WIDTH + x) * 3, (y * WIDTH + x) * 3 + 3);
  };
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) if (x % 200 < 14 || y % 200 < 14) paint(x, y, 221);
  }
  for (const outline of outlines) {
    const xs = outline.map(([x]) => Math.round(x * WIDTH));
    const ys = outline.map(([, y]) => Math.round(y * HEIGHT));
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (let t = 0; t < 3; t++) {
      for (let x = x0; x <= x1; x++) paint(x, y0 + t, 85), paint(x, y1 - t, 85);
      for (let y = y0; y <= y1; y++) paint(x0 + t, y, 85), paint(x1 - t, y, 85);
    }
  }
  const rows = Buffer.alloc((WIDTH * 3 + 1) * HEIGHT);
  for (let y = 0; y < HEIGHT; y++)
    pixels.copy(rows, y * (WIDTH * 3 + 1) + 1, y * WIDTH * 3, (y + 1) * WIDTH * 3);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0))
  ]);
  return { png, width: WIDTH, height: HEIGHT };
}

// seeds/demo/risk-seed.ts
var REGISTER_AGE_DAYS = 180;
async function seedRiskRegisters(db, assessorId) {
  const since = new Date(Date.now() - REGISTER_AGE_DAYS * 864e5);
  const made = { created_at: since, updated_at: since };
  for (const [name, register2] of Object.entries(DEMO_REGISTERS)) {
    const enterprise = await db.selectFrom("enterprise").select("id").where("name", "=", name).executeTakeFirst();
    if (!enterprise) continue;
    const enterprise_id = enterprise.id;
    const existing = await db.selectFrom("risk_object").select("id").where("enterprise_id", "=", enterprise_id).executeTakeFirst();
    if (existing) continue;
    const grades = [];
    const unitIds = [];
    for (const [o, object] of register2.objects.entries()) {
      const { id: object_id } = await db.insertInto("risk_object").values({
        enterprise_id,
        name: object.name,
        kind: object.kind,
        major_hazard_code: object.majorHazardCode ?? null,
        department: object.department,
        responsible_person: object.person,
        polygon: object.polygon,
        sort_order: o,
        archived_at: null,
        ...made
      }).returning("id").executeTakeFirstOrThrow();
      for (const [u, unit] of object.units.entries()) {
        const { id: unit_id } = await db.insertInto("risk_unit").values({
          enterprise_id,
          object_id,
          name: unit.name,
          responsible_person: unit.person,
          sort_order: u,
          archived_at: null,
          ...made
        }).returning("id").executeTakeFirstOrThrow();
        unitIds.push(unit_id);
        for (const [e, event] of unit.events.entries()) {
          const graded = assess(event.assessment, DEFAULT_SETTINGS);
          grades.push(graded.grade);
          const { id: event_id } = await db.insertInto("risk_event").values({
            enterprise_id,
            unit_id,
            hazard_factor: event.factor,
            accident_type: event.accident,
            consequence: event.consequence,
            grade: graded.grade,
            control_level: defaultControlLevel(
              graded.grade,
              DEFAULT_SETTINGS.controlLevelByGrade
            ),
            control_level_reason: null,
            sort_order: e,
            archived_at: null,
            ...made
          }).returning("id").executeTakeFirstOrThrow();
          await db.insertInto("risk_assessment").values({
            enterprise_id,
            event_id,
            method: event.assessment.method,
            inputs: graded.inputs,
            score: graded.score,
            grade: graded.grade,
            assessed_by: assessorId,
            assessed_at: since
          }).execute();
          for (const [m, measure] of event.measures.entries()) {
            await db.insertInto("control_measure").values({
              enterprise_id,
              event_id,
              category: measure.category,
              description: measure.description,
              control_level: measure.level,
              responsible_person: measure.person,
              check_content: measure.check,
              check_cycle_unit: measure.cycle?.[0] ?? null,
              check_cycle_count: measure.cycle?.[1] ?? null,
              sort_order: m,
              archived_at: null,
              ...made
            }).execute();
          }
          if (event.emergency) {
            await db.insertInto("emergency_measure").values({ enterprise_id, event_id, ...event.emergency, archived_at: null, ...made }).execute();
          }
        }
      }
    }
    for (const [p, positionName] of register2.positions.entries()) {
      const { id: position_id } = await db.insertInto("position").values({ enterprise_id, name: positionName, sort_order: p, archived_at: null, ...made }).returning("id").executeTakeFirstOrThrow();
      const unit_id = unitIds[p % unitIds.length];
      if (unit_id)
        await db.insertInto("position_unit").values({ enterprise_id, position_id, unit_id }).execute();
    }
    const plan2 = drawSitePlan(register2.objects.map((o) => o.polygon));
    await db.insertInto("site_plan").values({
      enterprise_id,
      content_type: "image/png",
      width: plan2.width,
      height: plan2.height,
      byte_size: plan2.png.length,
      data: plan2.png,
      uploaded_by: assessorId
    }).execute();
    await db.updateTable("enterprise").set({ risk_level: highestGrade(grades) }).where("id", "=", enterprise_id).execute();
  }
}

// seeds/demo/supervision-seed.ts
var DAY5 = 864e5;
var HAZARD = "炸药库周边防火隔离带杂草未清除，消防器材检查记录缺失";
var LISTED_DAYS_AGO = 17;
async function seedSupervision(db) {
  const hazard = await db.selectFrom("hazard").select(["enterprise_id", "id", "deadline"]).where("description", "=", HAZARD).executeTakeFirst();
  if (!hazard?.deadline) return;
  const existing = await db.selectFrom("hazard_supervision").select("id").where("enterprise_id", "=", hazard.enterprise_id).where("hazard_id", "=", hazard.id).executeTakeFirst();
  if (existing) return;
  const inspector = await db.selectFrom("membership as m").innerJoin("app_user as u", "u.id", "m.user_id").select(["u.id as userId", "m.agency_id"]).where("u.phone", "=", "13800000002").executeTakeFirstOrThrow();
  const listedAt = new Date(Date.now() - LISTED_DAYS_AGO * DAY5);
  await db.insertInto("hazard_supervision").values({
    enterprise_id: hazard.enterprise_id,
    hazard_id: hazard.id,
    agency_id: inspector.agency_id,
    number: `石应急督〔${listedAt.getFullYear()}〕1号`,
    deadline: new Date(hazard.deadline),
    requirements: "炸药库周边局部停产；7日内清除隔离带可燃物，整改期间每日报送巡检记录",
    state: "listed",
    listed_by: inspector.userId,
    listed_at: listedAt
  }).execute();
}

// seeds/demo/standardization-seed.ts
var DAY6 = 864e5;
var STANDARDIZATION_DEMO_USER = {
  phone: "13800000121",
  name: "莲乡食品主要负责人",
  enterprise: "石城县莲乡食品有限公司"
};
var chinaDate = (at) => new Date(at.getTime() + 8 * 36e5).toISOString().slice(0, 10);
var ago = (now, days) => new Date(now.getTime() - days * DAY6);
async function ids(db) {
  const enterprises = await db.selectFrom("enterprise").select(["id", "name"]).execute();
  const agencies = await db.selectFrom("agency").select(["id", "name"]).execute();
  const enterprise = (name) => enterprises.find((e) => e.name === name).id;
  const agency = (name) => agencies.find((a) => a.name === name).id;
  return { enterprise, agency };
}
async function seedStandardization(db, passwordHash, now = /* @__PURE__ */ new Date()) {
  const exists = await db.selectFrom("standardization_certificate").select("id").where("number", "=", "赣AQBIII2023036001").executeTakeFirst();
  if (exists) return;
  const { enterprise, agency } = await ids(db);
  const city = agency("赣州市应急管理局");
  const province = agency("江西省应急管理厅");
  const certificate = async (enterpriseName, c, end) => {
    const enterpriseId = enterprise(enterpriseName);
    await db.insertInto("standardization_certificate").values({
      enterprise_id: enterpriseId,
      number: c.number,
      level: c.level,
      valid_from: chinaDate(c.from),
      valid_to: c.to,
      agency_id: c.agencyId,
      granted_at: c.from,
      state: end ? "revoked" : "active",
      ended_at: end?.at ?? null,
      end_reason: end?.reason ?? null
    }).execute();
    await db.updateTable("enterprise").set({ standardization_level: end ? null : c.level }).where("id", "=", enterpriseId).execute();
  };
  await certificate("石城县宝福化工有限公司", {
    number: "赣AQBIII2023036001",
    level: "三级",
    agencyId: city,
    from: ago(now, 3 * 365 - 45),
    to: chinaDate(new Date(now.getTime() + 45 * DAY6))
  });
  await certificate(
    "石城县通天寨烟花爆竹有限公司",
    {
      number: "赣AQBII2025036002",
      level: "二级",
      agencyId: province,
      from: ago(now, 400),
      to: chinaDate(new Date(now.getTime() + (3 * 365 - 400) * DAY6))
    },
    { reason: "重大隐患未按期整改：仓库防雷设施隐患逾期 60 日未整改", at: ago(now, 20) }
  );
  await certificate("九江石化储运有限公司", {
    number: "赣AQBII2024040001",
    level: "二级",
    agencyId: province,
    from: ago(now, 300),
    to: chinaDate(new Date(now.getTime() + (3 * 365 - 300) * DAY6))
  });
  const applicantEnterprise = enterprise(STANDARDIZATION_DEMO_USER.enterprise);
  const { id: userId } = await db.insertInto("app_user").values({
    phone: STANDARDIZATION_DEMO_USER.phone,
    display_name: STANDARDIZATION_DEMO_USER.name,
    password_hash: passwordHash
  }).onConflict((oc) => oc.column("phone").doUpdateSet({ phone: sql`excluded.phone` })).returning("id").executeTakeFirstOrThrow();
  await db.insertInto("membership").values({ user_id: userId, role: "enterprise_admin", enterprise_id: applicantEnterprise }).onConflict((oc) => oc.doNothing()).execute();
  const reviewer = await db.selectFrom("app_user").select("id").where("phone", "=", "13800000004").executeTakeFirst();
  await db.insertInto("standardization_application").values({
    enterprise_id: applicantEnterprise,
    level: "二级",
    self_score: 81.5,
    materials: [],
    authority_agency_id: province,
    state: "publicity",
    submitted_by: userId,
    submitted_at: ago(now, 10),
    reviewed_by: reviewer?.id ?? null,
    reviewed_at: ago(now, 2),
    review_note: "自评材料齐全，现场评审符合二级要求",
    publicity_until: new Date(ago(now, 2).getTime() + 7 * DAY6)
  }).execute();
}

// seeds/demo/tipoff-seed.ts
var DAY7 = 864e5;
var MINE = "石城县琴江矿业有限公司";
var INSPECTOR_PHONE = "13800000002";
var DEMO_TIPOFFS = [
  {
    code: "DEMQ-RECV-2345-6789",
    daysAgo: 1,
    description: "选矿车间夜班经常有人不戴安全帽，班长也不管",
    location: "选矿车间",
    reporter: { name: "陈建华", phone: "13907970001" },
    outcome: { state: "received" }
  },
  {
    code: "DEMQ-NSUB-2345-6789",
    daysAgo: 20,
    description: "尾矿库坝体出现裂缝，可能溃坝",
    location: "尾矿库",
    reporter: null,
    outcome: {
      state: "unsubstantiated",
      reason: "经现场核查并调阅在线监测数据，坝体无裂缝，浸润线、位移均在正常范围内"
    }
  },
  {
    code: "DEMQ-VERF-2345-6789",
    daysAgo: 6,
    description: "炸药临时存放点没有人看守，门也没锁",
    location: "井口东侧临时存放点",
    reporter: null,
    outcome: { state: "verified", hazard: "井口东侧民爆物品临时存放点无专人看守、未上锁" }
  },
  {
    code: "DEMQ-PAYD-2345-6789",
    daysAgo: 40,
    description: "主井提升机钢丝绳断丝很多，还在继续用",
    location: "主井提升机房",
    reporter: { name: "刘德明", phone: "13907970002" },
    outcome: {
      state: "verified",
      hazard: "主井提升机钢丝绳断丝超标仍在使用",
      fineYuan: 8e4,
      paidDaysAgo: 5
    }
  }
];
async function seedTipoffs(db) {
  const mine = await db.selectFrom("enterprise").select(["id", "jurisdiction_code"]).where("name", "=", MINE).executeTakeFirstOrThrow();
  const inspector = await db.selectFrom("app_user as u").innerJoin("membership as m", "m.user_id", "u.id").innerJoin("agency as a", "a.id", "m.agency_id").innerJoin("jurisdiction as j", "j.code", "a.jurisdiction_code").select(["u.id as userId", "u.display_name", "m.id", "m.agency_id", "j.code", "j.path"]).where("u.phone", "=", INSPECTOR_PHONE).executeTakeFirstOrThrow();
  const who = {
    id: inspector.id,
    role: "inspector",
    enterpriseId: null,
    agencyId: inspector.agency_id,
    jurisdictionCode: inspector.code,
    jurisdictionPath: inspector.path,
    userId: inspector.userId,
    displayName: inspector.display_name
  };
  const now = Date.now();
  for (const tip of DEMO_TIPOFFS) {
    const receiptHash = hashReceiptCode(normalizeReceiptCode(tip.code));
    const exists = await db.selectFrom("tipoff").select("id").where("receipt_hash", "=", receiptHash).executeTakeFirst();
    if (exists) continue;
    const filedAt = new Date(now - tip.daysAgo * DAY7);
    const decidedAt = new Date(filedAt.getTime() + 2 * DAY7);
    const row = {
      enterprise_id: mine.id,
      receipt_hash: receiptHash,
      kind: "hazard",
      description: tip.description,
      location: tip.location,
      reporter_name: tip.reporter?.name ?? null,
      reporter_phone: tip.reporter?.phone ?? null,
      state: tip.outcome.state,
      filed_at: filedAt,
      reviewed_by: tip.outcome.state === "received" ? null : who.userId,
      reviewed_at: tip.outcome.state === "received" ? null : new Date(filedAt.getTime() + DAY7),
      decided_by: tip.outcome.state === "received" ? null : who.userId,
      decided_at: tip.outcome.state === "received" ? null : decidedAt,
      reject_reason: tip.outcome.state === "unsubstantiated" ? tip.outcome.reason : null,
      hazard_id: null,
      fine_fen: null,
      reward_fen: null,
      reward_recorded_by: null,
      reward_recorded_at: null,
      reward_paid_on: null,
      reward_paid_by: null
    };
    if (tip.outcome.state === "verified") {
      row.hazard_id = await registerIn(
        db,
        who,
        { id: mine.id, jurisdiction_code: mine.jurisdiction_code },
        "举报",
        {
          kind: "安全",
          category: "物的不安全状态",
          description: tip.outcome.hazard,
          location: tip.location,
          attachments: []
        }
      );
      if (tip.outcome.fineYuan) {
        const fineFen = tip.outcome.fineYuan * 100;
        row.fine_fen = fineFen;
        row.reward_fen = rewardFen(fineFen, DEFAULT_SETTINGS.tipoffReward);
        row.reward_recorded_by = who.userId;
        row.reward_recorded_at = new Date(decidedAt.getTime() + 10 * DAY7);
      }
      if (tip.outcome.paidDaysAgo !== void 0) {
        row.reward_paid_on = new Date(now - tip.outcome.paidDaysAgo * DAY7).toISOString().slice(0, 10);
        row.reward_paid_by = who.userId;
      }
    }
    await db.insertInto("tipoff").values(row).execute();
  }
}

// seeds/demo/seed.ts
async function seedDemo(db) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const paths = /* @__PURE__ */ new Map();
    for (const j of JURISDICTIONS) {
      const path = `${j.parent ? paths.get(j.parent) : "/"}${j.code}/`;
      paths.set(j.code, path);
      await trx.insertInto("jurisdiction").values({ code: j.code, name: j.name, level: j.level, parent_code: j.parent, path }).onConflict((oc) => oc.column("code").doNothing()).execute();
      const agency = await trx.selectFrom("agency").select("id").where("name", "=", j.agency).executeTakeFirst();
      if (!agency) {
        await trx.insertInto("agency").values({ name: j.agency, jurisdiction_code: j.code, phone: "0797-12350" }).execute();
      }
    }
    const agencies = await trx.selectFrom("agency").select(["id", "name", "jurisdiction_code"]).execute();
    const agencyAt = (code) => {
      const agency = agencies.find((a) => a.jurisdiction_code === code);
      if (!agency) throw new Error(`no demo agency at ${code}`);
      return agency.id;
    };
    for (const e of ENTERPRISES) {
      await trx.insertInto("enterprise").values({
        credit_code: withCheckCharacter(e.first17),
        name: e.name,
        industry: e.industry,
        scale: e.scale,
        address: e.address,
        jurisdiction_code: e.jurisdictionCode,
        supervising_agency_id: agencyAt(e.jurisdictionCode),
        risk_level: null,
        standardization_level: null
      }).onConflict((oc) => oc.column("credit_code").doNothing()).execute();
    }
    for (const u of DEMO_USERS) {
      if (await trx.selectFrom("app_user").select("id").where("phone", "=", u.phone).executeTakeFirst())
        continue;
      const { id } = await trx.insertInto("app_user").values({ phone: u.phone, display_name: u.name, password_hash: passwordHash }).returning("id").executeTakeFirstOrThrow();
      const enterprise = u.enterprise ? await trx.selectFrom("enterprise").select("id").where("name", "=", u.enterprise).executeTakeFirstOrThrow() : null;
      await trx.insertInto("membership").values({
        user_id: id,
        role: u.role,
        agency_id: u.agencyOf ? agencyAt(u.agencyOf) : null,
        enterprise_id: enterprise?.id ?? null
      }).execute();
    }
    const assessor = await trx.selectFrom("app_user").select("id").where("phone", "=", "13800000012").executeTakeFirstOrThrow();
    await seedRiskRegisters(trx, assessor.id);
    await assignPositions(trx);
    await seedHazards(trx);
    await seedDashboard(trx, passwordHash);
    await seedSupervision(trx);
    await seedStandardization(trx, passwordHash);
    await seedTipoffs(trx);
    await seedInspections(trx);
  });
  await seedBlacklist(db);
}
async function assignPositions(db) {
  for (const u of DEMO_USERS) {
    if (!u.position || !u.enterprise) continue;
    const row = await db.selectFrom("position").innerJoin("enterprise", "enterprise.id", "position.enterprise_id").innerJoin("app_user", (j) => j.on("app_user.phone", "=", u.phone)).select(["position.enterprise_id", "position.id", "app_user.id as userId"]).where("enterprise.name", "=", u.enterprise).where("position.name", "=", u.position).executeTakeFirst();
    if (!row) continue;
    await db.insertInto("position_worker").values({ enterprise_id: row.enterprise_id, position_id: row.id, user_id: row.userId }).onConflict((oc) => oc.doNothing()).execute();
  }
}
export {
  seedDemo
};
