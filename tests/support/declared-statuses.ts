import { appendFileSync } from 'node:fs';

// The OpenAPI document promises integrators every status a route returns (issue 20). Every reply
// the tests see is checked against it, so a route that answers with a status it does not declare
// fails the test that provoked it.

interface Operation {
  method: string;
  pattern: RegExp;
  statuses: Set<string>;
}

type Doc = { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> };

let operations: Operation[] | undefined;

function compile(doc: Doc): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      // /api/v1/hazards/{id} matches /api/v1/hazards/0f…; literal segments win over parameters
      // because they are tried first (sorted below).
      pattern: new RegExp(
        `^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
      ),
      statuses: new Set(Object.keys(op.responses ?? {})),
    })),
  );
}

const parameterCount = (o: Operation) => (o.pattern.source.match(/\[\^\/\]\+/g) ?? []).length;

/** Loads the document once per process from an app (every app serves the same document). */
export async function loadDeclaredStatuses(fetchDoc: () => Promise<Doc>): Promise<void> {
  if (operations) return;
  operations = compile(await fetchDoc()).sort((a, b) => parameterCount(a) - parameterCount(b));
}

/** Fails when a documented route answered with a status its document does not list. */
export function checkDeclaredStatus(method: string, url: string, status: number): void {
  if (!operations) return;
  const path = new URL(url).pathname;
  const op = operations.find((o) => o.method === method && o.pattern.test(path));
  // An undocumented path (a 404 for a route that does not exist) promises nothing.
  if (!op || op.statuses.has(String(status)) || op.statuses.has('default')) return;
  const line = `${method} ${op.pattern.source} → ${status} (declared: ${[...op.statuses].join(', ')})`;
  if (process.env.UNDECLARED_LOG) {
    appendFileSync(process.env.UNDECLARED_LOG, `${line}\n`);
    return;
  }
  throw new Error(`undeclared status: ${line}`);
}
