// The jurisdiction settings in groups, one form each (the keys of
// api/src/modules/jurisdictions/settings.defaults.ts). A key no group names yet lands in `other`,
// so a setting added later is still shown and editable.

export const SETTING_GROUPS = {
  grading: ['lecBands', 'lsBands', 'controlLevelByGrade', 'repeatHazard'],
  reporting: ['dualReportDeadlineWorkingDays'],
  standardization: [
    'standardizationScoreFloors',
    'standardizationValidityYears',
    'standardizationPublicityDays',
  ],
  credit: [
    'blacklistStatementWorkingDays',
    'inspectionWeights',
    'inspectionPublicationWorkingDays',
    'tipoffReward',
  ],
  lists: ['listNames'],
} as const;

export type GroupName = keyof typeof SETTING_GROUPS | 'other';

/** Every group with the keys present in `effective`, in display order. */
export function groupsOf(effective: Record<string, unknown>): [GroupName, string[]][] {
  const named = new Set<string>(Object.values(SETTING_GROUPS).flat());
  const groups: [GroupName, string[]][] = Object.entries(SETTING_GROUPS).map(([name, keys]) => [
    name as GroupName,
    keys.filter((k) => k in effective),
  ]);
  const other = Object.keys(effective).filter((k) => !named.has(k));
  if (other.length > 0) groups.push(['other', other]);
  return groups.filter(([, keys]) => keys.length > 0);
}

/** A typed value read back as its setting's type: numbers stay numbers, text stays text. */
function parse(raw: string, like: unknown): unknown {
  if (typeof like !== 'number') return raw;
  const n = Number(raw);
  // Left as typed when it is not a number, so the API names the field and the rule.
  return raw !== '' && Number.isFinite(n) ? n : raw;
}

/** The value a form's fields give for `key`, shaped like its effective value. */
export function valueFromForm(form: FormData, key: string, effective: unknown): unknown {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  if (effective !== null && typeof effective === 'object') {
    return Object.fromEntries(
      Object.entries(effective as Record<string, unknown>).map(([sub, like]) => [
        sub,
        parse(text(`${key}.${sub}`), like),
      ]),
    );
  }
  return parse(text(key), effective);
}

/** The form's field names and what was typed, to put back beside an error. */
export function typedValues(form: FormData, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string' && keys.some((k) => name === k || name.startsWith(`${k}.`))) {
      out[name] = value;
    }
  }
  return out;
}
