import { createMiddleware } from 'hono/factory';
import { AppError, invalid } from '../lib/errors.js';

// PostgreSQL text cannot hold U+0000. A value carrying it would pass every schema and then fail
// in the database as a 500; it is refused here instead, for every route at once, naming where
// it was found. The body is read once and Hono caches it for the route's own parsing.

const NUL = '\u0000';
const JSON_TYPE = /^application\/(.+\+)?json/i;

/**
 * The path (`a.b.0.c`) of the first string in `value` that holds U+0000, if any. Walked with a
 * stack of its own, not recursion: a body may nest thousands of levels deep.
 */
function nulPath(value: unknown): string | null {
  const stack: [unknown, string[]][] = [[value, []]];
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'string') {
      if (item.includes(NUL)) return path.join('.') || 'body';
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        if (key.includes(NUL)) return [...path, key].join('.');
        stack.push([child, [...path, key]]);
      }
    }
  }
  return null;
}

const refuse = (where: string) => invalid(where, '不能包含空字符（U+0000）');

export const refuseNulCharacters = createMiddleware(async (c, next) => {
  const url = new URL(c.req.url);
  if (/%00/i.test(url.pathname)) throw refuse('path');
  for (const [name, value] of url.searchParams) {
    if (name.includes(NUL) || value.includes(NUL)) throw refuse(name.replaceAll(NUL, ''));
  }
  const type = c.req.header('content-type') ?? '';
  if (JSON_TYPE.test(type)) {
    const text = await c.req.text();
    // In JSON text U+0000 can only be the escape \u0000: no escape, nothing to look for.
    if (!/\\u0000/i.test(text)) return next();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return next(); // malformed JSON: the route's validator answers 400
    }
    const where = nulPath(parsed);
    if (where) throw refuse(where);
  } else if (/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) {
    const form = await c.req.formData().catch(() => {
      throw new AppError(400, 'BAD_REQUEST', '请求格式错误：表单内容无法解析');
    });
    for (const [name, value] of form) {
      const text = typeof value === 'string' ? value : value.name;
      if (name.includes(NUL) || text.includes(NUL)) throw refuse(name.replaceAll(NUL, ''));
    }
  }
  return next();
});
