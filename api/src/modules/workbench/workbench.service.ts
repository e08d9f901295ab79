import type { Db } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { tasks } from '../checks/check-tasks.service.js';
import { addDays, chinaDay, chinaDayStart } from '../dashboard/dashboard-period.js';
import { isManager } from '../hazards/hazards.access.js';
import {
  hazardHref,
  short,
  SOURCES,
  type NotificationKind,
} from '../notifications/notification-sources.js';
import { hasToDosAt } from './workbench.access.js';
import * as repo from './workbench.repository.js';
import { TODO_KINDS, type ToDoKind } from './workbench.schemas.js';

// The workbench reads, like the notifications, only current data: a to-do is gone the moment its
// cause is (a hazard confirmed, a check recorded, a report submitted, a board published). The
// hazard and report to-dos are the notification sources themselves, so the two lists agree.

interface ToDo {
  kind: ToDoKind;
  title: string;
  href: string;
  at: string | null;
}

/** The notification kinds that are to-dos here, under their workbench names. */
const FROM_NOTIFICATIONS: Partial<Record<NotificationKind, ToDoKind>> = {
  rectification_assigned: 'hazard_to_rectify',
  acceptance_due: 'hazard_to_accept',
  extension_to_decide: 'extension_to_decide',
  report_to_submit: 'report_to_submit',
};

const WEEKS = 12;

/** The Monday (China time) of the week holding `day`. */
const mondayOf = (day: string) =>
  addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));

async function notificationToDos(db: Db, who: Who): Promise<ToDo[]> {
  const sources = SOURCES.filter((s) => FROM_NOTIFICATIONS[s.kind] && s.appliesTo(who));
  const lists = await Promise.all(sources.map((s) => s.load(db, who)));
  return lists.flat().map((n) => ({
    kind: FROM_NOTIFICATIONS[n.kind]!,
    title: n.title,
    href: n.href,
    at: n.at,
  }));
}

async function managerToDos(db: Db, who: Who, enterpriseId: string): Promise<ToDo[]> {
  if (!isManager(who)) return [];
  const [triage, boards] = await Promise.all([
    repo.hazardsToTriage(db, enterpriseId),
    repo.unpublishedPositions(db, enterpriseId),
  ]);
  return [
    ...triage.map((h) => ({
      kind: 'hazard_to_triage' as const,
      title: `待确认：${short(h.description)}`,
      href: hazardHref(who, h),
      at: new Date(h.created_at).toISOString(),
    })),
    ...boards.map((p) => ({
      kind: 'board_unpublished' as const,
      title: `告知卡未发布：${p.name}`,
      href: `/risk/boards/${p.id}`,
      at: null,
    })),
  ];
}

/** Today's checks: the worker's own, the managers' whole enterprise (check-tasks.service.ts). */
async function todaysChecks(db: Db, who: Who, enterpriseId: string, now: Date) {
  const { date, summary } = await tasks(db, who, enterpriseId, {}, now);
  const total = summary.done + summary.due + summary.missed + summary.upcoming;
  return { date, done: summary.done, total, due: summary.due, missed: summary.missed };
}

function checkToDos(checks: { due: number; missed: number }): ToDo[] {
  const todos: ToDo[] = [];
  if (checks.due > 0)
    todos.push({
      kind: 'check_due',
      title: `今日待排查 ${checks.due} 项`,
      href: '/checks',
      at: null,
    });
  if (checks.missed > 0)
    todos.push({
      kind: 'check_missed',
      title: `今日漏检 ${checks.missed} 项`,
      href: '/checks',
      at: null,
    });
  return todos;
}

async function weeks(db: Db, enterpriseId: string, now: Date) {
  const first = addDays(mondayOf(chinaDay(now)), -7 * (WEEKS - 1));
  const since = chinaDayStart(first);
  const [opened, closed] = await Promise.all([
    repo.weeklyCounts(db, enterpriseId, 'created_at', since),
    repo.weeklyCounts(db, enterpriseId, 'closed_at', since),
  ]);
  return Array.from({ length: WEEKS }, (_, i) => {
    const week = addDays(first, 7 * i);
    return { week, opened: opened.get(week) ?? 0, closed: closed.get(week) ?? 0 };
  });
}

export async function workbench(db: Db, who: Who, enterpriseId: string, now = new Date()) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const own = hasToDosAt(who, enterprise.id);
  const [checks, fromNotifications, forManagers, weekly, riskByGrade, overdue] = await Promise.all([
    own ? todaysChecks(db, who, enterprise.id, now) : null,
    own ? notificationToDos(db, who) : [],
    own ? managerToDos(db, who, enterprise.id) : [],
    weeks(db, enterprise.id, now),
    repo.riskByGrade(db, enterprise.id),
    repo.overdueCount(db, enterprise.id),
  ]);
  const todos = [...(checks ? checkToDos(checks) : []), ...forManagers, ...fromNotifications].sort(
    (a, b) => TODO_KINDS.indexOf(a.kind) - TODO_KINDS.indexOf(b.kind),
  );
  return { todos, checks, weeks: weekly, riskByGrade, overdue };
}
