import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { resolveAppPath } from '../../../electron/main/resolveAppPath';

let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'dalili-proto-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Dalili</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.json'), '{"secret":true}');
  writeFileSync(path.join(root, 'notes.exe'), 'MZ');
  handle = createAppProtocolHandler(root);
});

// Request normalises dot segments itself, so raw escapes are built by hand like a hostile page would.
function rawRequest(url: string): Request {
  const request = new Request('app://dalili/index.html');
  Object.defineProperty(request, 'url', { value: url });
  return request;
}

describe('app:// scheme handler', () => {
  it('serves the renderer build with the CSP header', async () => {
    const response = await handle(new Request('app://dalili/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Dalili</title>');
    expect((await handle(new Request('app://dalili/assets/app.js'))).status).toBe(200);
  });

  it.each([
    'app://dalili/../secret.json',
    'app://dalili/%2e%2e/secret.json',
    'app://dalili/%2E%2E/secret.json',
    'app://dalili/assets/..%2f..%2fsecret.json',
    'app://dalili/..%5csecret.json',
    'app://dalili//etc/passwd',
    'app://dalili/%2fetc%2fpasswd',
    'app://dalili/index.html%00.js',
    'app://dalili/missing.js',
    'app://dalili/notes.exe',
    'app://other/index.html',
    'app://dalili/%E0%A4%A',
  ])('answers 404 to %s', async (url) => {
    const response = await handle(rawRequest(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses anything but GET', async () => {
    expect((await handle(new Request('app://dalili/index.html', { method: 'POST', body: 'x' }))).status).toBe(
      404,
    );
  });

  it('never resolves a path outside the root', () => {
    expect(resolveAppPath(root, '/../secret.json')).toBeNull();
    expect(resolveAppPath(root, '/C:/Windows/win.ini')).toBeNull();
    expect(resolveAppPath(root, '/')).toBe(path.join(root, 'index.html'));
  });
});

describe('content security policy', () => {
  it('allows only the app itself: no remote origin, no eval, no plugins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:|\*/);
  });
});
