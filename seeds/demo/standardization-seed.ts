import type { Executor, StandardizationLevel } from '@shuangfang/db';
import { sql } from 'kysely';
import { drawSitePlan } from './site-plan-image.js';

// 安全生产标准化 in the demo: a 三级 certificate expiring within 90 days, one
// revoked with its reason, a current 二级, and an application on 公示 before the province — with
// the 主要负责人 who applied, so the flow can be walked on. The enterprise's level column is set
// as the API keeps it. Idempotent: certificate numbers and the user's phone are unique.

const DAY = 86_400_000;

/** The applicant of the demo application (password: the demo password). */
export const STANDARDIZATION_DEMO_USER = {
  phone: '13800000121',
  name: '莲乡食品主要负责人',
  enterprise: '石城县莲乡食品有限公司',
};

const chinaDate = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const ago = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

async function ids(db: Executor) {
  const enterprises = await db.selectFrom('enterprise').select(['id', 'name']).execute();
  const agencies = await db.selectFrom('agency').select(['id', 'name']).execute();
  const enterprise = (name: string) => enterprises.find((e) => e.name === name)!.id;
  const agency = (name: string) => agencies.find((a) => a.name === name)!.id;
  return { enterprise, agency };
}

export async function seedStandardization(db: Executor, passwordHash: string, now = new Date()) {
  const exists = await db
    .selectFrom('standardization_certificate')
    .select('id')
    .where('number', '=', '赣AQBIII2023036001')
    .executeTakeFirst();
  if (exists) return;
  const { enterprise, agency } = await ids(db);
  const city = agency('赣州市应急管理局');
  const province = agency('江西省应急管理厅');

  const certificate = async (
    enterpriseName: string,
    c: { number: string; level: StandardizationLevel; agencyId: string; from: Date; to: string },
    end?: { reason: string; at: Date },
  ) => {
    const enterpriseId = enterprise(enterpriseName);
    await db
      .insertInto('standardization_certificate')
      .values({
        enterprise_id: enterpriseId,
        number: c.number,
        level: c.level,
        valid_from: chinaDate(c.from),
        valid_to: c.to,
        agency_id: c.agencyId,
        granted_at: c.from,
        state: end ? 'revoked' : 'active',
        ended_at: end?.at ?? null,
        end_reason: end?.reason ?? null,
      })
      .execute();
    await db
      .updateTable('enterprise')
      .set({ standardization_level: end ? null : c.level })
      .where('id', '=', enterpriseId)
      .execute();
  };

  // Granted nearly three years ago: its last day falls 45 days from now.
  await certificate('石城县宝福化工有限公司', {
    number: '赣AQBIII2023036001',
    level: '三级',
    agencyId: city,
    from: ago(now, 3 * 365 - 45),
    to: chinaDate(new Date(now.getTime() + 45 * DAY)),
  });
  await certificate(
    '石城县通天寨烟花爆竹有限公司',
    {
      number: '赣AQBII2025036002',
      level: '二级',
      agencyId: province,
      from: ago(now, 400),
      to: chinaDate(new Date(now.getTime() + (3 * 365 - 400) * DAY)),
    },
    { reason: '重大隐患未按期整改：仓库防雷设施隐患逾期 60 日未整改', at: ago(now, 20) },
  );
  await certificate('九江石化储运有限公司', {
    number: '赣AQBII2024040001',
    level: '二级',
    agencyId: province,
    from: ago(now, 300),
    to: chinaDate(new Date(now.getTime() + (3 * 365 - 300) * DAY)),
  });

  // The application on 公示: submitted 10 days ago, put on 公示 2 days ago for the default 7 days.
  const applicantEnterprise = enterprise(STANDARDIZATION_DEMO_USER.enterprise);
  const { id: userId } = await db
    .insertInto('app_user')
    .values({
      phone: STANDARDIZATION_DEMO_USER.phone,
      display_name: STANDARDIZATION_DEMO_USER.name,
      password_hash: passwordHash,
    })
    .onConflict((oc) => oc.column('phone').doUpdateSet({ phone: sql`excluded.phone` }))
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('membership')
    .values({ user_id: userId, role: 'enterprise_admin', enterprise_id: applicantEnterprise })
    .onConflict((oc) => oc.doNothing())
    .execute();
  // What the enterprise filed with it, for the reviewer to open: its layout drawing.
  const drawing = drawSitePlan([
    [
      [150, 150],
      [550, 150],
      [550, 450],
      [150, 450],
    ],
  ]).png;
  const material = await db
    .insertInto('upload')
    .values({
      enterprise_id: applicantEnterprise,
      name: '企业平面布置图.png',
      content_type: 'image/png',
      byte_size: drawing.byteLength,
      data: drawing,
      uploaded_by: userId,
    })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
  const reviewer = await db
    .selectFrom('app_user')
    .select('id')
    .where('phone', '=', '13800000004')
    .executeTakeFirst();
  await db
    .insertInto('standardization_application')
    .values({
      enterprise_id: applicantEnterprise,
      level: '二级',
      self_score: 81.5,
      materials: [{ name: material.name, ref: material.id }],
      authority_agency_id: province,
      state: 'publicity',
      submitted_by: userId,
      submitted_at: ago(now, 10),
      reviewed_by: reviewer?.id ?? null,
      reviewed_at: ago(now, 2),
      review_note: '自评材料齐全，现场评审符合二级要求',
      publicity_until: new Date(ago(now, 2).getTime() + 7 * DAY),
    })
    .execute();
}
