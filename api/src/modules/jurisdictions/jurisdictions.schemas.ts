import { JURISDICTION_LEVELS } from '@shuangfang/db';
import { z } from '@hono/zod-openapi';
import { SettingsSchema } from './settings.defaults.js';

export const DivisionCode = z
  .string()
  .regex(/^[0-9]{6}([0-9]{3})?$/, { error: '行政区划代码应为6位（乡镇街道9位）数字' })
  .openapi({ example: '360735' });

export const JurisdictionSchema = z
  .object({
    code: DivisionCode,
    name: z.string(),
    level: z.enum(JURISDICTION_LEVELS),
    parentCode: z.string().nullable(),
    path: z
      .string()
      .openapi({ description: '从根到本级的代码路径', example: '/360000/360700/360735/' }),
  })
  .openapi('Jurisdiction');

export const CreateJurisdictionBody = z
  .object({
    code: DivisionCode,
    name: z.string().trim().min(1).max(100),
    level: z
      .enum(JURISDICTION_LEVELS)
      .openapi({ description: 'province 省 / city 市 / county 县区 / town 乡镇街道' }),
    parentCode: DivisionCode.nullable().default(null),
  })
  .openapi('CreateJurisdictionBody');

export const CodeParam = z.object({
  code: DivisionCode.openapi({ param: { name: 'code', in: 'path' } }),
});

export const SettingsView = z
  .object({
    code: z.string(),
    effective: SettingsSchema.openapi({ description: '生效值（默认值逐级覆盖后）' }),
    overrides: SettingsSchema.partial().openapi({ description: '本级设置的覆盖值' }),
  })
  .openapi('JurisdictionSettings');

const SettingChangeSchema = z
  .object({
    id: z.uuid(),
    key: z.string().openapi({ description: '配置项', example: 'lecBands' }),
    oldValue: z.unknown().openapi({ description: '修改前本级覆盖值；null 表示继承上级' }),
    newValue: z.unknown().openapi({ description: '修改后本级覆盖值；null 表示恢复继承' }),
    changedBy: z.object({ id: z.uuid(), name: z.string() }),
    changedAt: z.string(),
  })
  .openapi('JurisdictionSettingChange');

export const SettingChangePageSchema = z
  .object({ items: z.array(SettingChangeSchema), nextCursor: z.string().nullable() })
  .openapi('JurisdictionSettingChangePage');
