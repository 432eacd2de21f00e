import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../build/packaging/builderConfig';
import { devRootForms, filesWithDevRoot } from '../../../build/packaging/releaseCheck';
import { DEV_ROOT } from '../../../renderer/core/content/devTrustRoots';

// "A packaged build never trusts the development root, by construction": the release renderer
// (DALILI_RELEASE=1) is built into a temporary folder and searched for the dev root's public key in
// hex and base64. The same search over a development build must find it, or the search proves nothing.

const work = mkdtempSync(path.join(tmpdir(), 'dalili-release-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const buildRenderer = (outDir: string, release: boolean): void => {
  const env = { ...process.env, DALILI_RELEASE: release ? '1' : '' };
  const r = spawnSync(
    process.execPath,
    [
      path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'vite.web.config.mts',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    {
      cwd: REPO_ROOT,
      env,
      encoding: 'utf8',
    },
  );
  expect(r.status, r.stderr).toBe(0);
};

describe('the production renderer bundle', () => {
  it('searches the key in hex and base64', () => {
    expect(devRootForms()).toEqual(
      expect.arrayContaining([DEV_ROOT.publicKey, Buffer.from(DEV_ROOT.publicKey, 'hex').toString('base64')]),
    );
  });

  it('does not contain the development root; a development bundle does', { timeout: 300_000 }, () => {
    const release = path.join(work, 'release');
    const dev = path.join(work, 'dev');
    buildRenderer(release, true);
    buildRenderer(dev, false);
    // The code is what must never trust the dev root. `pack/` is whatever `content:build` last wrote into
    // renderer/public (dev-signed on a developer's machine, absent on a fresh clone); `npm run package`
    // re-signs it and refuses unless it verifies under the production root (releaseCheck.test.ts).
    const codeWithDevRoot = (dir: string) =>
      filesWithDevRoot(dir).filter((file) => !file.startsWith('pack/'));
    expect(codeWithDevRoot(release)).toEqual([]);
    expect(codeWithDevRoot(dev).length).toBeGreaterThan(0);
  });
});
