// Bad requests derived from an operation of the OpenAPI document, for the input storm
// (tests/api/input-storm.test.ts). Everything comes from a seeded generator, so a failing request
// is the same on every run and can be replayed from its label.

export interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

/** One request of the storm; `path` still has its `{params}` unless a case replaced them. */
export interface StormCase {
  label: string;
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  /** JSON value to send, or raw text/FormData when `raw` is set. */
  body?: unknown;
  raw?: { contentType: string | null; data: string | FormData };
}

/** mulberry32: small, fast and good enough to pick test inputs. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    int: (max: number) => Math.floor(next() * max),
  };
}
export type Random = ReturnType<typeof prng>;

export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  'x'.repeat(100_000),
  '长'.repeat(20_000),
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '\u202e\u202d反转',
  '\u200b\u200c\u200d\ufeff',
  '😀'.repeat(500),
  'e\u0301\u0301\u0301\u0301',
  "' OR '1'='1' --",
  "'; DROP TABLE hazard; --",
  '1; SELECT pg_sleep(0); --',
  "\\'; \\\\ %_ ' || '",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '９９',
  '2026-02-30T25:61:61Z',
  '0000-00-00',
];

const BAD_IDS: readonly string[] = [
  'not-a-uuid',
  '0',
  '-1',
  '00000000-0000-0000-0000-00000000000g',
  '00000000-0000-0000-0000-000000000000',
  "1' or '1'='1",
  '%00',
  'x'.repeat(3000),
  '😀',
  '<svg onload=alert(1)>',
  '..%2f..%2f',
  'NULL',
];

const NASTY_NUMBERS: readonly unknown[] = [
  -1,
  0,
  0.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  '12',
  'NaN',
  true,
];

const WRONG_TYPES: readonly unknown[] = [null, 0, 12345, true, 'text', [], ['a'], {}, { a: 1 }];

const BAD_QUERY_VALUES: readonly string[] = [
  '-1',
  '0',
  'abc',
  '1e9',
  '99999999999999999999',
  '1.5',
  'eyJub3QiOiJhIGN1cnNvciJ9',
  '!!!not-base64!!!',
  'x'.repeat(5000),
  "' OR 1=1 --",
  '<script>',
  '\u0000',
  '\ud800',
];

/** Follows `$ref` and merges `allOf`; a nullable `anyOf` becomes its non-null member. */
export function resolve(schema: Schema | undefined, components: Record<string, Schema>): Schema {
  if (!schema) return {};
  if (schema.$ref) return resolve(components[schema.$ref.split('/').pop()!], components);
  if (schema.allOf) {
    return schema.allOf.reduce<Schema>((merged, part) => {
      const r = resolve(part, components);
      return {
        ...merged,
        ...r,
        properties: { ...merged.properties, ...r.properties },
        required: [...(merged.required ?? []), ...(r.required ?? [])],
      };
    }, {});
  }
  const union = schema.anyOf ?? schema.oneOf;
  if (union) {
    const member = union.find((s) => s.type !== 'null') ?? union[0];
    return resolve(member, components);
  }
  return schema;
}

const typeOf = (s: Schema) => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type);

/** A plausible value for the schema, so that a case breaks one thing at a time. */
export function sample(
  schema: Schema | undefined,
  components: Record<string, Schema>,
  depth = 0,
): unknown {
  const s = resolve(schema, components);
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  switch (typeOf(s)) {
    case 'object': {
      if (depth > 4) return {};
      const out: Record<string, unknown> = {};
      for (const [key, prop] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(key)) out[key] = sample(prop, components, depth + 1);
      }
      return out;
    }
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return false;
    case 'string':
      if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000001';
      if (s.format === 'date-time') return new Date(Date.now() + 7 * 86_400_000).toISOString();
      if (s.format === 'date')
        return new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      return 'x'.repeat(Math.max(1, s.minLength ?? 1));
    default:
      return 'x';
  }
}

/** Every field of a JSON body, with its path, schema and whether its parent requires it. */
function fields(
  schema: Schema,
  components: Record<string, Schema>,
  prefix: string[] = [],
  depth = 0,
): { path: string[]; schema: Schema; required: boolean }[] {
  const s = resolve(schema, components);
  if (typeOf(s) !== 'object' || depth > 3) return [];
  return Object.entries(s.properties ?? {}).flatMap(([key, prop]) => {
    const path = [...prefix, key];
    return [
      { path, schema: resolve(prop, components), required: s.required?.includes(key) ?? false },
      ...fields(prop, components, path, depth + 1),
    ];
  });
}

/** A deep copy of `value` with the field at `path` set (or removed when `to` is `REMOVE`). */
const REMOVE = Symbol('remove');
function withField(value: unknown, path: string[], to: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path.at(-1)!;
  if (to === REMOVE) delete node[last];
  else node[last] = to;
  return copy;
}

function bodyCases(schema: Schema, components: Record<string, Schema>, random: Random) {
  const base = sample(schema, components);
  const cases: { label: string; body?: unknown; raw?: StormCase['raw'] }[] = [
    { label: 'no body', raw: { contentType: null, data: '' } },
    { label: 'json null', body: null },
    { label: 'json array', body: [base] },
    { label: 'json string', body: 'body' },
    { label: 'json number', body: 42 },
    { label: 'malformed json', raw: { contentType: 'application/json', data: '{"a": ' } },
    { label: 'json as text/plain', raw: { contentType: 'text/plain', data: JSON.stringify(base) } },
    {
      label: 'json as form',
      raw: { contentType: 'application/x-www-form-urlencoded', data: 'a=1' },
    },
    {
      label: 'deep nesting',
      raw: { contentType: 'application/json', data: '['.repeat(5000) + ']'.repeat(5000) },
    },
    { label: 'huge array', body: Array.from({ length: 20_000 }, () => base) },
  ];
  for (const field of fields(schema, components)) {
    const name = field.path.join('.');
    if (field.required) {
      cases.push({ label: `${name} missing`, body: withField(base, field.path, REMOVE) });
      cases.push({
        label: `${name} missing, extra field`,
        body: { ...(withField(base, field.path, REMOVE) as object), unexpected: 'x' },
      });
    }
    for (const wrong of WRONG_TYPES) {
      cases.push({
        label: `${name} = ${JSON.stringify(wrong)}`,
        body: withField(base, field.path, wrong),
      });
    }
    const type = typeOf(field.schema);
    const values: readonly unknown[] =
      type === 'string'
        ? NASTY_STRINGS
        : type === 'integer' || type === 'number'
          ? NASTY_NUMBERS
          : [];
    for (const value of values) {
      const shown =
        typeof value === 'string' && value.length > 40
          ? `${value.slice(0, 12)}…(${value.length})`
          : JSON.stringify(value);
      cases.push({ label: `${name} = ${shown}`, body: withField(base, field.path, value) });
    }
    if (type === 'array') {
      cases.push({
        label: `${name} = 10k items`,
        body: withField(
          base,
          field.path,
          Array.from({ length: 10_000 }, () => 'x'),
        ),
      });
      cases.push({ label: `${name} = [null]`, body: withField(base, field.path, [null]) });
    }
  }
  // Random combinations: two fields broken at once.
  const all = fields(schema, components);
  for (let i = 0; i < 10 && all.length > 1; i++) {
    const a = random.pick(all);
    const b = random.pick(all);
    const body = withField(
      withField(base, a.path, random.pick(NASTY_STRINGS)),
      b.path,
      random.pick(WRONG_TYPES),
    );
    cases.push({ label: `${a.path.join('.')} & ${b.path.join('.')} broken (#${i})`, body });
  }
  return cases;
}

function multipartCases() {
  const form = (build: (f: FormData) => void) => {
    const f = new FormData();
    build(f);
    return f;
  };
  const raw = (data: FormData | string, contentType: string | null = null) => ({
    contentType,
    data,
  });
  return [
    { label: 'multipart: no body', raw: raw('') },
    { label: 'multipart: json instead', body: { file: 'x' } },
    { label: 'multipart: no file', raw: raw(form((f) => f.set('other', 'x'))) },
    { label: 'multipart: file as text field', raw: raw(form((f) => f.set('file', 'not a file'))) },
    {
      label: 'multipart: empty file',
      raw: raw(form((f) => f.set('file', new Blob([]), 'empty.png'))),
    },
    {
      label: 'multipart: text file named .png',
      raw: raw(form((f) => f.set('file', new Blob(['hello'], { type: 'image/png' }), 'a.png'))),
    },
    {
      label: 'multipart: html file',
      raw: raw(
        form((f) =>
          f.set('file', new Blob(['<script>alert(1)</script>'], { type: 'text/html' }), 'x.html'),
        ),
      ),
    },
    {
      label: 'multipart: nasty file name',
      raw: raw(form((f) => f.set('file', new Blob(['x']), '../../etc/passwd\u0000.png'))),
    },
    {
      label: 'multipart: broken boundary',
      raw: raw(
        '--xyz\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc',
        'multipart/form-data; boundary=abc',
      ),
    },
  ];
}

/**
 * The bad requests for one operation: bad ids in the path, bad query values, and broken bodies.
 * `extra` random cases are added on top, so the storm reaches its total.
 */
export function stormCases(
  op: Operation,
  components: Record<string, Schema>,
  seed: number,
  extra: number,
): StormCase[] {
  const random = prng(seed);
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const content = op.requestBody?.content ?? {};
  const jsonSchema = content['application/json']?.schema;
  const baseBody = jsonSchema ? sample(jsonSchema, components) : undefined;
  const at = (over: Partial<StormCase> & { label: string }): StormCase => ({
    params: {},
    query: {},
    body: baseBody,
    ...over,
  });

  const cases: StormCase[] = [];
  for (const p of pathParams)
    for (const id of BAD_IDS)
      cases.push(at({ label: `path ${p.name} = ${id.slice(0, 30)}`, params: { [p.name]: id } }));
  for (const q of queryParams) {
    for (const value of BAD_QUERY_VALUES)
      cases.push(
        at({ label: `query ${q.name} = ${value.slice(0, 30)}`, query: { [q.name]: value } }),
      );
    cases.push(at({ label: `query ${q.name} repeated`, query: { [q.name]: ['1', '2'] } }));
  }
  cases.push(at({ label: 'unknown query parameter', query: { 'x-unknown': "'; --" } }));
  if (jsonSchema) for (const c of bodyCases(jsonSchema, components, random)) cases.push(at(c));
  if (content['multipart/form-data']) for (const c of multipartCases()) cases.push(at(c));
  if (!jsonSchema && !content['multipart/form-data']) {
    cases.push(at({ label: 'unexpected json body', body: { a: NASTY_STRINGS[13] } }));
    cases.push(
      at({
        label: 'unexpected malformed body',
        raw: { contentType: 'application/json', data: '{' },
      }),
    );
  }

  // Random cases: a random bad value in a random place.
  const places: (() => StormCase)[] = [
    ...pathParams.map(
      (p) => () =>
        at({
          label: `random path ${p.name}`,
          params: { [p.name]: random.pick(NASTY_STRINGS).slice(0, 2000) || '%20' },
        }),
    ),
    ...queryParams.map(
      (q) => () =>
        at({
          label: `random query ${q.name}`,
          query: { [q.name]: random.pick(NASTY_STRINGS).slice(0, 2000) },
        }),
    ),
  ];
  const bodyFields = jsonSchema ? fields(jsonSchema, components) : [];
  if (bodyFields.length > 0)
    places.push(() => {
      const field = random.pick(bodyFields);
      const value = random.next() < 0.5 ? random.pick(NASTY_STRINGS) : random.pick(WRONG_TYPES);
      return at({
        label: `random body ${field.path.join('.')}`,
        body: withField(baseBody, field.path, value),
      });
    });
  for (let i = 0; i < extra && places.length > 0; i++) {
    const c = random.pick(places)();
    cases.push({ ...c, label: `${c.label} (#${i})` });
  }
  return cases;
}
