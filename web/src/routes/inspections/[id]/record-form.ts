// The field names of the record form, shared by the page and its action: each finding block n
// carries its own description, kind, category, photos and hazard choice.

/** The most finding blocks one form carries (the API takes up to 50 findings). */
export const FINDINGS_MAX = 20;

export function findingFields(n: number) {
  return {
    description: `finding-${n}-description`,
    kind: `finding-${n}-kind`,
    category: `finding-${n}-category`,
    photo: `finding-${n}-photo`,
    openHazard: `finding-${n}-openHazard`,
    grade: `finding-${n}-grade`,
    deadline: `finding-${n}-deadline`,
  };
}

/** How many finding blocks the submitted form had (its hidden `findingCount`). */
export function findingCountOf(form: FormData): number {
  const n = Number(form.get('findingCount'));
  return Number.isInteger(n) && n >= 1 ? Math.min(n, FINDINGS_MAX) : 1;
}

/**
 * The form field an API issue is about: `findings.1.hazard.deadline` is the deadline of the
 * block the second finding sent came from, `itemResults.0.…` the first item's result.
 */
export function issueField(path: string, numbering: number[], items: { id: string }[]): string {
  const parts = path.split('.');
  if (parts[0] === 'findings' && parts.length > 2) {
    const n = numbering[Number(parts[1])] ?? 0;
    const leaf = parts.at(-1)!;
    const fields = findingFields(n) as Record<string, string>;
    return leaf === 'attachments' ? fields.photo! : (fields[leaf] ?? fields.description!);
  }
  if (parts[0] === 'itemResults' && parts.length > 1) {
    const item = items[Number(parts[1])];
    if (item) return `result-${item.id}`;
  }
  return parts.at(-1) ?? path;
}
