import { z } from '@hono/zod-openapi';
import { DivisionCode } from '../jurisdictions/jurisdictions.schemas.js';

export const AgencySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    jurisdictionCode: z.string(),
    jurisdictionName: z.string(),
    phone: z.string().nullable(),
    active: z.boolean(),
  })
  .openapi('Agency');

export const CreateAgencyBody = z
  .object({
    name: z.string().trim().min(1).max(100).openapi({ example: '石城县应急管理局' }),
    jurisdictionCode: DivisionCode,
    phone: z
      .string()
      .trim()
      .regex(/^[0-9-]{7,20}$/, { error: '电话号码格式不正确' })
      .nullable()
      .default(null),
  })
  .openapi('CreateAgencyBody');

export const AgencyListQuery = z.object({
  jurisdictionCode: DivisionCode.optional().openapi({
    description: '只列出该辖区（含下级）的机构',
  }),
});
