import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../build/packaging/builderConfig';
import { assertPackVerifies, assertProductionRoots } from '../../../build/packaging/releaseCheck';
import { writePackFolder } from '../../../build/content/packFolder';
import { DEV_ROOT } from '../../../renderer/core/content/devTrustRoots';
import { PRODUCTION_ROOTS } from '../../../renderer/core/content/trustedKeys';
import { buildParts, makePublisher, makeRoot } from '../content/packHelpers';

// npm run package refuses to build an installer unless a production root is configured and the
// bundled pack verifies under it. electron-builder is never reached in these tests.

const work = mkdtempSync(path.join(tmpdir(), 'dalili-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run package', () => {
  it('stops at once, with a clear message, while no production root is configured', () => {
    expect(PRODUCTION_ROOTS).toEqual([]); // the repository ships none: each office makes its own
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'build/packaging/package.mts'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no production root public key is configured');
    expect(r.stderr).toContain('build/content/README.md');
    expect(r.stdout).not.toContain('electron-builder');
  });

  it('refuses the development root listed as a production root', () => {
    expect(() => assertProductionRoots([{ ...DEV_ROOT, dev: false }])).toThrow(/development root/);
  });

  it('refuses a bundled pack signed under the development root, and accepts one signed under the configured root', async () => {
    const root = makeRoot('bureau-racine');
    assertProductionRoots([root.trusted]);
    const devPack = path.join(work, 'dev-pack');
    writePackFolder(devPack, [...(await buildParts())]);
    await expect(assertPackVerifies(devPack, [root.trusted])).rejects.toThrow(
      /does not verify under the production roots \(untrusted-key\)/,
    );
    const goodPack = path.join(work, 'good-pack');
    writePackFolder(goodPack, [
      ...(await buildParts({ key: makePublisher(root, 'bureau-goma', { publisher: 'Bureau de Goma' }) })),
    ]);
    const pack = await assertPackVerifies(goodPack, [root.trusted]);
    expect(pack.signedBy).toMatchObject({ publisher: 'Bureau de Goma', dev: false });
  });
});
