import { readFile } from 'node:fs/promises';
import { SECURITY_HEADERS } from './csp';
import { mimeTypeFor, resolveAppPath } from './resolveAppPath';

export const APP_SCHEME = 'app';
export const APP_HOST = 'dalili';
/** The renderer's origin. IndexedDB data is bound to it: never change it. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain', ...SECURITY_HEADERS },
  });
}

/** Serves the renderer build for `app://dalili/…`; anything else answers 404. */
export function createAppProtocolHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || request.method !== 'GET')
      return notFound();
    // URL normalises dot segments; the raw path is checked as well so an encoded escape is seen.
    const rawPath = request.url.slice(APP_ORIGIN.length).split(/[?#]/)[0] ?? '/';
    if (resolveAppPath(rendererRoot, rawPath) === null) return notFound();
    const filePath = resolveAppPath(rendererRoot, url.pathname);
    if (filePath === null) return notFound();
    try {
      const body = await readFile(filePath);
      return new Response(body, {
        status: 200,
        headers: { 'Content-Type': mimeTypeFor(filePath) ?? 'application/octet-stream', ...SECURITY_HEADERS },
      });
    } catch {
      return notFound();
    }
  };
}
