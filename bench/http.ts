// Small HTTP helpers for the bench's setup steps (logins, following cursors).

export async function login(origin: string, phone: string, password: string): Promise<string> {
  const res = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ login: phone, password }),
  });
  if (!res.ok) throw new Error(`登录 ${phone} 失败：${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('登录未返回会话 cookie');
  return cookie;
}

export async function getJson<T>(origin: string, path: string, cookie: string): Promise<T> {
  const res = await fetch(origin + path, { headers: { cookie } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
