import { orNull } from '../../lib/schemas.js';
import {
  ACCIDENT_TYPES,
  ASSESSMENT_METHODS,
  CHECK_CYCLE_UNITS,
  CONTROL_LEVELS,
  MEASURE_CATEGORIES,
  RISK_COLOURS,
} from '@shuangfang/db';
import { z } from '@hono/zod-openapi';
import { SitePlanMeta } from '../site-plan/site-plan.schemas.js';
import { LEC_VALUES, LS_VALUES } from './grading.js';
import { MAX_SORT_ORDER } from './risk.repository.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const sortOrder = z
  .number()
  .int()
  .min(0)
  .max(MAX_SORT_ORDER)
  .optional()
  .openapi({ description: '排序（缺省排在最后）' });
const Colour = z.enum(RISK_COLOURS).nullable().openapi({ description: '风险等级颜色' });

// Bodies are not strict: a field the server owns (a grade, an id) sent by a client is dropped,
// never believed.

export const RiskObjectBody = z
  .object({
    name: text(100).openapi({ example: '粉碎车间' }),
    kind: text(50).openapi({
      description: '类型：生产装置、储存设施、车间、场所等',
      example: '车间',
    }),
    majorHazardCode: text(50).nullable().optional().openapi({ description: '重大危险源编码' }),
    department: text(100).openapi({ description: '责任部门' }),
    responsiblePerson: text(50).openapi({ description: '责任人' }),
    sortOrder,
  })
  .openapi('RiskObjectBody');

export const RiskUnitBody = z
  .object({ name: text(100), responsiblePerson: text(50), sortOrder })
  .openapi('RiskUnitBody');

export const RiskEventBody = z
  .object({
    hazardFactor: text(500).openapi({
      description: '危险有害因素',
      example: '铝粉粉尘积聚遇点火源',
    }),
    accidentType: z.enum(ACCIDENT_TYPES).openapi({ description: '事故类别（GB 6441）' }),
    consequence: text(500).openapi({ description: '可能后果' }),
    sortOrder,
  })
  .openapi('RiskEventBody');

export const ControlMeasureBody = z
  .object({
    category: z.enum(MEASURE_CATEGORIES).openapi({ description: '措施类别' }),
    description: text(1000).openapi({ description: '管控措施' }),
    controlLevel: z.enum(CONTROL_LEVELS).openapi({ description: '管控层级' }),
    responsiblePerson: text(50),
    // Room for the check items adopted from the library (check-items.service.ts).
    checkContent: text(4000).openapi({ description: '排查内容' }),
    checkCycleUnit: z
      .enum(CHECK_CYCLE_UNITS)
      .nullable()
      .optional()
      .openapi({ description: '排查周期单位' }),
    checkCycleCount: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .nullable()
      .optional()
      .openapi({ description: '每几个周期单位排查一次' }),
    sortOrder,
  })
  .openapi('ControlMeasureBody');

export const EmergencyMeasureBody = z
  .object({
    steps: text(2000).openapi({ description: '处置步骤' }),
    equipment: z.string().trim().max(1000).optional().openapi({ description: '应急物资装备' }),
    phone: text(50).openapi({ description: '报告电话' }),
    sortOrder,
  })
  .openapi('EmergencyMeasureBody');

/** The check cycle is a unit and a count, both or neither (on create, and on a partial update). */
const cycleIsWhole = (m: { checkCycleUnit?: unknown; checkCycleCount?: unknown }) =>
  (m.checkCycleUnit === undefined) === (m.checkCycleCount === undefined) &&
  (m.checkCycleUnit === null) === (m.checkCycleCount === null);
const cycleRule = { path: ['checkCycleCount'], error: '排查周期单位与次数须同时填写或同时为空' };

/** On create a missing cycle field is the same as null: no cycle at all. */
const cycleIsWholeOnCreate = (m: { checkCycleUnit?: unknown; checkCycleCount?: unknown }) =>
  ((m.checkCycleUnit ?? null) === null) === ((m.checkCycleCount ?? null) === null);

export const ControlMeasureCreate = ControlMeasureBody.refine(cycleIsWholeOnCreate, cycleRule);
export const ControlMeasureUpdate = ControlMeasureBody.partial()
  .refine(cycleIsWhole, cycleRule)
  .openapi('ControlMeasureUpdate');
export const RiskObjectUpdate = RiskObjectBody.partial().openapi('RiskObjectUpdate');
export const RiskUnitUpdate = RiskUnitBody.partial().openapi('RiskUnitUpdate');
export const RiskEventUpdate = RiskEventBody.partial().openapi('RiskEventUpdate');
export const EmergencyMeasureUpdate =
  EmergencyMeasureBody.partial().openapi('EmergencyMeasureUpdate');

/**
 * A value from a fixed list. Anything else — another number, text, null, or nothing at all — is
 * refused with a message naming the allowed values (docs/domain.md section 1).
 */
const allowed = (name: string, values: readonly number[]) =>
  z
    .custom<number>((v) => typeof v === 'number' && values.includes(v), {
      // Nothing chosen is its own mistake: the form starts with no value, so say it was left out.
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? `请选择${name}（可选值：${values.join('、')}）`
          : `${name} 只能取以下值之一：${values.join('、')}`,
    })
    .openapi({ type: 'number', enum: [...values], description: `${name}：${values.join('、')}` });

/** The letters of the other method, refused rather than ignored: a mixed body is a mistake. */
const FOREIGN = {
  LEC: { keys: ['s'], message: 'LEC 评估只填 L、E、C，不能带 S（严重性，属 LS 法）' },
  LS: { keys: ['e', 'c'], message: 'LS 评估只填 L、S，不能带 E、C（属 LEC 法）' },
} as const;

export const AssessmentBody = z
  .discriminatedUnion('method', [
    z.looseObject({
      method: z.literal('LEC'),
      l: allowed('L（可能性）', LEC_VALUES.l),
      e: allowed('E（暴露频繁程度）', LEC_VALUES.e),
      c: allowed('C（后果）', LEC_VALUES.c),
    }),
    z.looseObject({
      method: z.literal('LS'),
      l: allowed('L（可能性）', LS_VALUES.l),
      s: allowed('S（严重性）', LS_VALUES.s),
    }),
  ])
  .superRefine((body, ctx) => {
    const foreign = FOREIGN[body.method];
    for (const key of foreign.keys) {
      if (key in body) ctx.addIssue({ code: 'custom', path: [key], message: foreign.message });
    }
  })
  .openapi('AssessmentBody', {
    description: 'LEC：D = L × E × C；LS：R = L × S。只接受所列取值；不能混填另一种方法的字母',
  });

export const ControlLevelBody = z
  .object({
    controlLevel: z.enum(CONTROL_LEVELS),
    reason: text(500).nullable().default(null).openapi({ description: '与默认层级不同时必填' }),
  })
  .openapi('ControlLevelBody');

export const AssessmentSchema = z
  .object({
    id: z.uuid(),
    method: z.enum(ASSESSMENT_METHODS),
    inputs: z.record(z.string(), z.number()),
    score: z.number(),
    grade: z.enum(RISK_COLOURS),
    assessedBy: z.string().openapi({ description: '评估人' }),
    assessedAt: z.string(),
  })
  .openapi('RiskAssessment');

const Base = { id: z.uuid(), sortOrder: z.number(), archived: z.boolean() };

const ControlMeasureSchema = z
  .object({
    ...Base,
    category: z.enum(MEASURE_CATEGORIES),
    description: z.string(),
    controlLevel: z.enum(CONTROL_LEVELS),
    responsiblePerson: z.string(),
    checkContent: z.string(),
    checkCycleUnit: z.enum(CHECK_CYCLE_UNITS).nullable(),
    checkCycleCount: z.number().nullable(),
  })
  .openapi('ControlMeasure');

const EmergencyMeasureSchema = z
  .object({ ...Base, steps: z.string(), equipment: z.string(), phone: z.string() })
  .openapi('EmergencyMeasure');

const RiskEventSchema = z
  .object({
    ...Base,
    hazardFactor: z.string(),
    accidentType: z.enum(ACCIDENT_TYPES),
    consequence: z.string(),
    grade: Colour,
    controlLevel: z.enum(CONTROL_LEVELS).nullable(),
    controlLevelReason: z.string().nullable(),
    reassessFlaggedAt: z.string().nullable().openapi({
      description: '同一管控措施重复出现隐患、需重新评估的时间；重新评估后为 null',
    }),
    latestAssessment: orNull(AssessmentSchema),
    measures: z.array(ControlMeasureSchema),
    emergencyMeasures: z.array(EmergencyMeasureSchema),
  })
  .openapi('RiskEvent');

const RiskUnitSchema = z
  .object({
    ...Base,
    name: z.string(),
    responsiblePerson: z.string(),
    colour: Colour,
    events: z.array(RiskEventSchema),
  })
  .openapi('RiskUnit');

const RiskObjectSchema = z
  .object({
    ...Base,
    name: z.string(),
    kind: z.string(),
    majorHazardCode: z.string().nullable(),
    department: z.string(),
    responsiblePerson: z.string(),
    colour: Colour.openapi({ description: '对象颜色：其风险事件的最高等级' }),
    polygon: z
      .array(z.tuple([z.number(), z.number()]))
      .nullable()
      .openapi({ description: '在平面图上的多边形（宽高比例）；未标注为 null' }),
    units: z.array(RiskUnitSchema),
  })
  .openapi('RiskObject');

/** A method's grade floors: a score at or above a floor is that grade (docs/domain.md section 1). */
const GradeBands = z
  .object({
    red: z.number().openapi({ description: '重大风险（红）下限' }),
    orange: z.number().openapi({ description: '较大风险（橙）下限' }),
    yellow: z.number().openapi({ description: '一般风险（黄）下限；低于此为低风险（蓝）' }),
  })
  .openapi('GradeBands');

export const RiskRegisterSchema = z
  .object({
    enterpriseId: z.uuid(),
    riskLevel: Colour.openapi({ description: '企业风险等级：全部风险事件的最高等级' }),
    sitePlan: orNull(SitePlanMeta).openapi({ description: '平面图；未上传为 null' }),
    objects: z.array(RiskObjectSchema),
    listNames: z
      .object({ risk: z.string(), measure: z.string(), emergency: z.string() })
      .openapi({ description: '三清单名称（按企业所在辖区的配置）' }),
    gradeBands: z.object({ lec: GradeBands, ls: GradeBands }).openapi({
      description: '企业所在辖区的分级阈值（LEC 的 D 值、LS 的 R 值），评估表据此预先显示等级',
    }),
  })
  .openapi('RiskRegister');

export const RegisterQuery = z.object({
  includeArchived: z
    .enum(['true', 'false'])
    .default('false')
    .openapi({ description: '是否包含已归档记录' }),
});

/** The lists a user can put in order, and the table each lives in. */
export const ORDER_LISTS = {
  objects: 'risk_object',
  units: 'risk_unit',
  events: 'risk_event',
  measures: 'control_measure',
  emergencyMeasures: 'emergency_measure',
} as const;

export const ReorderBody = z
  .object({
    list: z
      .enum(Object.keys(ORDER_LISTS) as (keyof typeof ORDER_LISTS)[])
      .openapi({ description: '要排序的列表' }),
    parentId: z
      .uuid()
      .nullable()
      .default(null)
      .openapi({ description: '列表所属的上级记录；风险分析对象列表为 null' }),
    ids: z
      .array(z.uuid())
      .min(1)
      .max(500)
      .refine((list) => new Set(list).size === list.length, { error: '不能重复' })
      .openapi({ description: '该列表全部当前记录，按新顺序' }),
  })
  .refine((b) => (b.list === 'objects') === (b.parentId === null), {
    path: ['parentId'],
    error: '风险分析对象列表不填 parentId，其余列表必须填写上级记录',
  })
  .openapi('ReorderBody');
