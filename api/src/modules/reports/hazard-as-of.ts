import type { HazardGrade, HazardRow, HazardState } from '@shuangfang/db';

// A hazard as it stood at a past instant, read from its event chain (docs/domain.md section 3:
// a statistics report counts states as of its own generation time). The state is the `to_state`
// of the last event at or before that instant; grade, deadline and funds are the last values an
// event up to then carried in its payload (register and confirm carry the grade, confirm and an
// approved extension the deadline, confirm the plan, a plan edit both under `after`). A value no
// event ever carried is the row's own; one only a later event carried did not exist yet (null).

type Fields = Pick<HazardRow, 'grade' | 'state' | 'source' | 'kind' | 'deadline' | 'plan'>;

export interface HazardAt {
  grade: HazardGrade | null;
  state: HazardState;
  source: HazardRow['source'];
  kind: HazardRow['kind'];
  deadline: Date | null;
  funds: number;
}

export interface EventAt {
  at: Date | string;
  to_state: HazardState;
  payload: Record<string, unknown>;
}

type Carried<T> = { before: T | undefined; later: boolean };

function carried<T>(
  events: EventAt[],
  when: Date,
  read: (p: Record<string, unknown>) => T | undefined,
) {
  const c: Carried<T> = { before: undefined, later: false };
  for (const e of events) {
    const v = read(e.payload ?? {});
    if (v === undefined) continue;
    if (new Date(e.at) <= when) c.before = v;
    else c.later = true;
  }
  return c;
}

function pick<T>(c: Carried<T>, own: T, none: T): T {
  if (c.before !== undefined) return c.before;
  return c.later ? none : own;
}

const has = (p: Record<string, unknown>, k: string) => Object.prototype.hasOwnProperty.call(p, k);

/** The plan as a plan edit left it (its payload's `after`). */
const edited = (p: Record<string, unknown>) =>
  has(p, 'after') ? (p.after as Record<string, unknown> | null) : undefined;

/**
 * `h` at `when`, from its events in chain order; null when it had not been registered by then.
 * A hazard with no event at all (a row imported directly) counts as its row stands.
 */
export function hazardAsOf(h: Fields, events: EventAt[], when: Date): HazardAt | null {
  const ownFunds = h.plan?.funds ?? 0;
  if (events.length === 0) {
    return { ...h, deadline: h.deadline ? new Date(h.deadline) : null, funds: ownFunds };
  }
  const last = events.filter((e) => new Date(e.at) <= when).at(-1);
  if (!last) return null;
  const grade = carried(events, when, (p) =>
    has(p, 'grade') ? ((p.grade ?? null) as HazardGrade | null) : undefined,
  );
  const deadline = carried(events, when, (p) => {
    const d = has(p, 'deadline') ? p.deadline : edited(p)?.deadline;
    return d === undefined ? undefined : d === null ? null : new Date(String(d));
  });
  const funds = carried(events, when, (p) => {
    if (has(p, 'plan')) return (p.plan as { funds?: number } | null)?.funds ?? 0;
    const after = edited(p);
    return after ? Number(after.funds ?? 0) : undefined;
  });
  return {
    source: h.source,
    kind: h.kind,
    state: last.to_state,
    grade: pick(grade, h.grade, null),
    deadline: pick(deadline, h.deadline ? new Date(h.deadline) : null, null),
    funds: pick(funds, ownFunds, 0),
  };
}
