import { CHECK_CYCLE_UNITS, CONTROL_LEVELS, INDUSTRIES } from '@shuangfang/db';
import { z } from '@hono/zod-openapi';
import { Day } from '../../lib/schemas.js';

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

/** A check cadence: `checkCycleCount` × `checkCycleUnit`, as a control measure's. */
const Cadence = z.object({
  checkCycleUnit: z.enum(CHECK_CYCLE_UNITS),
  checkCycleCount: z.number().int().min(1).max(1000),
});

/** Months a cadence spans at most, to hold the 技术负责人's to "at least once a quarter". */
const MONTHS_PER: Record<(typeof CHECK_CYCLE_UNITS)[number], number> = {
  hour: 1 / 720,
  day: 1 / 30,
  week: 7 / 30,
  month: 1,
  quarter: 3,
  year: 12,
};

/** Hours a permit of a type the standard gives no validity may stay valid; null = no cap. */
const Hours = z
  .number()
  .int()
  .min(1)
  .max(24 * 30)
  .nullable();

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
  // 危险化学品 duties (docs/domain-chemicals.md)
  custodyCadence: z
    .object({
      principal: Cadence,
      technical: Cadence.refine(
        (c) => MONTHS_PER[c.checkCycleUnit] * c.checkCycleCount <= 3 + 1e-9,
        { error: '技术负责人每季度至少排查一次（包保办法第五条），周期不能长于一个季度' },
      ),
      operational: Cadence,
    })
    .openapi({
      description: '重大危险源包保责任人的排查周期（主要负责人、技术负责人、操作负责人）',
    }),
  custodyKeyPeriods: z
    .array(
      z
        .object({ name: z.string().trim().min(1).max(50), from: Day, to: Day })
        .refine((p) => p.from <= p.to, { error: '结束日期不能早于开始日期' }),
    )
    .max(100)
    .openapi({
      description: '重大活动、重点时段和节假日：技术负责人须在其开始前排查一次（包保办法第五条）',
    }),
  custodyKeyPeriodLeadDays: z
    .number()
    .int()
    .min(1)
    .max(60)
    .openapi({ description: '节前（重点时段前）排查的窗口：开始前多少天内完成' }),
  commitmentDeadline: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '时间格式应为 HH:MM' })
    .openapi({ description: '每日安全承诺公告的截止时间（中国时间）', example: '10:00' }),
  commitmentStatement: z
    .string()
    .trim()
    .min(10)
    .max(500)
    .openapi({ description: '承诺公告的承诺内容（主要负责人签署的文字）' }),
  unregulatedPermitValidityHours: z
    .object({ blind_plate: Hours, lifting: Hours, excavation: Hours, road_closure: Hours })
    .openapi({
      description:
        'GB 30871-2022 未规定有效期的作业票（盲板抽堵、吊装、动土、断路）的最长有效期（小时）；空为不限',
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
  // 主要负责人 and 操作负责人: the 办法 sets no cadence we could confirm; quarterly and weekly are
  // the common practice (docs/domain-chemicals.md section 2). The 技术负责人's quarter is the 办法's.
  custodyCadence: {
    principal: { checkCycleUnit: 'quarter', checkCycleCount: 1 },
    technical: { checkCycleUnit: 'quarter', checkCycleCount: 1 },
    operational: { checkCycleUnit: 'week', checkCycleCount: 1 },
  },
  // The festival days of 2027; a jurisdiction sets its own 放假 ranges, events and key periods.
  custodyKeyPeriods: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-01' },
    { name: '春节', from: '2027-02-06', to: '2027-02-06' },
    { name: '清明节', from: '2027-04-05', to: '2027-04-05' },
    { name: '劳动节', from: '2027-05-01', to: '2027-05-01' },
    { name: '端午节', from: '2027-06-09', to: '2027-06-09' },
    { name: '中秋节', from: '2027-09-15', to: '2027-09-15' },
    { name: '国庆节', from: '2027-10-01', to: '2027-10-01' },
  ],
  custodyKeyPeriodLeadDays: 7,
  commitmentDeadline: '10:00',
  commitmentStatement:
    '今天我公司已进行安全风险研判，各项安全风险防控措施已落实到位，我承诺所有生产装置处于安全运行状态，罐区、仓库等重大危险源安全风险得到有效管控。',
  unregulatedPermitValidityHours: {
    blind_plate: null,
    lifting: null,
    excavation: null,
    road_closure: null,
  },
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
