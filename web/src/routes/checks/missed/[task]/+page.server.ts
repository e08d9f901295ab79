import { error } from '@sveltejs/kit';
import { pageError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';
import { DAYS, enterpriseOf, recentTasks, taskKey, taskTitle } from '../missed-days';

// One task's history: each window of the last days, done (with who and when) or missed.
export const load: PageServerLoad = async ({ locals, params }) => {
  const enterpriseId = enterpriseOf(locals);
  const days = await recentTasks(locals.api, enterpriseId).catch(pageError);
  // A weekly or monthly window is listed on every day it spans: one row per window, as of the
  // newest day that lists it (its latest status).
  const seen = new Set<string>();
  const windows = days
    .flatMap(({ date, tasks }) =>
      tasks.filter((t) => taskKey(t) === params.task).map((t) => ({ date, task: t })),
    )
    .filter(({ task }) => !seen.has(task.windowStart) && seen.add(task.windowStart));
  const first = windows[0];
  if (!first) error(404, locals.t('errors.notFound'));
  return {
    days: DAYS,
    ...taskTitle(first.task),
    windows: windows.map(({ date, task }) => ({
      date,
      status: task.status,
      windowStart: task.windowStart,
      windowEnd: task.windowEnd,
      result: task.record?.result ?? null,
      recordedBy: task.record?.recordedBy.name ?? null,
      recordedAt: task.record?.recordedAt ?? null,
      late: task.record?.late ?? false,
    })),
  };
};
