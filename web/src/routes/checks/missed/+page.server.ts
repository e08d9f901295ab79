import { pageError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';
import { DAYS, enterpriseOf, recentTasks, taskKey, taskTitle } from './missed-days';

// 漏检: the missed check tasks of the last days by date, newest first; each opens its task's
// history of done and missed windows.
export const load: PageServerLoad = async ({ locals }) => {
  const enterpriseId = enterpriseOf(locals);
  const days = await recentTasks(locals.api, enterpriseId).catch(pageError);
  return {
    days: DAYS,
    missed: days
      .map(({ date, tasks }) => ({
        date,
        tasks: tasks
          .filter((t) => t.status === 'missed')
          .map((t) => ({
            key: taskKey(t),
            ...taskTitle(t),
            windowStart: t.windowStart,
            windowEnd: t.windowEnd,
          })),
      }))
      .filter((d) => d.tasks.length > 0),
  };
};
