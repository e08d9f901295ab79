import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Plain JavaScript: the launcher (launch.js) runs before anything can compile TypeScript.

/**
 * A fingerprint of files (path, size, modification time) under the given paths: it changes when
 * any of them is edited, added or removed, and costs a directory walk instead of a build.
 * @param {string} root
 * @param {string[]} paths relative to root
 * @returns {string}
 */
export function sourceStamp(root, paths) {
  const hash = createHash('sha256');
  /** @param {string} rel */
  const walk = (rel) => {
    const full = join(root, rel);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const name of readdirSync(full).sort())
        if (name !== 'node_modules') walk(join(rel, name));
    } else hash.update(`${rel}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  for (const p of paths) walk(p);
  return hash.digest('hex');
}
