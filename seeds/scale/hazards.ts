import { HAZARD_CATEGORIES, HAZARD_KINDS, HAZARD_SOURCES, type HazardState } from '@shuangfang/db';
import { eventHash, GENESIS_HASH } from '../../api/src/modules/hazards/hazard-chain.js';
import { snapshotHash } from '../../api/src/modules/reports/report-hash.js';
import type { Row } from './copy.js';
import type { EnterpriseRows } from './enterprises.js';
import type { Rng } from './prng.js';

// An enterprise's hazards over the three years before `until`, each walked through the real state
// machine (register → reject | confirm → submit ⇄ reject_acceptance → accept), its events chained
// in time order; the checks that found some of them and many that found nothing; and the 双报告
// of its 重大隐患 plus its quarterly statistics.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const SPAN_DAYS = 3 * 365;
const MEAN_HAZARDS = 108; // × the scale weight (≈ 0.92 on average): about 100 per enterprise
const OK_CHECKS = 50;

const DESCRIPTIONS = [
  '安全防护罩缺失',
  '消防通道堆放杂物',
  '配电箱未上锁',
  '作业人员未佩戴安全帽',
  '压力表超过检定期',
  '临边护栏松动',
  '可燃气体报警器失效',
  '安全警示标志缺失',
];

interface Ev {
  hazardId: string;
  actorId: string;
  at: Date;
  action: string;
  fromState: HazardState | null;
  toState: HazardState;
  comment: string | null;
  payload: Record<string, unknown>;
}

const ms = (t: number) => new Date(Math.floor(t));

function targetState(rng: Rng, ageDays: number): HazardState {
  return ageDays > 60
    ? rng.weighted([
        ['closed', 90],
        ['rejected', 6],
        ['rectifying', 2],
        ['awaiting_acceptance', 1],
        ['reported', 1],
      ] as const)
    : rng.weighted([
        ['closed', 30],
        ['rejected', 5],
        ['rectifying', 35],
        ['awaiting_acceptance', 15],
        ['reported', 15],
      ] as const);
}

export function buildHazards(rng: Rng, e: EnterpriseRows, inspectorId: string, until: Date) {
  const end = until.getTime();
  const { adminId, managerId, workerId, names } = e.people;
  const hazards: Row[] = [];
  const events: Ev[] = [];
  const checks: Row[] = [];
  const reports: Row[] = [];
  const checkKeys = new Set<string>();
  const count = Math.round(MEAN_HAZARDS * e.scaleWeight * (0.5 + rng.next()));

  for (let k = 0; k < count; k++) {
    const id = rng.uuid();
    const created = ms(end - rng.next() * SPAN_DAYS * DAY);
    const source = rng.weighted([
      ['日常排查', 60],
      ['监管检查', 5],
      ['员工随手拍', 10],
      ['专业性', 10],
      ['季节性', 5],
      [rng.pick(HAZARD_SOURCES), 10],
    ] as const);
    const byAgency = source === '监管检查';
    const reporter = byAgency ? inspectorId : rng.pick([workerId, managerId]);
    const measure = !byAgency && rng.chance(0.3) ? rng.pick(e.register.measures) : null;
    const target = targetState(rng, (end - created.getTime()) / DAY);

    let state = 'reported' as HazardState;
    let t = created.getTime();
    const move = (
      action: string,
      to: HazardState,
      actorId: string,
      after: number,
      comment: string | null,
      payload: Record<string, unknown>,
    ) => {
      const at = t + after;
      if (at > end) return false; // not reached yet: the hazard stays where it is
      events.push({
        hazardId: id,
        actorId,
        at: ms(at),
        action,
        fromState: state,
        toState: to,
        comment,
        payload,
      });
      t = Math.floor(at);
      state = to;
      return true;
    };
    events.push({
      hazardId: id,
      actorId: reporter,
      at: created,
      action: 'register',
      fromState: null,
      toState: 'reported',
      comment: null,
      payload: {},
    });

    const major = target !== 'rejected' && rng.chance(0.01);
    let grade: string | null = null;
    let manageType: string | null = null;
    let deadline: Date | null = null;
    let plan: Record<string, unknown> | null = null;
    let responsible: string | null = null;
    let rectifier: string | null = null;
    let confirmedAt: number | null = null;
    let closedAt: Date | null = null;
    if (target === 'rejected') {
      const reason = '经核实不属于隐患';
      move('reject', 'rejected', managerId, rng.int(1, 48) * HOUR, reason, { reason });
    } else if (target !== 'reported') {
      const g = major ? '重大' : '一般';
      const mt = major || rng.chance(0.6) ? '限期整改' : '即查即改';
      const after = rng.int(1, 48) * HOUR;
      const dl =
        mt === '限期整改' ? ms(t + after + (major ? rng.int(30, 90) : rng.int(3, 30)) * DAY) : null;
      const p =
        mt === '限期整改'
          ? {
              measures: '更换防护装置并加强巡检',
              responsiblePerson: names[managerId],
              funds: rng.int(1, 50) * 1000,
              contingencyPlan: '整改期间设置警戒区并专人监护',
              ...(major
                ? {
                    currentSituation: '设备老化',
                    harmAnalysis: '可能引发群死群伤',
                    goal: '彻底消除隐患',
                    stoppage: '局部停产',
                  }
                : {}),
            }
          : null;
      const payload = {
        grade: g,
        manageType: mt,
        deadline: dl ? dl.toISOString() : null,
        plan: p ? { ...p, deadline: dl!.toISOString(), responsibleUserId: managerId } : null,
      };
      if (move('confirm', 'rectifying', major ? adminId : managerId, after, null, payload)) {
        [grade, manageType, deadline, plan, confirmedAt] = [g, mt, dl, p, t];
        responsible = p ? managerId : null;
        const work = dl ? (dl.getTime() - t) * (0.2 + rng.next() * 0.9) : rng.int(1, 8) * HOUR;
        if (
          target !== 'rectifying' &&
          move('submit', 'awaiting_acceptance', workerId, work, '已整改', { note: '已整改' })
        ) {
          rectifier = workerId;
          if (target === 'closed' && rng.chance(0.1)) {
            const reason = '整改不到位';
            if (
              move('reject_acceptance', 'rectifying', managerId, rng.int(1, 48) * HOUR, reason, {
                reason,
              })
            )
              move('submit', 'awaiting_acceptance', workerId, rng.int(1, 72) * HOUR, '已重新整改', {
                note: '已重新整改',
              });
          }
          if (
            target === 'closed' &&
            state === 'awaiting_acceptance' &&
            move('accept', 'closed', managerId, rng.int(1, 72) * HOUR, '验收合格', {})
          )
            closedAt = ms(t);
        }
      }
    }

    hazards.push([
      e.id,
      id,
      source,
      rng.pick(HAZARD_KINDS),
      rng.pick(HAZARD_CATEGORIES),
      rng.pick(DESCRIPTIONS),
      null,
      measure?.objectId ?? null,
      measure?.unitId ?? null,
      measure?.id ?? null,
      grade,
      manageType,
      state,
      deadline,
      plan,
      responsible,
      rectifier,
      reporter,
      byAgency ? e.agencyId : null,
      created,
      ms(t),
      closedAt,
      e.jurisdictionCode,
    ]);

    // A failed check opened this hazard: its record points at it.
    if (measure && source === '日常排查') {
      const windowStart = new Date(Math.floor(created.getTime() / DAY) * DAY);
      const key = `${measure.id}${windowStart.getTime()}`;
      if (!checkKeys.has(key)) {
        checkKeys.add(key);
        checks.push([
          e.id,
          rng.uuid(),
          measure.id,
          windowStart,
          new Date(windowStart.getTime() + DAY),
          'not_ok',
          '检查发现问题',
          id,
          reporter,
          created,
        ]);
      }
    }

    if (major && confirmedAt !== null) {
      const content = { title: `重大事故隐患信息报告：${e.name}`, hazardId: id, grade: '重大' };
      reports.push(majorReport(rng, e, 'major_initial', id, confirmedAt, content, end));
      if (closedAt)
        reports.push(
          majorReport(
            rng,
            e,
            'major_closure',
            id,
            closedAt.getTime(),
            { ...content, title: `重大事故隐患销号报告：${e.name}` },
            end,
          ),
        );
    }
  }

  for (let c = 0, n = Math.round(OK_CHECKS * e.scaleWeight); c < n; c++) {
    const measure = rng.pick(e.register.measures);
    const windowStart = new Date(Math.floor(end / DAY - rng.int(1, SPAN_DAYS)) * DAY);
    const key = `${measure.id}${windowStart.getTime()}`;
    if (checkKeys.has(key)) continue;
    checkKeys.add(key);
    const recordedAt = ms(windowStart.getTime() + rng.int(1, 20) * HOUR);
    checks.push([
      e.id,
      rng.uuid(),
      measure.id,
      windowStart,
      new Date(windowStart.getTime() + DAY),
      'ok',
      null,
      null,
      workerId,
      recordedAt,
    ]);
  }

  reports.push(...quarterlyReports(rng, e, end));
  return { hazards, ...chain(rng, e.id, events, names), checks, reports };
}

/** Orders the events in time, numbers them and links each to the one before by its hash. */
function chain(rng: Rng, enterpriseId: string, events: Ev[], names: Record<string, string>) {
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  let prevHash = GENESIS_HASH;
  let lastId: string | null = null;
  const rows: Row[] = events.map((ev, i) => {
    const id = rng.uuid();
    const actorName = names[ev.actorId] ?? '执法人员';
    const hash = eventHash({
      enterpriseId,
      seq: i + 1,
      id,
      hazardId: ev.hazardId,
      actorId: ev.actorId,
      actorName,
      at: ev.at,
      action: ev.action as never,
      fromState: ev.fromState,
      toState: ev.toState,
      comment: ev.comment,
      attachments: [],
      payload: ev.payload,
      prevHash,
    });
    const row: Row = [
      enterpriseId,
      id,
      i + 1,
      ev.hazardId,
      ev.actorId,
      actorName,
      ev.at,
      ev.action,
      ev.fromState,
      ev.toState,
      ev.comment,
      [],
      ev.payload,
      prevHash,
      hash,
    ];
    prevHash = hash;
    lastId = id;
    return row;
  });
  return { events: rows, head: [enterpriseId, rows.length, prevHash, lastId] as Row };
}

function majorReport(
  rng: Rng,
  e: EnterpriseRows,
  kind: string,
  hazardId: string,
  from: number,
  content: Record<string, unknown>,
  end: number,
): Row {
  const id = rng.uuid();
  const draftedAt = ms(from + HOUR);
  const dueAt = ms(from + 5 * DAY);
  const submittedAt = ms(from + rng.int(2, 72) * HOUR);
  if (submittedAt.getTime() > end)
    return [
      e.id,
      id,
      kind,
      hazardId,
      null,
      'draft',
      content,
      null,
      e.agencyId,
      dueAt,
      e.people.adminId,
      draftedAt,
      null,
      null,
    ];
  const hash = snapshotHash({
    enterpriseId: e.id,
    id,
    kind,
    hazardId,
    period: null,
    agencyId: e.agencyId,
    dueAt,
    submittedBy: e.people.adminId,
    submittedAt,
    content,
  });
  return [
    e.id,
    id,
    kind,
    hazardId,
    null,
    'submitted',
    content,
    hash,
    e.agencyId,
    dueAt,
    e.people.adminId,
    draftedAt,
    e.people.adminId,
    submittedAt,
  ];
}

/** The quarterly statistics of every quarter ended within the span, submitted after it. */
function quarterlyReports(rng: Rng, e: EnterpriseRows, end: number): Row[] {
  const rows: Row[] = [];
  const last = new Date(end);
  let year = last.getUTCFullYear();
  let quarter = Math.floor(last.getUTCMonth() / 3); // the current quarter, 0-based: not ended
  for (let n = 0; n < 12; n++) {
    if (--quarter < 0) [quarter, year] = [3, year - 1];
    const ended = Date.UTC(year, quarter * 3 + 3, 1);
    const id = rng.uuid();
    const period = `${year}Q${quarter + 1}`;
    const content = { title: `${period} 隐患排查治理情况统计`, period };
    const dueAt = new Date(ended + 15 * DAY);
    const submittedAt = ms(ended + rng.int(1, 14) * DAY);
    if (submittedAt.getTime() > end) {
      rows.push([
        e.id,
        id,
        'quarterly',
        null,
        period,
        'draft',
        content,
        null,
        e.agencyId,
        dueAt,
        e.people.managerId,
        new Date(ended),
        null,
        null,
      ]);
      continue;
    }
    const hash = snapshotHash({
      enterpriseId: e.id,
      id,
      kind: 'quarterly',
      hazardId: null,
      period,
      agencyId: e.agencyId,
      dueAt,
      submittedBy: e.people.adminId,
      submittedAt,
      content,
    });
    rows.push([
      e.id,
      id,
      'quarterly',
      null,
      period,
      'submitted',
      content,
      hash,
      e.agencyId,
      dueAt,
      e.people.managerId,
      new Date(ended),
      e.people.adminId,
      submittedAt,
    ]);
  }
  return rows;
}
