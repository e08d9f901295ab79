import { createRoute, z } from '@hono/zod-openapi';
import { ROLES } from '@shuangfang/db';
import { createRouter, type Handler } from '../../lib/create-router.js';
import { describeOperation } from '../../lib/operations.js';
import { errorResponses, jsonContent } from '../../lib/schemas.js';
import { actorOf, allow, membershipOf } from '../../middlewares/access.js';
import { NOTIFICATION_KINDS } from './notification-sources.js';
import { notificationsFor } from './notifications.service.js';

const NotificationsSchema = z
  .object({
    items: z.array(
      z.object({
        kind: z.enum(NOTIFICATION_KINDS).openapi({
          description:
            'rectification_assigned 待整改 / extension_to_decide 延期待审批 / acceptance_due 待验收 / deadline_soon 3 天内到期 / overdue 已逾期 / report_to_submit 报告待报送 / report_awaiting_receipt 报告待签收 / certificate_revocation_to_decide 证书撤销待决定 / supervision_to_consider 符合判定标准的重大隐患，建议研究挂牌督办',
        }),
        title: z.string(),
        href: z.string().openapi({ description: '处理它的页面' }),
        at: z.string(),
      }),
    ),
    count: z.number().int(),
  })
  .openapi('Notifications');

const list = describeOperation(
  'notifications.list',
  createRoute({
    method: 'get',
    path: '/notifications',
    tags: ['通知'],
    summary: '当前用户的待办通知（由数据实时得出：整改任务、延期审批、待验收、即将到期、逾期）',
    middleware: [allow(...ROLES)] as const,
    responses: {
      200: jsonContent(NotificationsSchema, '通知'),
      ...errorResponses(401, 403),
    },
  }),
);

const listHandler: Handler<typeof list> = async (c) => {
  const caller = { ...membershipOf(c), userId: actorOf(c).userId };
  return c.json(await notificationsFor(c.var.db, caller), 200);
};

export const notificationsRouter = createRouter().openapi(list, listHandler);
