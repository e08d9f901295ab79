import { createApp } from '@shuangfang/api';
import { INDUSTRIES, type Db } from '@shuangfang/db';
import { describe, expect, it } from 'vitest';
import { fieldName, hasLabel } from '../../api/src/lib/field-labels.js';

// A refusal names the field by its Chinese label (api/src/lib/field-labels.ts). Every field a
// request can carry — path, query, body, at any depth — must have one, so a new field without a
// label fails here rather than reaching a person as its key.

type Schema = Record<string, unknown>;

async function openapi() {
  // The document is built from the route declarations alone: no database is touched.
  const app = createApp({ db: {} as Db });
  return (await (await app.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, Schema>>;
    components: { schemas: Record<string, Schema> };
  };
}

function requestFieldNames(doc: Awaited<ReturnType<typeof openapi>>): Set<string> {
  const names = new Set<string>();
  const walk = (s: unknown, seen: Set<string>) => {
    if (!s || typeof s !== 'object') return;
    const schema = s as Schema;
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.split('/').at(-1)!;
      if (!seen.has(name)) walk(doc.components.schemas[name], new Set([...seen, name]));
      return;
    }
    for (const [key, value] of Object.entries((schema.properties ?? {}) as Schema)) {
      names.add(key);
      walk(value, seen);
    }
    for (const key of ['items', 'additionalProperties']) walk(schema[key], seen);
    for (const key of ['anyOf', 'oneOf', 'allOf']) {
      for (const part of (schema[key] ?? []) as unknown[]) walk(part, seen);
    }
  };
  for (const operations of Object.values(doc.paths)) {
    for (const op of Object.values(operations)) {
      for (const p of (op.parameters ?? []) as { name: string }[]) names.add(p.name);
      const content = ((op.requestBody as Schema | undefined)?.content ?? {}) as Schema;
      for (const media of Object.values(content)) walk((media as Schema).schema, new Set());
    }
  }
  return names;
}

describe('field labels', () => {
  it('has a Chinese label for every field of every request', async () => {
    const names = requestFieldNames(await openapi());
    expect(names.size).toBeGreaterThan(100);
    // Keys of a map (a grade, a level, an industry) are values, not fields: shown as they are.
    const isMapKey = (n: string) =>
      /^[一二三四]级$/.test(n) || (INDUSTRIES as readonly string[]).includes(n);
    const unlabelled = [...names].filter((n) => !hasLabel(n) && !isMapKey(n));
    expect(unlabelled).toEqual([]);
  });

  it('reads a nested path as a person would', () => {
    expect(fieldName('plan.currentSituation')).toBe('「治理方案 · 现状及原因」');
    expect(fieldName('findings.1.description')).toBe('「检查发现的问题 第2项 · 描述」');
    expect(fieldName(['creditCode'])).toBe('「统一社会信用代码」');
  });
});
