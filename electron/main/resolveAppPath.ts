import path from 'node:path';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.sig': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(filePath: string): string | undefined {
  return MIME_TYPES[path.extname(filePath).toLowerCase()];
}

/**
 * Maps a URL path to a file inside `root`, or null when it would leave it. Decoding happens once and
 * the result is checked after normalisation, so `..`, `%2e%2e`, encoded slashes, backslashes, NUL bytes
 * and absolute paths cannot escape. Unknown file types are refused too: the renderer build has a
 * known set of them.
 */
export function resolveAppPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (relative.split('/').some((segment) => segment === '..')) return null;
  const rootResolved = path.resolve(root);
  const target = path.resolve(rootResolved, relative);
  if (target !== rootResolved && !target.startsWith(rootResolved + path.sep)) return null;
  if (!mimeTypeFor(target)) return null;
  return target;
}
