import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonContent } from '../../lib/schemas.js';
import { workbenchReaders } from './workbench.access.js';
import { EnterpriseParam, WorkbenchSchema } from './workbench.schemas.js';

export const get = createRoute({
  method: 'get',
  path: '/enterprises/{enterpriseId}/workbench',
  tags: ['工作台'],
  summary: '企业工作台：我的待办、今日排查进度、近 12 周隐患登记与销号、风险分级、逾期隐患',
  description:
    '待办只列当前用户在本企业要做的事（待确认、待整改、待验收的隐患，待审批的延期申请，今日待排查与漏检，' +
    '待报送的双报告，未发布的岗位告知卡），每项附处理页面。周按北京时间自周一起算；逾期 = 未销号且整改期限早于当前时间。' +
    '上级监管人员可查看本辖区企业的统计，不含待办与排查进度。',
  middleware: [workbenchReaders] as const,
  request: { params: EnterpriseParam },
  responses: {
    200: jsonContent(WorkbenchSchema, '工作台'),
    ...errorResponses(401, 403, 404, 422),
  },
});
