import {
  DEFAULT_SETTINGS,
  hashReceiptCode,
  normalizeReceiptCode,
  registerHazardIn,
  rewardFen,
} from '@shuangfang/api';
import type { Executor, TipoffTable } from '@shuangfang/db';
import type { Insertable } from 'kysely';

// Public tip-offs (隐患举报) about the demo mine, one in each stage: received, not substantiated,
// verified (its hazard waiting for the mine's triage), and verified with its reward paid. Their
// receipt codes are fixed so a visitor can try /public/tipoff/status with them:
//   DEMQ-RECV-2345-6789 已受理 · DEMQ-NSUB-2345-6789 不属实 ·
//   DEMQ-VERF-2345-6789 已核实 · DEMQ-PAYD-2345-6789 已核实，奖励已发放

const DAY = 86_400_000;
const MINE = '石城县琴江矿业有限公司';
const INSPECTOR_PHONE = '13800000002';

interface DemoTipoff {
  code: string;
  daysAgo: number;
  description: string;
  location: string;
  reporter: { name: string; phone: string } | null;
  outcome:
    | { state: 'received' }
    | { state: 'unsubstantiated'; reason: string }
    | { state: 'verified'; hazard: string; fineYuan?: number; paidDaysAgo?: number };
}

const DEMO_TIPOFFS: DemoTipoff[] = [
  {
    code: 'DEMQ-RECV-2345-6789',
    daysAgo: 1,
    description: '选矿车间夜班经常有人不戴安全帽，班长也不管',
    location: '选矿车间',
    reporter: { name: '陈建华', phone: '13907970001' },
    outcome: { state: 'received' },
  },
  {
    code: 'DEMQ-NSUB-2345-6789',
    daysAgo: 20,
    description: '尾矿库坝体出现裂缝，可能溃坝',
    location: '尾矿库',
    reporter: null,
    outcome: {
      state: 'unsubstantiated',
      reason: '经现场核查并调阅在线监测数据，坝体无裂缝，浸润线、位移均在正常范围内',
    },
  },
  {
    code: 'DEMQ-VERF-2345-6789',
    daysAgo: 6,
    description: '炸药临时存放点没有人看守，门也没锁',
    location: '井口东侧临时存放点',
    reporter: null,
    outcome: { state: 'verified', hazard: '井口东侧民爆物品临时存放点无专人看守、未上锁' },
  },
  {
    code: 'DEMQ-PAYD-2345-6789',
    daysAgo: 40,
    description: '主井提升机钢丝绳断丝很多，还在继续用',
    location: '主井提升机房',
    reporter: { name: '刘德明', phone: '13907970002' },
    outcome: {
      state: 'verified',
      hazard: '主井提升机钢丝绳断丝超标仍在使用',
      fineYuan: 80_000,
      paidDaysAgo: 5,
    },
  },
];

export async function seedTipoffs(db: Executor): Promise<void> {
  const mine = await db
    .selectFrom('enterprise')
    .select(['id', 'jurisdiction_code'])
    .where('name', '=', MINE)
    .executeTakeFirstOrThrow();
  const inspector = await db
    .selectFrom('app_user as u')
    .innerJoin('membership as m', 'm.user_id', 'u.id')
    .innerJoin('agency as a', 'a.id', 'm.agency_id')
    .innerJoin('jurisdiction as j', 'j.code', 'a.jurisdiction_code')
    .select(['u.id as userId', 'u.display_name', 'm.id', 'm.agency_id', 'j.code', 'j.path'])
    .where('u.phone', '=', INSPECTOR_PHONE)
    .executeTakeFirstOrThrow();
  const who = {
    id: inspector.id,
    role: 'inspector' as const,
    enterpriseId: null,
    agencyId: inspector.agency_id,
    jurisdictionCode: inspector.code,
    jurisdictionPath: inspector.path,
    userId: inspector.userId,
    displayName: inspector.display_name,
  };
  const now = Date.now();

  for (const tip of DEMO_TIPOFFS) {
    const receiptHash = hashReceiptCode(normalizeReceiptCode(tip.code)!);
    const exists = await db
      .selectFrom('tipoff')
      .select('id')
      .where('receipt_hash', '=', receiptHash)
      .executeTakeFirst();
    if (exists) continue; // idempotent
    const filedAt = new Date(now - tip.daysAgo * DAY);
    const decidedAt = new Date(filedAt.getTime() + 2 * DAY);
    const row: Insertable<TipoffTable> = {
      enterprise_id: mine.id,
      receipt_hash: receiptHash,
      kind: 'hazard',
      description: tip.description,
      location: tip.location,
      reporter_name: tip.reporter?.name ?? null,
      reporter_phone: tip.reporter?.phone ?? null,
      state: tip.outcome.state,
      filed_at: filedAt,
      reviewed_by: tip.outcome.state === 'received' ? null : who.userId,
      reviewed_at: tip.outcome.state === 'received' ? null : new Date(filedAt.getTime() + DAY),
      decided_by: tip.outcome.state === 'received' ? null : who.userId,
      decided_at: tip.outcome.state === 'received' ? null : decidedAt,
      reject_reason: tip.outcome.state === 'unsubstantiated' ? tip.outcome.reason : null,
      hazard_id: null,
      fine_fen: null,
      reward_fen: null,
      reward_recorded_by: null,
      reward_recorded_at: null,
      reward_paid_on: null,
      reward_paid_by: null,
    };
    if (tip.outcome.state === 'verified') {
      // The hazard opens through the hazards' one creation path, as the regulator's registration.
      row.hazard_id = await registerHazardIn(
        db,
        who,
        { id: mine.id, jurisdiction_code: mine.jurisdiction_code },
        '举报',
        {
          kind: '安全',
          category: '物的不安全状态',
          description: tip.outcome.hazard,
          location: tip.location,
          attachments: [],
        },
      );
      if (tip.outcome.fineYuan) {
        const fineFen = tip.outcome.fineYuan * 100;
        row.fine_fen = fineFen;
        row.reward_fen = rewardFen(fineFen, DEFAULT_SETTINGS.tipoffReward);
        row.reward_recorded_by = who.userId;
        row.reward_recorded_at = new Date(decidedAt.getTime() + 10 * DAY);
      }
      if (tip.outcome.paidDaysAgo !== undefined) {
        row.reward_paid_on = new Date(now - tip.outcome.paidDaysAgo * DAY)
          .toISOString()
          .slice(0, 10);
        row.reward_paid_by = who.userId;
      }
    }
    await db.insertInto('tipoff').values(row).execute();
  }
}
