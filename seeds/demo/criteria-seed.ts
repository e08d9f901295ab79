import { findCriterionItem, registerHazardIn } from '@shuangfang/api';
import type { Executor, HazardCategory, HazardKind } from '@shuangfang/db';

// 重大事故隐患判定标准 in the demo (docs/domain-criteria.md): regulators' findings at enterprises of
// several industries, each matching a 判定 item and so graded 重大, registered through the hazards'
// one creation path (their reports drafted, their agencies asked to consider 挂牌督办). With the
// mine's own linked hazards (hazard-data.ts) they fill the view "重大隐患 by 判定 item" of 石城县,
// 赣州市 and 江西省, and 九江市 has one of its own. Idempotent: a finding already made is skipped.

const DAY = 86_400_000;

interface Finding {
  enterprise: string;
  /** The regulator who found it: a demo login of the enterprise's county (or city). */
  by: string;
  kind: HazardKind;
  category: HazardCategory;
  description: string;
  location: string;
  criterion: { standard: string; number: string };
  deadlineIn: number;
}

const FINDINGS: Finding[] = [
  {
    enterprise: '石城县宝福化工有限公司',
    by: '13800000002',
    kind: '仪表',
    category: '物的不安全状态',
    description: '甲醇储罐区2台可燃气体检测报警器故障停用，未设置替代监测措施',
    location: '甲醇储罐区',
    criterion: { standard: 'weihua-2017', number: '（十二）' },
    deadlineIn: 10,
  },
  {
    enterprise: '石城县赣江源建材有限公司',
    by: '13800000002',
    kind: '安全',
    category: '管理缺陷',
    description: '水泥磨检修人员进入磨内作业前未切断主电机电源并上锁挂牌',
    location: '水泥粉磨车间2号磨',
    criterion: { standard: 'gongmao-2023', number: '第六条（四）' },
    deadlineIn: 7,
  },
  {
    enterprise: '石城县通天寨烟花爆竹有限公司',
    by: '13800000002',
    kind: '安全',
    category: '管理缺陷',
    description: '1号药物总库实际存药量约1.8吨，超过核定药量1吨',
    location: '1号药物总库',
    criterion: { standard: 'yanhua-2017', number: '（五）' },
    deadlineIn: 5,
  },
  {
    enterprise: '九江石化储运有限公司',
    by: '13800000003',
    kind: '安全',
    category: '管理缺陷',
    description: '储罐区动火作业未办理动火作业票，现场无监护人',
    location: '成品油储罐区',
    criterion: { standard: 'weihua-2017', number: '（十八）' },
    deadlineIn: 15,
  },
];

async function regulator(db: Executor, phone: string) {
  const r = await db
    .selectFrom('app_user as u')
    .innerJoin('membership as m', 'm.user_id', 'u.id')
    .innerJoin('agency as a', 'a.id', 'm.agency_id')
    .innerJoin('jurisdiction as j', 'j.code', 'a.jurisdiction_code')
    .select([
      'u.id as userId',
      'u.display_name',
      'm.id',
      'm.role',
      'm.agency_id',
      'j.code',
      'j.path',
    ])
    .where('u.phone', '=', phone)
    .executeTakeFirstOrThrow();
  return {
    id: r.id,
    role: r.role,
    enterpriseId: null,
    agencyId: r.agency_id,
    jurisdictionCode: r.code,
    jurisdictionPath: r.path,
    userId: r.userId,
    displayName: r.display_name,
  };
}

export async function seedCriteriaFindings(db: Executor): Promise<void> {
  for (const f of FINDINGS) {
    const enterprise = await db
      .selectFrom('enterprise')
      .select(['id', 'jurisdiction_code'])
      .where('name', '=', f.enterprise)
      .executeTakeFirst();
    if (!enterprise) continue;
    const done = await db
      .selectFrom('hazard')
      .select('id')
      .where('enterprise_id', '=', enterprise.id)
      .where('description', '=', f.description)
      .executeTakeFirst();
    if (done) continue;
    const item = await findCriterionItem(db, f.criterion.standard, f.criterion.number);
    if (!item) throw new Error(`no 判定 item ${f.criterion.standard} ${f.criterion.number}`);
    await registerHazardIn(db, await regulator(db, f.by), enterprise, '监管检查', {
      kind: f.kind,
      category: f.category,
      description: f.description,
      location: f.location,
      attachments: [],
      grade: '重大',
      deadline: new Date(Date.now() + f.deadlineIn * DAY).toISOString(),
      criterionItemId: item.itemId,
    });
  }
}
