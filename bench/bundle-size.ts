import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

// P5: the JavaScript a page ships, read from the built app (no browser needed): SvelteKit's server
// manifest names the client entry's imports and, per route, its layouts and leaf; each node
// lists its client imports. Each file counted once, gzip level 9 (what a server would send).

const BUILD = fileURLToPath(new URL('../web/build/', import.meta.url));

export function routeJs(routeId: string) {
  const chunks = `${BUILD}server/chunks/`;
  const manifestFile = readdirSync(chunks).find((f) => /^manifest\.js-.*\.js$/.test(f));
  if (!manifestFile) throw new Error('web/build 中没有 manifest：先构建网页');
  const manifest = readFileSync(chunks + manifestFile, 'utf8');
  const nodeFiles = [...manifest.matchAll(/import\('\.\/nodes\/(\d+)\.js-([^']+)'\)/g)].map(
    (m) => `${chunks}nodes/${m[1]}.js-${m[2]}`,
  );
  const client = /client: \{[^}]*imports:\[([^\]]*)\]/.exec(manifest)?.[1] ?? '';
  const route = new RegExp(
    `id: "${routeId.replace(/[[\]/]/g, '\\$&')}",[\\s\\S]*?page: \\{ layouts: \\[([^\\]]*)\\], errors: \\[[^\\]]*\\], leaf: (\\d+) \\}`,
  ).exec(manifest);
  if (!route) throw new Error(`路由 ${routeId} 不在 manifest 中`);
  const nodes = [...route[1]!.split(',').filter(Boolean).map(Number), Number(route[2])];
  const files = new Set(JSON.parse(`[${client}]`) as string[]);
  for (const n of nodes) {
    const text = readFileSync(nodeFiles[n]!, 'utf8');
    const imports = /\bimports = (\[[^\]]*\])/.exec(text)?.[1] ?? '[]';
    for (const f of JSON.parse(imports) as string[]) files.add(f);
  }
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const body = readFileSync(`${BUILD}client/${f}`);
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: files.size, raw, gzip };
}
