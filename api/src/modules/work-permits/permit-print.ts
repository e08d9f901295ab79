import type { PermitType } from '@shuangfang/db';
import { PERMIT_LEVEL_LABELS } from '../../lib/chemical-labels.js';
import { HEIGHT_FACTOR_LABELS, type HeightFactor } from './permit-rules.js';
import type { PermitRow } from './permits.repository.js';

// The type's own fields as the printed permit shows them (GB 30871-2022 appendix A).

const yes = (b: unknown) => (b === true ? '是' : '否');

type Line = [string, unknown];

const LINES: Record<PermitType, (d: Record<string, unknown>, p: PermitRow) => Line[]> = {
  hot_work: (d, p) => [
    [
      '动火作业级别',
      `${PERMIT_LEVEL_LABELS[p.level!]}${d.raisedReason ? `（升级管理：${d.raisedReason}）` : ''}`,
    ],
    ['动火方式', d.hotWorkMethod],
    ['在氧气设备上动火', yes(d.oxygenEquipment)],
  ],
  confined_space: (d) => [
    ['受限空间名称', d.spaceName],
    ['受限空间内原有介质名称', d.originalMedium],
    ['富氧环境', yes(d.oxygenEnriched)],
  ],
  blind_plate: (d) => [
    ['作业类别', d.operation === 'insert' ? '堵盲板' : '抽盲板'],
    ['设备、管道名称', d.pipeline],
    ['管道参数', `介质 ${d.medium}，温度 ${d.temperature}，压力 ${d.pressure}`],
    ['盲板参数', `材质 ${d.plateMaterial}，规格 ${d.plateSpec}，编号 ${d.plateNumber}`],
  ],
  work_at_height: (d, p) => [
    ['作业高度', `${d.heightM} m`],
    ['高处作业级别', PERMIT_LEVEL_LABELS[p.level!]],
    [
      '客观危险因素',
      ((d.objectiveFactors ?? []) as HeightFactor[])
        .map((f) => HEIGHT_FACTOR_LABELS[f])
        .join('；') || '无',
    ],
  ],
  lifting: (d, p) => [
    ['吊物质量及作业级别', `${d.loadTonnes} t，${PERMIT_LEVEL_LABELS[p.level!]}`],
    ['吊具名称', d.rigging],
    ['吊物内容', d.load],
    ['指挥人员', d.commander],
    ['司索人', d.riggers],
  ],
  temporary_power: (d) => [
    ['电源接入点及许可用电功率', `${d.accessPoint}，${d.permittedKw} kW`],
    ['工作电压', d.voltage],
    ['用电设备名称及额定功率', d.powerEquipment],
    ['作业负责人电工证号', d.electricianCertificate],
    ['在火灾爆炸危险场所接电', yes(d.hazardousArea)],
  ],
  excavation: (d) => [
    ['作业范围、内容、方式', d.workScope],
    ['挖掘深度', `${d.depthM} m`],
    ['危险场所且有埋设的易燃易爆、有毒介质管线', yes(d.hazardousArea)],
  ],
  road_closure: (d) => [
    ['断路原因', d.closureReason],
    ['涉及相关单位（部门）', d.relatedUnits],
  ],
};

export const detailLines = (p: PermitRow) =>
  LINES[p.type](p.details, p).map(([label, value]) => ({ label, value: String(value ?? '') }));
