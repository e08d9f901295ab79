import type { Db, EnterpriseRow } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import type { ErrorIssue } from '../../lib/errors.js';
import { completeness } from '../completeness/completeness.service.js';

// The three reasons an application is refused (docs/domain.md section 4): the 一图一牌三清单 is
// incomplete, the enterprise is on the 严重失信 blacklist, or it has an open 重大隐患. All are
// checked and every one that applies is named, so the enterprise learns everything at once.

type Missing = Awaited<ReturnType<typeof completeness>>;

function whatIsMissing(c: Missing): string {
  const parts: string[] = [];
  if (c.empty) parts.push('尚未登记风险分析对象');
  if (c.noPositions) parts.push('尚未设置岗位');
  if (c.missing.sitePlan) parts.push('未上传平面图');
  const counted: [unknown[], string][] = [
    [c.missing.objectsNotPlaced, '个对象未在平面图上标注'],
    [c.missing.eventsNotAssessed, '个风险事件未评估'],
    [c.missing.eventsWithoutMeasure, '个风险事件没有管控措施'],
    [c.missing.majorEventsWithoutEmergencyMeasure, '个重大、较大风险事件没有应急处置措施'],
    [c.missing.positionsWithoutBoard, '个岗位没有告知卡'],
  ];
  for (const [items, what] of counted) if (items.length) parts.push(`${items.length} ${what}`);
  return parts.join('；');
}

export async function applicationRefusals(
  db: Db,
  m: ActingMembership,
  enterprise: EnterpriseRow,
): Promise<ErrorIssue[]> {
  const issues: ErrorIssue[] = [];
  const register = await completeness(db, m, enterprise.id);
  if (!register.complete) {
    issues.push({
      path: 'registerCompleteness',
      message: `一图一牌三清单不完整（${whatIsMissing(register)}）`,
    });
  }
  if (enterprise.credit_status === 'blacklisted') {
    issues.push({ path: 'creditStatus', message: '企业已列入安全生产严重失信主体名单' });
  }
  const { count } = await db
    .selectFrom('hazard')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('enterprise_id', '=', enterprise.id)
    .where('grade', '=', '重大')
    .where('state', 'not in', ['closed', 'rejected'])
    .executeTakeFirstOrThrow();
  if (Number(count) > 0) {
    issues.push({ path: 'majorHazards', message: `有 ${Number(count)} 项未销号的重大隐患` });
  }
  return issues;
}
