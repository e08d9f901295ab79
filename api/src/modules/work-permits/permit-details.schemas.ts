import { z } from '@hono/zod-openapi';
import { HEIGHT_FACTORS } from './permit-rules.js';

// The fields of each permit type's own form (GB 30871-2022 appendix A), and the 作业人.

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), { error: '不能包含空字符' });

export const HotWork = z.object({
  level: z.enum(['hot_special', 'hot_1', 'hot_2']).openapi({
    description:
      'hot_special 特级；hot_1 一级；hot_2 二级（5.1）。节假日、公休日、夜间等应升级管理',
  }),
  hotWorkMethod: text(100).openapi({ description: '动火方式', example: '电焊' }),
  raisedReason: text(200).optional().openapi({
    description: '升级管理的原因（节假日、公休日、夜间、五级风以上等，5.1.1、5.2.15）',
  }),
  oxygenEquipment: z.boolean().default(false).openapi({
    description: '在生产、使用、储存氧气的设备上动火（设备内氧含量不应超过 23.5%）',
  }),
});
export const ConfinedSpace = z.object({
  spaceName: text(100).openapi({ description: '受限空间名称', example: 'T-101 甲醇储罐' }),
  originalMedium: text(100).openapi({ description: '受限空间内原有介质名称', example: '甲醇' }),
  oxygenEnriched: z
    .boolean()
    .default(false)
    .openapi({ description: '富氧环境（氧含量上限 23.5%）' }),
});
export const BlindPlate = z.object({
  operation: z.enum(['insert', 'remove']).openapi({ description: 'insert 堵盲板；remove 抽盲板' }),
  pipeline: text(100).openapi({ description: '设备、管道名称', example: '甲醇进料管线 DN100' }),
  medium: text(50).openapi({ description: '介质' }),
  temperature: text(30).openapi({ description: '温度', example: '常温' }),
  pressure: text(30).openapi({ description: '压力', example: '0.1 MPa' }),
  plateMaterial: text(50).openapi({ description: '盲板材质' }),
  plateSpec: text(50).openapi({ description: '盲板规格' }),
  plateNumber: text(50).openapi({ description: '盲板编号（与盲板位置图一致）' }),
});
export const Height = z.object({
  heightM: z
    .number()
    .min(2)
    .max(1000)
    .openapi({ description: '作业高度（米，不小于 2）', example: 8 }),
  objectiveFactors: z.array(z.enum(HEIGHT_FACTORS)).max(9).default([]).openapi({
    description: '存在的客观危险因素（8.1.2）；有任一项按 B 类法分级',
  }),
});
export const Lifting = z.object({
  loadTonnes: z
    .number()
    .positive()
    .max(100000)
    .openapi({ description: '吊物质量（吨）', example: 12 }),
  rigging: text(100).openapi({ description: '吊具名称' }),
  load: text(200).openapi({ description: '吊物内容' }),
  commander: text(50).openapi({ description: '指挥人员' }),
  riggers: text(200).openapi({ description: '司索人' }),
});
export const TemporaryPower = z.object({
  accessPoint: text(100).openapi({ description: '电源接入点' }),
  permittedKw: z.number().positive().max(100000).openapi({ description: '许可用电功率（kW）' }),
  voltage: text(20).openapi({ description: '工作电压', example: '380V' }),
  powerEquipment: text(200).openapi({ description: '用电设备名称及额定功率' }),
  electricianCertificate: text(50).openapi({ description: '作业负责人电工证号' }),
  hazardousArea: z.boolean().default(false).openapi({
    description: '在运行的火灾爆炸危险装置、罐区或场所内接电（须先做可燃气体分析，10.1）',
  }),
});
export const Excavation = z.object({
  depthM: z.number().min(0).max(1000).openapi({ description: '挖掘深度（米）' }),
  workScope: text(500).openapi({ description: '作业范围、内容、方式（包括深度、面积）' }),
  hazardousArea: z.boolean().default(false).openapi({
    description:
      '在生产装置区、罐区等危险场所，且有埋设的易燃易爆、有毒介质管线、窨井（深度超过 1.2 m 按受限空间管理，11.10）',
  }),
});
export const RoadClosure = z.object({
  closureReason: text(200).openapi({ description: '断路原因' }),
  relatedUnits: text(200).openapi({ description: '涉及相关单位（部门）' }),
});

export const Worker = z.object({
  name: text(50).openapi({ description: '姓名' }),
  certificate: text(50).nullable().default(null).openapi({
    description: '证书编号（动火人、电工、吊装作业人等特种作业证书）',
  }),
  userId: z.uuid().optional().openapi({ description: '本企业账号（有则填）' }),
});
