import type { z } from '@hono/zod-openapi';
import { ENTERPRISE_DUTIES, type Db, type EnterpriseDuty } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { DUTY_LABELS } from '../../lib/chemical-labels.js';
import { forbidden, invalid } from '../../lib/errors.js';
import * as repo from './duties.repository.js';
import type { AssignDutyBody } from './duties.schemas.js';

// Who signs what (docs/domain-chemicals.md section 5): GB 30871-2022 names departments (所在基层单位,
// 安全管理部门, 主管领导, …), and says an enterprise maps them onto its own organisation. The
// enterprise's 主要负责人 gives each duty to named accounts; a permit step is then signed by an
// account that holds the duty its signature line needs.

const SIGNS: Record<EnterpriseDuty, string> = {
  commitment_deputy: '主要负责人不在时，代为发布当日安全风险研判与承诺公告',
  unit_head:
    '各类作业票「所在单位（用电单位）意见」；二级动火、受限空间、盲板抽堵、I级高处作业的审批；完工验收',
  safety_dept: '动火作业票「安全管理部门意见」（一级动火的审批）',
  specialty_dept: '高处、吊装、动土、断路作业票的审核或审批（所在单位专业部门）',
  plant_leader: '特级动火、IV级高处、一级吊装作业的审批（主管领导、主管厂长或总工程师）',
  power_supplier: '临时用电作业票「配送电单位意见」（审批）',
  co_signer: '动土作业的水、电、汽、工艺、设备、消防、安全会签；断路作业的消防、安全管理部门意见',
  shift_leader: '动火前验票（岗位当班班长），动火作业由其签字后开始',
};

export async function list(db: Db, who: Who, enterpriseId: string) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const [people, rows] = await Promise.all([
    repo.members(db, enterprise.id),
    repo.assignments(db, enterprise.id),
  ]);
  const name = new Map(people.map((p) => [p.id, p.display_name]));
  return {
    duties: ENTERPRISE_DUTIES.map((duty) => ({
      duty,
      label: DUTY_LABELS[duty],
      signs: SIGNS[duty],
      holders: rows
        .filter((r) => r.duty === duty && name.has(r.user_id))
        .map((r) => ({ userId: r.user_id, name: name.get(r.user_id)! })),
    })),
    members: people.map((p) => ({
      userId: p.id,
      name: p.display_name,
      role: p.role,
      duties: ENTERPRISE_DUTIES.filter((d) => rows.some((r) => r.user_id === p.id && r.duty === d)),
    })),
    actions: who.role === 'enterprise_admin' ? (['assign'] as 'assign'[]) : [],
  };
}

export async function assign(
  db: Db,
  who: Who,
  enterpriseId: string,
  duty: EnterpriseDuty,
  body: z.infer<typeof AssignDutyBody>,
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  if (who.role !== 'enterprise_admin') throw forbidden('职责由企业主要负责人指定');
  const userIds = [...new Set(body.userIds)];
  const people = new Set((await repo.members(db, enterprise.id)).map((p) => p.id));
  if (userIds.some((id) => !people.has(id))) {
    throw invalid('userIds', '须为本企业在用的账号（职代会代表除外）');
  }
  await db
    .transaction()
    .execute((trx) => repo.replaceHolders(trx, enterprise.id, duty, userIds, who.userId));
  return list(db, who, enterprise.id);
}
