import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openApiDocument } from '@shuangfang/api';
import { creditCodeProblem } from '../../api/src/lib/credit-code.js';
import { API_TYPES_FILE, apiTypes } from '../../web/scripts/api-types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

// The OpenAPI document is the contract of the web app and of integrators alike
// (docs/architecture.md "One contract"): the web's types must be generated from it as it is now,
// an independent linter must find nothing wrong in it, and what it shows as examples must be
// what the API accepts.

const run = promisify(execFile);
const doc = openApiDocument() as any;
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

const operations = () =>
  Object.entries(doc.paths as Record<string, any>).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m] })),
  );

/** Every schema object in the document with where it sits, components and inline alike. */
function* schemas(node: any, at: string): Generator<{ at: string; schema: any }> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) yield* schemas(child, `${at}[${i}]`);
    return;
  }
  if ('type' in node || 'enum' in node || 'anyOf' in node || 'oneOf' in node)
    yield { at, schema: node };
  for (const [key, child] of Object.entries(node)) yield* schemas(child, `${at}.${key}`);
}

/** What is wrong with an example for its own schema, per JSON Schema and the product's rules. */
function exampleProblem(name: string, s: any, example: unknown): string | null {
  if (s.enum && !s.enum.includes(example)) return `not one of ${s.enum.join(', ')}`;
  if (typeof example === 'string') {
    if (s.pattern && !new RegExp(s.pattern).test(example)) return `does not match ${s.pattern}`;
    if (s.maxLength !== undefined && [...example].length > s.maxLength) return 'too long';
    if (s.minLength !== undefined && [...example].length < s.minLength) return 'too short';
    if (s.format === 'uuid' && !/^[0-9a-f-]{36}$/i.test(example)) return 'not a uuid';
    if (s.format === 'date' && Number.isNaN(Date.parse(example))) return 'not a date';
    if (name === 'creditCode') return creditCodeProblem(example);
  }
  if (typeof example === 'number') {
    if (s.minimum !== undefined && example < s.minimum) return `below ${s.minimum}`;
    if (s.maximum !== undefined && example > s.maximum) return `above ${s.maximum}`;
  }
  return null;
}

describe('the web app types', () => {
  it('are generated from the API as it is now (pnpm gen:api)', async () => {
    const committed = await readFile(API_TYPES_FILE, 'utf8');
    expect(
      committed === (await apiTypes()),
      'web/src/lib/api/schema.d.ts is stale: run pnpm gen:api',
    ).toBe(true);
  });
});

describe('the OpenAPI document', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sf-openapi-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('passes Redocly CLI’s recommended rules with no error', { timeout: 120_000 }, async () => {
    const file = join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(doc));
    const args = [
      'exec',
      'redocly',
      'lint',
      file,
      '--format=json',
      `--config=${join(REPO_ROOT, 'redocly.yaml')}`,
    ];
    const output = await run('pnpm', args, { cwd: join(REPO_ROOT, 'tests'), maxBuffer: 64 << 20 })
      .then((r) => r.stdout)
      .catch((e: { stdout?: string }) => e.stdout ?? '');
    const report = JSON.parse(output.slice(output.indexOf('{'))) as {
      totals: { errors: number };
      problems: { ruleId: string; severity: string; message: string; location: unknown }[];
    };
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });

  it('names every operation, its security and who may call it', () => {
    const ids = new Set<string>();
    for (const { path, method, op } of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(op.operationId, where).toMatch(/^[a-zA-Z]+\.[a-zA-Z]+$/);
      expect(ids.has(op.operationId), `${where}: ${op.operationId} twice`).toBe(false);
      ids.add(op.operationId);
      expect(Array.isArray(op.security), `${where}: security`).toBe(true);
      const isPublic = op.security.length === 0;
      // A public operation declares no roles; any other one the roles its gate lets through.
      if (isPublic) expect(op['x-roles'], where).toBeUndefined();
      else expect(op['x-roles']?.length, `${where}: x-roles`).toBeGreaterThan(0);
      expect(
        Object.keys(op.responses ?? {}).some((s) => /^2/.test(s)),
        `${where}: 2xx`,
      ).toBe(true);
    }
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
    });
    expect(doc.servers).toMatchObject([{ url: '/' }]);
  });

  it('has no component that is null at its top level (a field is nullable, a shape is not)', () => {
    const nullable = Object.entries(doc.components.schemas as Record<string, any>)
      .filter(([, s]) => s.nullable === true || (Array.isArray(s.type) && s.type.includes('null')))
      .map(([name]) => name);
    expect(nullable).toEqual([]);
  });

  it('shows only examples the API accepts', () => {
    const problems: string[] = [];
    for (const { at, schema } of schemas(doc, '#')) {
      for (const [name, property] of Object.entries(
        (schema.properties ?? {}) as Record<string, any>,
      )) {
        if (property.example === undefined) continue;
        const problem = exampleProblem(name, property, property.example);
        if (problem)
          problems.push(`${at}.${name} = ${JSON.stringify(property.example)}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses a closed set for every state, kind, source and industry', () => {
    const open: string[] = [];
    for (const { at, schema } of schemas(doc, '#')) {
      for (const [name, property] of Object.entries(
        (schema.properties ?? {}) as Record<string, any>,
      )) {
        // A risk object's kind is the enterprise's own word (生产装置, 车间, 罐区…), not a set.
        if (/\.RiskObject(Body|Update)?$/.test(at) && name === 'kind') continue;
        // A 判定 item's source is where its text was taken from (a gazette, a web page), not a set.
        if (/\.CriteriaItem\w*/.test(at) && name === 'source') continue;
        const closedByName = /^(state|kind|source|industry|grade|level|role|colour)$/.test(name);
        const types = [property.type].flat();
        if (closedByName && types.includes('string') && !property.enum) open.push(`${at}.${name}`);
      }
    }
    expect(open).toEqual([]);
  });
});
