import { z } from '@hono/zod-openapi';
import {
  CERTIFICATE_REVOCATION_REASONS,
  CERTIFICATE_STATES,
  STANDARDIZATION_APPLICATION_STATES,
  STANDARDIZATION_LEVELS,
} from '@shuangfang/db';
import { PageQuery } from '../../lib/pagination.js';
import {
  EnterpriseItemParams,
  EnterpriseParam,
  JurisdictionFilter,
  orNull,
} from '../../lib/schemas.js';
import { Attachment } from '../hazards/hazards.schemas.js';
import { APPLICATION_MOVES } from './application-states.js';
import { CERTIFICATE_ACTIONS } from './standardization.access.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), { error: '不能包含空字符' });
const day = () =>
  z.iso.date().openapi({ description: '日期（YYYY-MM-DD，中国时间）', example: '2026-12-01' });

export { EnterpriseParam };
export const ItemParams = EnterpriseItemParams;

export const ApplyBody = z
  .object({
    level: z.enum(STANDARDIZATION_LEVELS).openapi({ description: '申请等级' }),
    selfScore: z
      .number()
      .min(0)
      .max(100)
      .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { error: '最多两位小数' })
      .openapi({ description: '自评得分（百分制）', example: 82.5 }),
    materials: z
      .array(Attachment)
      .min(1)
      .max(20)
      .openapi({ description: '申请材料（本企业已上传的文件）' }),
  })
  .strict()
  .openapi('StandardizationApplyBody');
export type ApplyInput = z.infer<typeof ApplyBody>;

export const ApplicationMoveBody = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('publicize'), note: text(1000).optional() }),
    z.object({ action: z.literal('reject'), reason: text(1000).openapi({ description: '理由' }) }),
    z.object({
      action: z.literal('grant'),
      number: text(50).openapi({ description: '证书编号（唯一）', example: '赣AQBJXIII202600001' }),
      validFrom: day().optional().openapi({ description: '有效期起（默认评定当日）' }),
      validTo: day().optional().openapi({ description: '有效期至（默认按有效期年限）' }),
    }),
  ])
  .openapi('StandardizationApplicationMove', {
    description: 'publicize 审核通过并公示；reject 不予通过（写明理由）；grant 公示期满后评定发证',
  });
export type ApplicationMoveInput = z.infer<typeof ApplicationMoveBody>;

export const CertificateMoveBody = z
  .discriminatedUnion('action', [
    z.object({
      action: z.literal('revoke'),
      reason: z.enum(CERTIFICATE_REVOCATION_REASONS).openapi({ description: '撤销理由' }),
      note: text(1000).optional(),
    }),
    z.object({
      action: z.literal('keep'),
      note: text(1000).openapi({
        description: '不予撤销的理由（对因列入严重失信主体名单待决定撤销的证书作出决定）',
        example: '失信行为与标准化运行无关，经研究保留证书并加强监管',
      }),
    }),
    z.object({
      action: z.literal('downgrade'),
      reason: z.enum(CERTIFICATE_REVOCATION_REASONS).openapi({ description: '降级理由' }),
      level: z.enum(STANDARDIZATION_LEVELS).openapi({ description: '降为的等级' }),
      number: text(50).openapi({ description: '新证书编号（唯一）' }),
      note: text(1000).optional(),
    }),
  ])
  .openapi('StandardizationCertificateMove', {
    description:
      'revoke 撤销；downgrade 降级（原证书作废，按新等级发新证，有效期至不变）；keep 对待决定的撤销事项决定保留证书（须写明理由）',
  });
export type CertificateMoveInput = z.infer<typeof CertificateMoveBody>;

const flag = () => z.enum(['true', 'false']).optional();

export const ApplicationListQuery = PageQuery.extend({
  state: z.enum(STANDARDIZATION_APPLICATION_STATES).optional(),
  mine: flag().openapi({ description: 'true：只看本部门为评定机关的申请' }),
});
export type ApplicationListInput = z.infer<typeof ApplicationListQuery>;

export const CertificateListQuery = PageQuery.extend({
  revocationPending: flag().openapi({
    description: 'true：只看持证企业列入严重失信名单、待发证机关决定是否撤销的证书',
  }),
  state: z.enum(CERTIFICATE_STATES).optional().openapi({
    description: '证书状态（有效期已过的按已过期算）',
  }),
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional().openapi({
    description: '只看该天数内到期的有效证书',
    example: 90,
  }),
  jurisdictionCode: JurisdictionFilter,
});
export type CertificateListInput = z.infer<typeof CertificateListQuery>;

export const PublicQuery = z.object({
  q: text(100)
    .refine((s) => s.length >= 2, { error: '请输入至少 2 个字' })
    .openapi({ description: '企业名称或统一社会信用代码', example: '石城' }),
});

const Ref = z.object({ id: z.uuid(), name: z.string() });

export const ApplicationSchema = z
  .object({
    id: z.uuid(),
    enterpriseId: z.uuid(),
    enterpriseName: z.string(),
    level: z.enum(STANDARDIZATION_LEVELS),
    selfScore: z.number(),
    materials: z.array(Attachment),
    authority: Ref.openapi({ description: '评定机关' }),
    state: z.enum(STANDARDIZATION_APPLICATION_STATES),
    submittedAt: z.string(),
    reviewedAt: z.string().nullable(),
    reviewNote: z.string().nullable().openapi({ description: '审核意见或不予通过的理由' }),
    publicityUntil: z.string().nullable().openapi({ description: '公示截止时间' }),
    decidedAt: z.string().nullable(),
    actions: z.array(z.enum(APPLICATION_MOVES)).openapi({ description: '当前用户现在可做的操作' }),
  })
  .openapi('StandardizationApplication');
export type ApplicationDto = z.infer<typeof ApplicationSchema>;

const CertificateSchema = z
  .object({
    id: z.uuid(),
    enterpriseId: z.uuid(),
    enterpriseName: z.string(),
    number: z.string(),
    level: z.enum(STANDARDIZATION_LEVELS),
    validFrom: z.string(),
    validTo: z.string(),
    daysLeft: z.number().int().nullable().openapi({ description: '有效证书距到期的天数' }),
    agency: Ref.openapi({ description: '发证机关' }),
    grantedAt: z.string(),
    state: z.enum(CERTIFICATE_STATES).openapi({ description: '有效期已过即为已过期' }),
    endedAt: z.string().nullable(),
    endReason: z.string().nullable().openapi({ description: '撤销、降级的理由' }),
    replacesId: z.uuid().nullable().openapi({ description: '降级前的证书' }),
    revocationReview: z
      .object({
        id: z.uuid(),
        reason: z.enum(CERTIFICATE_REVOCATION_REASONS).openapi({
          description: '待决定的撤销理由（撤销时预填）',
        }),
        blacklistEntryId: z.uuid(),
        openedAt: z.string(),
      })
      .nullable()
      .openapi({ description: '持证企业列入严重失信名单，待发证机关决定是否撤销；无则为 null' }),
    actions: z.array(z.enum(CERTIFICATE_ACTIONS)).openapi({
      description: '当前账号现在可做的操作：revoke 撤销、downgrade 降级、keep 决定保留',
    }),
  })
  .openapi('StandardizationCertificate');
export type CertificateDto = z.infer<typeof CertificateSchema>;

export const EnterpriseStandardizationSchema = z
  .object({
    level: z.enum(STANDARDIZATION_LEVELS).nullable().openapi({ description: '当前等级' }),
    current: orNull(CertificateSchema).openapi({ description: '当前有效证书' }),
    certificates: z.array(CertificateSchema).openapi({ description: '全部证书，新的在前' }),
    applications: z.array(ApplicationSchema).openapi({ description: '全部申请，新的在前' }),
    applyRefusals: z
      .array(
        z.object({
          path: z
            .enum(['registerCompleteness', 'creditStatus', 'majorHazards'])
            .openapi({ description: '不予受理的条件' }),
          message: z.string().openapi({ description: '原因' }),
        }),
      )
      .openapi({
        description: '现在申请会被拒绝受理的全部原因（空表示可以申请），在填写申请前告知企业',
      }),
  })
  .openapi('EnterpriseStandardization');

export const ApplicationPageSchema = z.object({
  items: z.array(ApplicationSchema),
  nextCursor: z.string().nullable(),
});
export const CertificatePageSchema = z.object({
  items: z.array(CertificateSchema),
  nextCursor: z.string().nullable(),
});

const PublicCertificateSchema = z
  .object({
    enterpriseName: z.string(),
    creditCode: z.string(),
    level: z.enum(STANDARDIZATION_LEVELS),
    number: z.string(),
    validFrom: z.string(),
    validTo: z.string(),
    agencyName: z.string().openapi({ description: '发证机关' }),
    holderListed: z.boolean().openapi({ description: '持证企业现列入严重失信主体名单' }),
    revocationPending: z.boolean().openapi({
      description: '因列入严重失信主体名单，证书待发证机关决定是否撤销',
    }),
  })
  .openapi('PublicStandardizationCertificate');
export const PublicResultSchema = z.object({ items: z.array(PublicCertificateSchema) });

const PublicityEntrySchema = z
  .object({
    enterpriseName: z.string(),
    creditCode: z.string(),
    level: z.enum(STANDARDIZATION_LEVELS).openapi({ description: '拟定等级' }),
    selfScore: z.number().openapi({ description: '自评得分' }),
    authorityName: z.string().openapi({ description: '评定机关' }),
    publicityUntil: z.string().nullable().openapi({ description: '公示截止时间' }),
  })
  .openapi('StandardizationPublicityEntry');
export const PublicityListSchema = z.object({
  items: z.array(PublicityEntrySchema).openapi({ description: '公示中的定级申请，截止早的在前' }),
});
