import { error } from '@sveltejs/kit';
import type { Schemas } from '$lib/api/types';
import { chinaToday } from '$lib/format';
import { ok, type Api } from '$lib/server/api';
import { requireOperation } from '$lib/server/guard';

// 漏检: the check tasks of the last days, read day by day from the same task list the 排查 page
// shows (the API derives each day's windows and whether a record was made for them), so the
// missed list and a task's history agree with it.

export const DAYS = 14;

type Task = Schemas['MeasureCheckTask'] | Schemas['CustodyCheckTask'];

/** One periodic task across days: a control measure, or a custody role of a major hazard. */
export const taskKey = (task: Task) =>
  task.kind === 'measure'
    ? `measure.${task.measure.id}`
    : `custody.${task.majorHazard.id}.${task.role}`;

export function taskTitle(task: Task) {
  return task.kind === 'measure'
    ? { title: task.measure.description, place: `${task.object.name} · ${task.unit.name}` }
    : {
        title: `${task.majorHazard.name}（${task.roleLabel}）`,
        place: `${task.majorHazard.code} · ${task.custodian.name}`,
      };
}

function daysBack(today: string, n: number) {
  const start = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) =>
    new Date(start - i * 86_400_000).toISOString().slice(0, 10),
  );
}

export function enterpriseOf(locals: App.Locals) {
  const { enterpriseId } = requireOperation(locals, 'checks.tasks');
  if (!enterpriseId) error(404, locals.t('errors.notFound'));
  return enterpriseId;
}

/** Each of the last DAYS days (newest first) with its periodic tasks. */
export async function recentTasks(api: Api, enterpriseId: string) {
  const days = daysBack(chinaToday(), DAYS);
  return Promise.all(
    days.map(async (date) => {
      const reply = await ok(
        api.GET('/api/v1/enterprises/{enterpriseId}/check-tasks', {
          params: { path: { enterpriseId }, query: { date } },
        }),
      );
      const tasks: Task[] = [...reply.items, ...reply.custody];
      return { date, tasks };
    }),
  );
}
