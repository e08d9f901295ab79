import { isDeepStrictEqual } from 'node:util';
import type { Db, Executor, JurisdictionLevel } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { codesAlong, requireJurisdictionInScope } from '../../auth/scope.js';
import { conflict, forbidden, invalid } from '../../lib/errors.js';
import { decodeTimeCursor, toPage } from '../../lib/pagination.js';
import * as repo from './jurisdictions.repository.js';
import { DEFAULT_SETTINGS, type SettingKey, type Settings } from './settings.defaults.js';

type JurisdictionRow = Awaited<ReturnType<typeof repo.listJurisdictions>>[number];

const toDto = (j: JurisdictionRow) => ({
  code: j.code,
  name: j.name,
  level: j.level,
  parentCode: j.parent_code,
  path: j.path,
});

/** The levels a child may have under a parent of each level (直辖市 districts sit under the province). */
const CHILD_LEVELS: Record<JurisdictionLevel, JurisdictionLevel[]> = {
  province: ['city', 'county'],
  city: ['county'],
  county: ['town'],
  town: [],
};

/** The digits of a code that every code below it shares (GB/T 2260: 2 province, 4 city, 6 county). */
const SIGNIFICANT_DIGITS: Record<JurisdictionLevel, number> = {
  province: 2,
  city: 4,
  county: 6,
  town: 9,
};

export async function list(db: Db, m: ActingMembership) {
  const under = m.role === 'platform_admin' ? null : m.jurisdictionPath;
  if (m.role !== 'platform_admin' && !under) throw forbidden();
  return (await repo.listJurisdictions(db, under)).map(toDto);
}

export async function create(
  db: Db,
  input: { code: string; name: string; level: JurisdictionLevel; parentCode: string | null },
) {
  if ((input.level === 'town') !== (input.code.length === 9)) {
    throw invalid('code', '乡镇街道使用9位代码，其他层级使用6位代码');
  }
  let path = `/${input.code}/`;
  if (input.level === 'province') {
    if (input.parentCode) throw invalid('parentCode', '省级行政区没有上级');
  } else {
    if (!input.parentCode) throw invalid('parentCode', '非省级行政区必须指定上级');
    const parent = await repo.findJurisdiction(db, input.parentCode);
    if (!parent) throw invalid('parentCode', `上级行政区划 ${input.parentCode} 不存在`);
    if (!CHILD_LEVELS[parent.level].includes(input.level)) {
      throw invalid('level', `${parent.level} 之下不能设立 ${input.level}`);
    }
    const prefix = parent.code.slice(0, SIGNIFICANT_DIGITS[parent.level]);
    if (!input.code.startsWith(prefix)) {
      throw invalid('code', `下级行政区划代码须以上级的“${prefix}”开头`);
    }
    path = `${parent.path}${input.code}/`;
  }
  if (await repo.findJurisdiction(db, input.code)) {
    throw conflict(`行政区划代码 ${input.code} 已存在`);
  }
  return toDto(await repo.insertJurisdiction(db, { ...input, path }));
}

type OverrideRow = Awaited<ReturnType<typeof repo.overridesOf>>[number];

/** Defaults overlaid by `rows` (the overrides along one path, root first) in their order. */
function overlay(rows: OverrideRow[], ownCode: string) {
  const effective: Record<string, unknown> = structuredClone(DEFAULT_SETTINGS);
  const overrides: Record<string, unknown> = {};
  for (const row of rows) {
    if (!(row.key in DEFAULT_SETTINGS)) continue; // a key retired from the code
    effective[row.key] = row.value;
    if (row.jurisdiction_code === ownCode) overrides[row.key] = row.value;
  }
  return { effective: effective as Settings, overrides: overrides as Partial<Settings> };
}

/** Defaults overlaid by every override from the root down to the jurisdiction. */
export async function effectiveSettings(db: Db, path: string, ownCode: string) {
  return overlay(await repo.overridesAlongPath(db, path), ownCode);
}

/**
 * The settings in force at each of `places`, from one read of the overrides: for a list that
 * spans a subtree (a province's ~100 jurisdictions took two queries each).
 */
export async function settingsAtEach(db: Executor, places: { code: string; path: string }[]) {
  const rows = await repo.overridesOf(db, [...new Set(places.flatMap((p) => codesAlong(p.path)))]);
  return new Map(
    places.map((p) => {
      const along = new Set(codesAlong(p.path));
      return [
        p.code,
        overlay(
          rows.filter((r) => along.has(r.jurisdiction_code)),
          p.code,
        ).effective,
      ];
    }),
  );
}

/** The settings in force at a jurisdiction (an enterprise's: its `jurisdiction_code`). */
export async function settingsAt(db: Executor, code: string): Promise<Settings> {
  const j = await repo.findJurisdiction(db, code);
  if (!j) throw new Error(`jurisdiction ${code} not found`);
  return (await effectiveSettings(db as Db, j.path, code)).effective;
}

export async function getSettings(db: Db, m: ActingMembership, code: string) {
  const j = await requireJurisdictionInScope(db, m, code);
  return { code, ...(await effectiveSettings(db, j.path, code)) };
}

/** The standards a jurisdiction lists per industry must exist in the library. */
async function requireKnownStandards(db: Db, update: Partial<Record<SettingKey, unknown>>) {
  const byIndustry = update.criteriaStandardsByIndustry as Settings['criteriaStandardsByIndustry'];
  if (!byIndustry) return;
  const named = [...new Set(Object.values(byIndustry).flat())];
  const known = named.length
    ? await db.selectFrom('criteria_standard').select('code').where('code', 'in', named).execute()
    : [];
  for (const [industry, codes] of Object.entries(byIndustry)) {
    codes.forEach((code, i) => {
      if (!known.some((k) => k.code === code)) {
        throw invalid(`criteriaStandardsByIndustry.${industry}.${i}`, `判定标准 ${code} 不存在`);
      }
    });
  }
}

export async function updateSettings(
  db: Db,
  m: ActingMembership,
  userId: string,
  code: string,
  update: Partial<Record<SettingKey, unknown>>,
) {
  const j = await requireJurisdictionInScope(db, m, code);
  await requireKnownStandards(db, update);
  // Each change is logged (who, when, old → new; null = inherited) in the same transaction as
  // the override itself, so the log cannot miss a change nor record one that did not happen.
  await db.transaction().execute(async (trx) => {
    for (const [key, value] of Object.entries(update)) {
      if (value === undefined) continue;
      const old = await repo.lockOwnSetting(trx, code, key);
      if (isDeepStrictEqual(old, value)) continue; // nothing changes, nothing to log
      if (value === null) await repo.deleteSetting(trx, code, key);
      else await repo.upsertSetting(trx, code, key, value, userId);
      await repo.insertSettingChange(trx, { code, key, oldValue: old, newValue: value, userId });
    }
  });
  return { code, ...(await effectiveSettings(db, j.path, code)) };
}

/** Who changed which setting of the jurisdiction, when, from what to what (null = inherited). */
export async function listSettingChanges(
  db: Db,
  m: ActingMembership,
  code: string,
  q: { limit: number; cursor?: string },
) {
  await requireJurisdictionInScope(db, m, code);
  const rows = await repo.listSettingChanges(db, code, q.limit, decodeTimeCursor(q.cursor));
  const page = toPage(rows, q.limit, (c) => [new Date(c.changed_at).toISOString(), c.id]);
  return {
    items: page.items.map((c) => ({
      id: c.id,
      key: c.key,
      oldValue: c.old_value ?? null,
      newValue: c.new_value ?? null,
      changedBy: { id: c.changed_by, name: c.changed_by_name },
      changedAt: new Date(c.changed_at).toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
}
