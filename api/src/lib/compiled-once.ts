import type { Executor } from '@shuangfang/db';
import type { Compilable } from 'kysely';

// Kysely builds a query as an immutable tree and compiles it to SQL on every call: ~0.1–0.2 ms of
// CPU for a query with a few joins. A query that runs on every request (the session lookup) is
// built and compiled once instead, with a marker in place of each parameter, and then run with the
// request's values in those places. The SQL text stays the same, so a prepared statement is
// reused too (db/src/index.ts).

const MARKER = '\u0000compiled-once:';

/**
 * `build(db, params)` receives a marker string for each named parameter and must pass it as a
 * value (it must not be transformed); the returned function runs the compiled query with values.
 * Both drivers compile with PostgreSQL's compiler, so the first executor's compilation serves all.
 */
export function compiledOnce<Row, Name extends string>(
  names: readonly Name[],
  build: (db: Executor, params: Record<Name, string>) => Compilable<Row>,
) {
  let compiled: ReturnType<Compilable<Row>['compile']> | undefined;
  let slots: (Name | null)[] = [];
  return async (db: Executor, values: Record<Name, unknown>): Promise<Row[]> => {
    if (!compiled) {
      const markers = Object.fromEntries(names.map((n) => [n, MARKER + n])) as Record<Name, string>;
      compiled = build(db, markers).compile();
      slots = compiled.parameters.map((p) => names.find((n) => p === MARKER + n) ?? null);
      const missing = names.filter((n) => !slots.includes(n));
      if (missing.length)
        throw new Error(`compiledOnce: parameters not used: ${missing.join(', ')}`);
    }
    const parameters = compiled.parameters.map((p, i) => {
      const slot = slots[i];
      return slot ? values[slot] : p;
    });
    const result = await db.executeQuery<Row>({ ...compiled, parameters });
    return result.rows;
  };
}
