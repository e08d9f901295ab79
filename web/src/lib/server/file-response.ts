/** Passes a file the API produced on to the browser, streaming, with its name and type. */
export function relayFile(response: Response): Response {
  const headers = new Headers();
  for (const name of ['content-type', 'content-disposition', 'content-length']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set('cache-control', 'no-store');
  return new Response(response.body, { status: 200, headers });
}
