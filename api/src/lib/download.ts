// One Content-Disposition for every download. `filename*` (RFC 6266 / RFC 5987) carries the real,
// often Chinese, name; older clients that do not read it take the plain ASCII `filename` beside it.

/** Percent-encodes everything outside RFC 5987's attr-char, which encodeURIComponent leaves. */
const encode = (name: string) =>
  encodeURIComponent(name).replace(
    /['()*!]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** `name` with every character a quoted ASCII filename cannot hold replaced by `_`. */
const asciiOf = (name: string) => name.replace(/[^\x20-\x7e]|["\\]/g, '_');

/**
 * `attachment; filename="<ascii>"; filename*=UTF-8''<name>`. `asciiName` is what older clients
 * save (default: `name` with other characters replaced); it must be plain ASCII itself.
 */
export function attachment(name: string, asciiName = asciiOf(name)): string {
  return `attachment; filename="${asciiOf(asciiName)}"; filename*=UTF-8''${encode(name)}`;
}
