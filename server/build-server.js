import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

// Compiles the server (start.ts and the workspace code it imports) into plain JavaScript, so
// that `pnpm start` runs without a TypeScript loader. Plain JavaScript itself: the launcher
// (launch.js) imports it before anything could compile TypeScript.

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Packages left to Node to load at run time. Beside them the bundle imports only Node's own
 * modules and SvelteKit's build (by URL, at run time). They resolve from server/node_modules,
 * which is why this package lists them as dependencies.
 * - @node-rs/argon2 loads a native addon;
 * - @electric-sql/pglite loads its .wasm and .data files relative to its own modules.
 */
const EXTERNAL = ['@node-rs/argon2', '@electric-sql/pglite'];

/**
 * Each compiled module keeps the URL of its source file as `import.meta.url`, so what is found
 * relative to it (SvelteKit's build/handler.js, the data folder, swagger-ui-dist resolved from
 * api/) is found where it was before compiling. Only the workspace's TypeScript is rewritten:
 * the bundled packages do not use `import.meta.url`.
 * @param {string} outdir
 * @returns {esbuild.Plugin}
 */
function sourceImportMetaUrl(outdir) {
  return {
    name: 'source-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        if (/[\\/]node_modules[\\/]/.test(path)) return undefined;
        const source = await readFile(path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        // Every output file sits directly in outdir, so one relative URL fits all chunks.
        const fromOutput = relative(outdir, path).split('\\').join('/');
        const url = `new URL(${JSON.stringify(fromOutput)}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
}

/**
 * Writes the server to outdir: `start.js`, the chunks it imports at once, and the ones it
 * imports later (the demo seed, the demo logins, exceljs) as chunks of their own.
 * @param {string} outdir a missing folder directly inside server/
 * @returns {Promise<boolean>} false when the sources did not compile (esbuild printed why)
 */
export async function buildServer(outdir) {
  const built = esbuild.build({
    entryPoints: [`${here}start.ts`],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // Bundled CommonJS packages (exceljs and its helpers) call require() for Node's own modules;
    // an ES module has no require of its own.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    plugins: [sourceImportMetaUrl(outdir)],
    charset: 'utf8',
    logLevel: 'warning',
  });
  return built.then(
    () => true,
    () => false,
  );
}
