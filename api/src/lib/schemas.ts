import { z } from '@hono/zod-openapi';

const ErrorIssueSchema = z
  .object({
    path: z.string().openapi({ description: '出错字段的路径（键名）', example: 'creditCode' }),
    message: z.string().openapi({ description: '违反的规则', example: '校验位不正确' }),
    row: z.number().optional().openapi({ description: '表格导入：出错的行号（从 1 起）' }),
  })
  .openapi('ErrorIssue');

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ description: '错误代码', example: 'VALIDATION' }),
      message: z.string().openapi({
        description: '给人看的说明：以中文字段名指出哪个字段违反了什么规则',
        example: '「统一社会信用代码」校验位不正确',
      }),
      issues: z.array(ErrorIssueSchema).optional().openapi({ description: '逐个字段的问题' }),
    }),
  })
  .openapi('Error');

const errorResponse = (description: string) => ({
  content: { 'application/json': { schema: ErrorSchema } },
  description,
});

/** The error statuses a route can answer, to spread into `responses` so the document is the truth. */
const errors = {
  400: errorResponse('请求格式错误'),
  401: errorResponse('未登录或会话已过期'),
  403: errorResponse('角色权限不足'),
  404: errorResponse('资源不存在或不在权限范围内'),
  409: errorResponse('与现有数据冲突'),
  413: errorResponse('请求内容超过 20 MB'),
  422: errorResponse('字段校验失败'),
  429: errorResponse('请求过于频繁'),
} as const;

/** The error responses a route declares: `...errorResponses(401, 403, 404)`. */
export function errorResponses<S extends keyof typeof errors>(...statuses: S[]) {
  return Object.fromEntries(statuses.map((s) => [s, errors[s]])) as Pick<typeof errors, S>;
}

/**
 * A named schema or null. Not `.nullable()`: on a schema registered as a component that would make
 * the component itself nullable in the OpenAPI document, and every other use of it with it.
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

/** A JSON request body. Required, so a request without one (or without its Content-Type) is
 *  validated and refused with 422 rather than reaching the handler as `{}`. */
export const jsonBody = <T extends z.ZodType>(schema: T, description: string) => ({
  ...jsonContent(schema, description),
  required: true,
});

export const UuidParam = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: '记录编号' }),
});

export const OkSchema = z.object({ ok: z.literal(true) });

/** Path of a record under an enterprise: the tenant is in the path, and checked against scope. */
export const EnterpriseParam = z.object({
  enterpriseId: z.uuid().openapi({ param: { name: 'enterpriseId', in: 'path' } }),
});
export const EnterpriseItemParams = EnterpriseParam.extend({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
});

export const CreatedSchema = z.object({ id: z.uuid() }).openapi('Created');

const isCalendarDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A calendar day `YYYY-MM-DD` that exists (2026-02-30 does not), read as a China-time day. */
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' })
  .refine(isCalendarDay, { error: '日期无效' })
  .openapi({ example: '2026-12-01' });

/** A list's `jurisdictionCode` filter: only that jurisdiction's subtree, inside the caller's. */
export const JurisdictionFilter = z
  .string()
  .regex(/^\d{6}(\d{3})?$/, { error: '行政区划代码为 6 位或 9 位数字' })
  .optional()
  .openapi({ description: '只看该辖区（含下级），须在本机构辖区内' });
