import { drawInspectionPlan, workingDaysAfter } from '@shuangfang/api';
import type { Executor } from '@shuangfang/db';

// 双随机一公开 in 石城县: six 执法人员 (the first is the demo inspector account 13800000002), a
// catalogue of three 抽查事项, a completed plan whose results were recorded (one published, one
// past its publication deadline), and a plan drawn and in progress. Draws go through the API's own path at fixed past times with fixed
// supervisor values, so the demo's draws are the same on every load and verify.

const AGENCY_CODE = '360735';
const INSPECTORS: { name: string; badge: string; phone?: string }[] = [
  { name: '石城县执法人员', badge: 'JX36073500001', phone: '13800000002' },
  { name: '赖建华', badge: 'JX36073500002' },
  { name: '温晓玲', badge: 'JX36073500003' },
  { name: '黄志强', badge: 'JX36073500004' },
  { name: '陈美兰', badge: 'JX36073500005' },
  { name: '刘国栋', badge: 'JX36073500006' },
];
const ITEMS = [
  { name: '安全生产责任制落实情况', legalBasis: '《安全生产法》第二十二条', method: '查阅资料' },
  {
    name: '双重预防机制建设运行情况',
    legalBasis: '《安全生产法》第四十一条',
    method: '查阅资料、现场检查',
  },
  { name: '特种作业人员持证上岗情况', legalBasis: '《安全生产法》第三十条', method: '现场抽查' },
];
export const DEMO_PLANS = {
  completed: {
    // Fixed ids: the plan id is an input of the draw, so the demo's draws come out the same.
    id: '5eed1a00-0000-4000-8000-000000000001',
    name: '2026年第三季度双随机抽查',
    start: '2026-07-01',
    end: '2026-09-30',
    drawnAt: '2026-08-03T01:30:00.000Z',
    supervisorValue: '20260803-纪检监督-3157',
  },
  inProgress: {
    id: '5eed1a00-0000-4000-8000-000000000002',
    name: '2026年第四季度双随机抽查',
    start: '2026-10-01',
    end: '2026-12-31',
    drawnAt: '2026-11-16T01:30:00.000Z',
    // A value under which the demo inspector account is on a team, so the demo has work for it
    // (chosen again whenever the candidates change, e.g. when more enterprises are assessed).
    supervisorValue: '20261116-纪检监督-8427',
  },
} as const;

export async function seedInspections(db: Executor): Promise<void> {
  const agency = await db
    .selectFrom('agency')
    .select('id')
    .where('jurisdiction_code', '=', AGENCY_CODE)
    .executeTakeFirstOrThrow();
  const exists = await db
    .selectFrom('inspector')
    .select('id')
    .where('badge_number', '=', INSPECTORS[0]!.badge)
    .executeTakeFirst();
  if (exists) return;

  const admin = await db
    .selectFrom('app_user')
    .select('id')
    .where('phone', '=', '13800000001')
    .executeTakeFirstOrThrow();
  for (const i of INSPECTORS) {
    const user = i.phone
      ? await db
          .selectFrom('app_user')
          .select('id')
          .where('phone', '=', i.phone)
          .executeTakeFirstOrThrow()
      : null;
    await db
      .insertInto('inspector')
      .values({
        agency_id: agency.id,
        name: i.name,
        badge_number: i.badge,
        user_id: user?.id ?? null,
      })
      .execute();
  }
  const items: { id: string; name: string; legalBasis: string; method: string }[] = [];
  for (const item of ITEMS) {
    const row = await db
      .insertInto('inspection_item')
      .values({
        agency_id: agency.id,
        name: item.name,
        legal_basis: item.legalBasis,
        method: item.method,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    items.push({ id: row.id, ...item });
  }

  const planOf = async (p: (typeof DEMO_PLANS)[keyof typeof DEMO_PLANS]) => {
    const { id } = await db
      .insertInto('inspection_plan')
      .values({
        id: p.id,
        agency_id: agency.id,
        name: p.name,
        period_start: p.start,
        period_end: p.end,
        items,
        scope: { industries: [], jurisdictions: [], riskColours: [], standardizationLevels: [] },
        sample_size: 2,
        sample_ratio: null,
        team_size: 2,
        created_by: admin.id,
        created_at: new Date(new Date(p.drawnAt).getTime() - 86_400_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await drawInspectionPlan(
      db,
      agency.id,
      admin.id,
      id,
      { supervisorValue: p.supervisorValue },
      new Date(p.drawnAt),
    );
    return id;
  };

  // The completed plan: inspected a week after the draw and recorded that day; the first result
  // published in time, the second never — the county's 抽查逾期未公开 on the dashboard.
  const completed = await planOf(DEMO_PLANS.completed);
  const inspected = new Date('2026-08-10T02:00:00.000Z');
  const inspections = await db
    .selectFrom('inspection')
    .select(['enterprise_id', 'id', 'team'])
    .where('plan_id', '=', completed)
    .execute();
  for (const [n, row] of inspections.entries()) {
    await db
      .updateTable('inspection')
      .set({
        state: n === 0 ? 'published' : 'recorded',
        inspected_on: '2026-08-10',
        item_results: items.map((item, k) => ({
          itemId: item.id,
          name: item.name,
          // The first enterprise lacked certificates for one special operation: 不合格.
          result: n === 0 && k === 2 ? ('fail' as const) : ('pass' as const),
        })),
        findings:
          n === 0
            ? [
                {
                  description: '一名电焊作业人员未持特种作业操作证上岗，已责令停止作业',
                  kind: '其他' as const,
                  category: '人的不安全行为' as const,
                  attachments: [],
                  hazardId: null,
                },
              ]
            : [],
        documents: [],
        recorded_by: admin.id,
        recorded_at: inspected,
        publish_due_at: workingDaysAfter(inspected, 20),
        published_by: n === 0 ? admin.id : null,
        published_at: n === 0 ? new Date('2026-08-20T02:00:00.000Z') : null,
      })
      .where('enterprise_id', '=', row.enterprise_id)
      .where('id', '=', row.id)
      .execute();
  }
  await planOf(DEMO_PLANS.inProgress);
}
