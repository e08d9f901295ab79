import type { z } from '@hono/zod-openapi';
import type { CustodyRole, Db, Executor } from '@shuangfang/db';
import type { Who } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { CUSTODY_ROLE_LABELS, RUN_STATE_LABELS } from '../../lib/chemical-labels.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import { isManager } from '../hazards/hazards.access.js';
import { settingsAt } from '../jurisdictions/jurisdictions.service.js';
import { currentPeriods } from '../run-states/run-states.repository.js';
import { CUSTODY_DUTIES } from './custody-duties.js';
import { majorHazardActions } from './major-hazards.access.js';
import { custodianDto, majorHazardDto } from './major-hazards.dto.js';
import * as repo from './major-hazards.repository.js';
import type {
  AssignCustodianBody,
  CreateMajorHazardBody,
  UpdateMajorHazardBody,
} from './major-hazards.schemas.js';

// 重大危险源 and their 包保责任制 (docs/domain-chemicals.md section 2).

async function requireObjects(db: Executor, enterpriseId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  const found = await repo.currentObjects(db, enterpriseId, unique);
  if (found.length !== unique.length) {
    throw invalid('riskObjectIds', '含不存在、已归档或不属于本企业的风险分析对象');
  }
  return unique;
}

async function describe(
  db: Db,
  who: Who,
  enterprise: { id: string; jurisdiction_code: string },
  includeArchived: boolean,
) {
  const [rows, covered, custodians, periods, settings] = await Promise.all([
    repo.listMajorHazards(db, enterprise.id, includeArchived),
    repo.coverage(db, enterprise.id),
    repo.currentCustodians(db, enterprise.id),
    currentPeriods(db, enterprise.id),
    settingsAt(db, enterprise.jurisdiction_code),
  ]);
  return rows.map((h) =>
    majorHazardDto(
      h,
      {
        objects: covered
          .filter((c) => c.major_hazard_id === h.id)
          .map((c) => ({ id: c.risk_object_id, name: c.object_name })),
        custodians: custodians.filter((c) => c.major_hazard_id === h.id),
        period: periods.find((p) => p.major_hazard_id === h.id),
        actions: majorHazardActions(who, h.archived_at !== null),
      },
      settings,
    ),
  );
}

export async function list(db: Db, who: Who, enterpriseId: string, includeArchived: boolean) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  return {
    items: await describe(db, who, enterprise, includeArchived),
    actions: isManager(who) ? (['create'] as const).slice() : [],
  };
}

export async function detail(db: Db, who: Who, enterpriseId: string, id: string) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const item = (await describe(db, who, enterprise, true)).find((h) => h.id === id);
  if (!item) throw notFound('重大危险源');
  const history = await repo.custodianHistory(db, enterprise.id, id);
  return {
    ...item,
    custodianHistory: history.map((c) => ({
      ...custodianDto(c),
      role: c.role,
      roleLabel: CUSTODY_ROLE_LABELS[c.role],
    })),
  };
}

export async function create(
  db: Db,
  who: Who,
  enterpriseId: string,
  body: z.infer<typeof CreateMajorHazardBody>,
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const id = await db.transaction().execute(async (trx) => {
    const objectIds = await requireObjects(trx, enterprise.id, body.riskObjectIds);
    const taken = (await repo.listMajorHazards(trx, enterprise.id, true)).some(
      (h) => h.code === body.code,
    );
    if (taken) throw conflict(`重大危险源编码 ${body.code} 已登记`);
    const id = await repo.insertMajorHazard(trx, {
      enterprise_id: enterprise.id,
      code: body.code,
      name: body.name,
      level: body.level,
      description: body.description,
      created_by: who.userId,
    });
    await repo.replaceObjects(trx, enterprise.id, id, objectIds);
    return id;
  });
  return detail(db, who, enterprise.id, id);
}

async function requireCurrent(db: Executor, enterpriseId: string, id: string) {
  const h = await repo.lockMajorHazard(db, enterpriseId, id);
  if (!h) throw notFound('重大危险源');
  if (h.archived_at) throw conflict('重大危险源已归档');
  return h;
}

export async function update(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof UpdateMajorHazardBody>,
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  await db.transaction().execute(async (trx) => {
    await requireCurrent(trx, enterprise.id, id);
    if (body.code !== undefined) {
      const taken = (await repo.listMajorHazards(trx, enterprise.id, true)).some(
        (h) => h.code === body.code && h.id !== id,
      );
      if (taken) throw conflict(`重大危险源编码 ${body.code} 已登记`);
    }
    const { riskObjectIds, ...fields } = body;
    await repo.updateMajorHazard(trx, enterprise.id, id, fields);
    if (riskObjectIds) {
      await repo.replaceObjects(
        trx,
        enterprise.id,
        id,
        await requireObjects(trx, enterprise.id, riskObjectIds),
      );
    }
  });
  return detail(db, who, enterprise.id, id);
}

/** Archiving ends its 包保责任人's terms: no task is due for a 重大危险源 that is gone. */
export async function archive(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  now = new Date(),
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  await db.transaction().execute(async (trx) => {
    await requireCurrent(trx, enterprise.id, id);
    await repo.archiveMajorHazard(trx, enterprise.id, id);
    for (const role of ['principal', 'technical', 'operational'] as const) {
      await repo.endCustodian(trx, enterprise.id, id, role, who.userId, now);
    }
  });
  return detail(db, who, enterprise.id, id);
}

/** Names the 包保责任人 of one role; the one before it ends its term at the same instant. */
export async function assignCustodian(
  db: Db,
  who: Who,
  enterpriseId: string,
  id: string,
  role: CustodyRole,
  body: z.infer<typeof AssignCustodianBody>,
  now = new Date(),
) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  if (who.role !== 'enterprise_admin') {
    throw forbidden('包保责任人由企业主要负责人指定（包保办法第四条）');
  }
  const account = await repo.enterpriseAccount(db, enterprise.id, body.userId);
  if (!account) throw invalid('userId', '须为本企业在用的账号（职代会代表除外）');
  const phone = body.phone ?? account.phone;
  if (!phone) throw invalid('phone', '该账号没有手机号，请填写公示牌上的联系电话');
  await db.transaction().execute(async (trx) => {
    await requireCurrent(trx, enterprise.id, id);
    await repo.endCustodian(trx, enterprise.id, id, role, who.userId, now);
    await repo.insertCustodian(trx, {
      enterprise_id: enterprise.id,
      major_hazard_id: id,
      role,
      user_id: account.id,
      title: body.title,
      phone,
      assigned_by: who.userId,
      assigned_at: now,
    });
  });
  return detail(db, who, enterprise.id, id);
}

/** The 公示牌 of a 重大危险源: the three names, their duties and phones, for the site. */
export async function board(db: Db, who: Who, enterpriseId: string, id: string, now = new Date()) {
  const enterprise = await requireEnterpriseInScope(db, who, enterpriseId);
  const h = await detail(db, who, enterprise.id, id);
  return {
    enterpriseName: enterprise.name,
    code: h.code,
    name: h.name,
    level: h.level,
    objects: h.objects.map((o) => o.name),
    runStateLabel: h.runState ? RUN_STATE_LABELS[h.runState.state] : null,
    custodians: h.custodians.map((c) => ({
      roleLabel: c.roleLabel,
      name: c.custodian?.name ?? null,
      title: c.custodian?.title ?? null,
      phone: c.custodian?.phone ?? null,
      duties: CUSTODY_DUTIES[c.role].duties,
      basis: CUSTODY_DUTIES[c.role].basis,
    })),
    generatedAt: now.toISOString(),
  };
}
