import { CONTROL_LEVELS, INDUSTRIES } from '@shuangfang/db';
import { z } from '@hono/zod-openapi';

// The configurable values of docs/domain.md with their defaults. A jurisdiction may override any of
// them; its subtree inherits the nearest override (see jurisdictions.service.ts).

const Bands = z
  .object({
    red: z.number().positive(),
    orange: z.number().positive(),
    yellow: z.number().positive(),
  })
  .refine((b) => b.red > b.orange && b.orange > b.yellow, {
    error: '分级阈值须满足 red > orange > yellow',
  });

export const SettingsSchema = z.object({
  /** LEC: D ≥ red → 重大; ≥ orange → 较大; ≥ yellow → 一般; else 低. */
  lecBands: Bands.openapi({ description: 'LEC 分级阈值（D 值）' }),
  /** LS: R ≥ red → 重大; ≥ orange → 较大; ≥ yellow → 一般; else 低. */
  lsBands: Bands.openapi({ description: 'LS 分级阈值（R 值）' }),
  controlLevelByGrade: z
    .object({
      red: z.enum(CONTROL_LEVELS),
      orange: z.enum(CONTROL_LEVELS),
      yellow: z.enum(CONTROL_LEVELS),
      blue: z.enum(CONTROL_LEVELS),
    })
    .openapi({ description: '风险等级对应的默认管控层级' }),
  repeatHazard: z
    .object({ count: z.number().int().min(2), days: z.number().int().positive() })
    .openapi({ description: '同一管控措施重复隐患触发重新评估：次数与天数' }),
  dualReportDeadlineWorkingDays: z
    .number()
    .int()
    .positive()
    .openapi({ description: '重大隐患双报告时限（工作日）' }),
  blacklistStatementWorkingDays: z
    .number()
    .int()
    .positive()
    .openapi({ description: '严重失信告知后陈述申辩期（工作日）' }),
  standardizationScoreFloors: z
    .object({ 一级: z.number(), 二级: z.number(), 三级: z.number() })
    .openapi({ description: '标准化等级最低自评分' }),
  standardizationValidityYears: z
    .number()
    .int()
    .positive()
    .openapi({ description: '标准化证书有效期（年）' }),
  standardizationPublicityDays: z
    .number()
    .int()
    .positive()
    .openapi({ description: '标准化公示期（天）' }),
  inspectionWeights: z
    .object({ red: z.number(), blacklisted: z.number(), orange: z.number(), other: z.number() })
    .openapi({ description: '双随机抽取权重' }),
  inspectionPublicationWorkingDays: z
    .number()
    .int()
    .positive()
    .openapi({ description: '检查结果公开时限（工作日）' }),
  listNames: z
    .object({ risk: z.string(), measure: z.string(), emergency: z.string() })
    .openapi({ description: '三清单名称' }),
  tipoffReward: z
    .object({ rate: z.number().min(0).max(1), min: z.number().min(0), max: z.number().min(0) })
    .refine((r) => r.min <= r.max, { error: '最低奖励不能高于最高奖励' })
    .openapi({ description: '举报奖励：罚款比例、最低与最高金额（元）' }),
  criteriaStandardsByIndustry: z
    .partialRecord(
      z.enum(INDUSTRIES),
      z
        .array(z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, { error: '判定标准代码格式不正确' }))
        .max(20),
    )
    .openapi({
      description:
        '各行业适用的重大事故隐患判定标准（标准代码）；未列出的行业按各标准自身的适用行业。例：{"危险化学品":["weihua-2017"]}',
    }),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  lecBands: { red: 320, orange: 160, yellow: 70 },
  lsBands: { red: 20, orange: 15, yellow: 9 },
  controlLevelByGrade: { red: '公司级', orange: '部门级', yellow: '车间级', blue: '班组级' },
  repeatHazard: { count: 2, days: 90 },
  dualReportDeadlineWorkingDays: 1,
  blacklistStatementWorkingDays: 5,
  standardizationScoreFloors: { 一级: 90, 二级: 75, 三级: 60 },
  standardizationValidityYears: 3,
  standardizationPublicityDays: 7,
  inspectionWeights: { red: 3, blacklisted: 3, orange: 2, other: 1 },
  inspectionPublicationWorkingDays: 20,
  listNames: { risk: '安全风险清单', measure: '管控措施清单', emergency: '应急处置清单' },
  tipoffReward: { rate: 0.15, min: 3000, max: 300000 },
  // docs/domain-criteria.md: each standard names the industries it is written for.
  criteriaStandardsByIndustry: {},
};

/** An update: any subset of keys; `null` removes the override so the inherited value applies. */
export const SettingsUpdateSchema = z
  .object(
    Object.fromEntries(
      Object.entries(SettingsSchema.shape).map(([key, schema]) => [
        key,
        schema.nullable().optional(),
      ]),
    ) as { [K in SettingKey]: z.ZodOptional<z.ZodNullable<(typeof SettingsSchema.shape)[K]>> },
  )
  .strict()
  .openapi('SettingsUpdate');
