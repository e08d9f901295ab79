import { CERTIFICATE_REVOCATION_REASONS, STANDARDIZATION_LEVELS } from '@shuangfang/db';
import type { Row } from './copy.js';
import type { EnterpriseRows } from './enterprises.js';
import type { Rng } from './prng.js';

// The regulator console's rows for one enterprise: its 安全生产标准化 certificate (active, expired
// or revoked), its place on the 严重失信 list (a few per mille, some removed) and the 挂牌督办 of
// its 重大 hazards. Returns the two enterprise columns they decide, so the row stays in step.

const DAY = 86_400_000;
const YEAR = 365 * DAY;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export interface RegulatorRows {
  standardizationLevel: string | null;
  creditStatus: 'normal' | 'blacklisted';
  rows: {
    standardization_certificate: Row[];
    blacklist_entry: Row[];
    blacklist_event: Row[];
    hazard_supervision: Row[];
  };
}

/** A hazard as the supervision draw needs it (columns of the hazard row). */
export interface MajorHazard {
  id: string;
  state: string;
  deadline: Date | null;
  created: Date;
  closedAt: Date | null;
}

export function buildRegulatorRows(
  rng: Rng,
  e: EnterpriseRows,
  index: number,
  inspectorId: string,
  majors: MajorHazard[],
  until: Date,
): RegulatorRows {
  const end = until.getTime();
  const out: RegulatorRows = {
    standardizationLevel: null,
    creditStatus: 'normal',
    rows: {
      standardization_certificate: [],
      blacklist_entry: [],
      blacklist_event: [],
      hazard_supervision: [],
    },
  };

  if (rng.chance(0.45)) {
    const level = rng.weighted([
      [STANDARDIZATION_LEVELS[0], 2],
      [STANDARDIZATION_LEVELS[1], 20],
      [STANDARDIZATION_LEVELS[2], 78],
    ] as const);
    // Granted within the last four years: a quarter have expired, some expire within 90 days.
    const from = Math.floor((end - rng.next() * 4 * YEAR) / DAY) * DAY;
    const to = from + 3 * YEAR;
    const revoked = to > end && rng.chance(0.03);
    const endedAt = to <= end ? to : revoked ? from + rng.next() * (end - from) : null;
    const state = to <= end ? 'expired' : revoked ? 'revoked' : 'active';
    if (state === 'active') out.standardizationLevel = level;
    out.rows.standardization_certificate.push([
      e.id,
      rng.uuid(),
      null,
      `BZH-${level === '一级' ? 1 : level === '二级' ? 2 : 3}-${iso(from).slice(0, 4)}-${String(index).padStart(6, '0')}`,
      level,
      iso(from),
      iso(to),
      e.agencyId,
      null,
      new Date(from),
      state,
      endedAt === null ? null : new Date(endedAt),
      null,
      revoked
        ? rng.pick(CERTIFICATE_REVOCATION_REASONS)
        : state === 'expired'
          ? '有效期届满'
          : null,
      null,
      e.jurisdictionCode,
    ]);
  }

  if (rng.chance(0.004)) {
    const entryId = rng.uuid();
    const proposed = end - rng.next() * 4 * YEAR;
    const notified = proposed + 2 * DAY;
    const listed = notified + 10 * DAY;
    const listedUntil = listed + 3 * YEAR;
    const early = listed + YEAR < end && rng.chance(0.2);
    const removedAt = listedUntil <= end ? listedUntil : early ? listed + YEAR + 30 * DAY : null;
    const state =
      listed > end ? 'notified' : removedAt !== null && removedAt <= end ? 'removed' : 'listed';
    if (state === 'listed') out.creditStatus = 'blacklisted';
    const number = `应急罚〔${new Date(proposed).getUTCFullYear()}〕${index}号`;
    out.rows.blacklist_entry.push([
      e.id,
      entryId,
      e.agencyId,
      state,
      number,
      '发生较大生产安全事故且负有责任',
      '《安全生产严重失信主体名单管理办法》第五条',
      inspectorId,
      new Date(proposed),
      new Date(notified),
      new Date(notified + 7 * DAY),
      state === 'notified' ? null : `应急失信〔${new Date(listed).getUTCFullYear()}〕${index}号`,
      state === 'notified' ? null : new Date(listed),
      state === 'notified' ? null : new Date(listedUntil),
      state === 'removed' ? new Date(removedAt!) : null,
      state === 'removed' ? (early ? 'early' : 'expired') : null,
    ]);
    const moves: [string, string | null, string, number][] = [
      ['propose', null, 'proposed', proposed],
      ['notify', 'proposed', 'notified', notified],
    ];
    if (state !== 'notified') moves.push(['list', 'notified', 'listed', listed]);
    if (state === 'removed') moves.push(['remove', 'listed', 'removed', removedAt!]);
    for (const [action, from, to, at] of moves)
      out.rows.blacklist_event.push([
        rng.uuid(),
        e.id,
        entryId,
        action,
        from,
        to,
        action === 'remove' && !early ? null : inspectorId,
        null,
        new Date(at),
      ]);
  }

  // 挂牌督办: half of the open 重大 hazards are listed; closed ones that were listed are unlisted.
  majors.forEach((h, k) => {
    if (!rng.chance(0.5)) return;
    const open = h.state === 'rectifying' || h.state === 'awaiting_acceptance';
    if (!open && !h.closedAt) return;
    const listedAt = h.created.getTime() + 3 * DAY;
    if (listedAt > end || (h.closedAt && h.closedAt.getTime() <= listedAt)) return;
    out.rows.hazard_supervision.push([
      e.id,
      rng.uuid(),
      h.id,
      e.agencyId,
      `督〔${new Date(listedAt).getUTCFullYear()}〕${index}-${k + 1}`,
      h.deadline ?? new Date(listedAt + 60 * DAY),
      '按期完成整改并报送销号报告',
      open ? 'listed' : 'unlisted',
      inspectorId,
      new Date(listedAt),
      open ? null : inspectorId,
      open ? null : h.closedAt,
      open ? null : '整改验收合格，予以摘牌',
      e.jurisdictionCode,
    ]);
  });
  return out;
}
