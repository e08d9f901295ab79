import type { HazardGrade, HazardManageType, HazardStoppage } from '@shuangfang/db';
import type { ErrorIssue } from '../../lib/errors.js';

// What a confirmation must carry (docs/domain.md section 2). 限期整改 needs the 五到位 plan before the
// hazard enters rectifying: measures, responsible person, funds (元), deadline and contingency
// plan. A 重大隐患 cannot be removed at once (原安监总局令第16号), so it is always 限期整改, and its
// plan also states 现状及原因, 危害程度和整改难易程度分析, 治理目标 and whether production stops.

interface PlanInput {
  measures?: string;
  responsiblePerson?: string;
  responsibleUserId?: string | null;
  funds?: number;
  deadline?: string;
  contingencyPlan?: string;
  currentSituation?: string;
  harmAnalysis?: string;
  goal?: string;
  stoppage?: HazardStoppage;
}

const FIVE_IN_PLACE: Record<string, string> = {
  measures: '整改措施',
  responsiblePerson: '整改责任人',
  funds: '整改资金（元）',
  deadline: '整改时限',
  contingencyPlan: '应急预案（整改期间的安全防范措施）',
};

const MAJOR_EXTRAS: Record<string, string> = {
  currentSituation: '现状及原因',
  harmAnalysis: '危害程度和整改难易程度分析',
  goal: '治理目标',
  stoppage: '停产范围（不停产、局部停产或全部停产）',
};

/** Every missing or inconsistent field of a confirmation, each named by its path. */
export function confirmationProblems(
  grade: HazardGrade,
  manageType: HazardManageType,
  plan: PlanInput | undefined,
  now: Date,
): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  if (grade === '重大' && manageType !== '限期整改') {
    issues.push({ path: 'manageType', message: '重大隐患不能即查即改，须限期整改' });
  }
  if (manageType === '限期整改') {
    if (!plan) {
      issues.push({ path: 'plan', message: '限期整改须填写治理方案（五到位）' });
      return issues;
    }
    const required = grade === '重大' ? { ...FIVE_IN_PLACE, ...MAJOR_EXTRAS } : FIVE_IN_PLACE;
    for (const [field, name] of Object.entries(required)) {
      if (plan[field as keyof PlanInput] === undefined) {
        const kind =
          grade === '重大' && field in MAJOR_EXTRAS ? '重大隐患治理方案' : '限期整改（五到位）';
        issues.push({ path: `plan.${field}`, message: `${kind}须填写${name}` });
      }
    }
  }
  if (plan?.deadline !== undefined && new Date(plan.deadline) <= now) {
    issues.push({ path: 'plan.deadline', message: '整改时限须晚于当前时间' });
  }
  return issues;
}
