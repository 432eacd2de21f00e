import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { downloadArtifact } from '@electron/get';
import { electronZipName, isNodeTooOld, startCheck } from '../../../build/startup/startCheck.mjs';

const SCRIPT = path.resolve(import.meta.dirname, '../../../build/startup/startCheck.mjs');
const ELECTRON_VERSION = (
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../../node_modules/electron/package.json'), 'utf8'),
  ) as { version: string }
).version;

/** A local port nobody listens on: a download pointed there fails at once, without leaving the machine. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'dalili-start-'));
}

describe('npm start: the first-start check', () => {
  it('knows which Node versions are too old for Electron 45', () => {
    expect(isNodeTooOld('v20.20.2')).toBe(true);
    expect(isNodeTooOld('v22.11.0')).toBe(true);
    expect(isNodeTooOld('v22.12.0')).toBe(false);
    expect(isNodeTooOld('v23.0.0')).toBe(false);
    expect(isNodeTooOld('v24.3.1')).toBe(false);
  });

  it('stops on an old Node with a clear French and English message, before trying any download', () => {
    const printed: string[] = [];
    let installerRan = false;
    const code = startCheck({
      version: 'v20.20.2',
      env: {},
      print: (text) => printed.push(text),
      install: () => ((installerRan = true), { ok: true, output: '' }),
    });
    expect(code).toBe(1);
    expect(installerRan).toBe(false);
    expect(printed.join('\n')).toContain(
      'Node v20.20.2 est trop ancien. Installez Node 22.12 ou plus récent',
    );
    expect(printed.join('\n')).toContain('Node v20.20.2 is too old. Install Node 22.12 or later');
  });

  it('when the download fails (mocked: the mirror is a closed local port), prints the offline route and no stack trace', async () => {
    const port = await closedPort();
    const result = spawnSync(process.execPath, [SCRIPT], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env.PATH,
        HOME: tempDir(),
        DALILI_ALLOW_OLD_NODE: '1',
        // An empty folder: Electron counts as missing whatever this machine holds.
        ELECTRON_OVERRIDE_DIST_PATH: tempDir(),
        electron_config_cache: tempDir(),
        ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
      },
    });
    expect(result.status).toBe(1);
    const output = result.stderr;
    expect(output).toContain(
      `le programme Electron ${ELECTRON_VERSION} manque et n’a pas pu être téléchargé`,
    );
    expect(output).toContain(`Electron ${ELECTRON_VERSION} is missing and could not be downloaded`);
    expect(output).toContain(electronZipName(ELECTRON_VERSION, process.platform, process.arch));
    expect(output).toContain('DALILI_ELECTRON_DIST=');
    expect(output).toMatch(/Détail \/ detail: .*fetch failed/);
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('refuses a local archive that is missing or is not the official one, naming the folder', () => {
    const folder = tempDir();
    const printed: string[] = [];
    const env = {
      DALILI_ELECTRON_DIST: folder,
      ELECTRON_OVERRIDE_DIST_PATH: tempDir(),
      electron_config_cache: tempDir(),
    };
    const install = () => ({ ok: false, output: 'should not run' });
    expect(startCheck({ version: 'v22.12.0', env, print: (t) => printed.push(t), install })).toBe(1);
    expect(printed.pop()).toContain(
      `(${folder}) ne contient pas ${electronZipName(ELECTRON_VERSION, process.platform, process.arch)}`,
    );

    writeFileSync(
      path.join(folder, electronZipName(ELECTRON_VERSION, process.platform, process.arch)),
      'not electron',
    );
    expect(startCheck({ version: 'v22.12.0', env, print: (t) => printed.push(t), install })).toBe(1);
    expect(printed.pop()).toContain('empreinte SHA-256 différente');
  });

  it('puts a good local archive where Electron’s own installer finds it, so nothing is downloaded', async () => {
    // A stand-in for node_modules/electron whose checksum list names our small archive.
    const electronDir = tempDir();
    const zipName = electronZipName('45.5.0', 'linux', 'x64');
    const archive = Buffer.from('a local Electron archive');
    const sha = createHash('sha256').update(archive).digest('hex');
    writeFileSync(path.join(electronDir, 'package.json'), JSON.stringify({ version: '45.5.0' }));
    writeFileSync(path.join(electronDir, 'checksums.json'), JSON.stringify({ [zipName]: sha }));
    const folder = tempDir();
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, zipName), archive);
    const cacheRoot = tempDir();

    let installerEnv: Record<string, string | undefined> = {};
    const code = startCheck({
      version: 'v22.12.0',
      platform: 'linux',
      arch: 'x64',
      electronDir,
      env: {
        DALILI_ELECTRON_DIST: folder,
        electron_config_cache: cacheRoot,
        ELECTRON_MIRROR: 'https://mirror.example/',
      },
      print: () => {},
      install: (_dir, env) => ((installerEnv = env), { ok: false, output: 'Error: stopped by the test' }),
    });
    expect(code).toBe(1);
    expect(installerEnv.electron_config_cache).toBe(cacheRoot);
    expect(installerEnv.ELECTRON_MIRROR).toBeUndefined();

    // @electron/get itself (what electron/install.js calls) now resolves the archive from the cache, offline.
    vi.stubGlobal('fetch', () => Promise.reject(new Error('the test forbids any download')));
    const found = await downloadArtifact({
      version: '45.5.0',
      artifactName: 'electron',
      platform: 'linux',
      arch: 'x64',
      cacheRoot,
      checksums: { [zipName]: sha },
    })
      .catch((error: unknown) => String(error))
      .finally(() => vi.unstubAllGlobals());
    expect(typeof found === 'string' && found.endsWith(zipName) ? readFileSync(found, 'utf8') : found).toBe(
      'a local Electron archive',
    );
  });
});
