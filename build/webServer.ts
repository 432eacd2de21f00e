import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SECURITY_HEADERS } from '../electron/main/csp';
import { mimeTypeFor, resolveAppPath } from '../electron/main/resolveAppPath';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built renderer on 127.0.0.1 with the same path rules and security headers as the app://
 * handler in Electron, so the browser preview behaves like the desktop app.
 */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const urlPath = (request.url ?? '/').split(/[?#]/)[0] ?? '/';
    const filePath =
      request.method === 'GET' || request.method === 'HEAD' ? resolveAppPath(root, urlPath) : null;
    const fail = () => {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
      response.end('Not found');
    };
    if (!filePath) return fail();
    readFile(filePath).then((body) => {
      response.writeHead(200, {
        'Content-Type': mimeTypeFor(filePath) ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...SECURITY_HEADERS,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    }, fail);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
