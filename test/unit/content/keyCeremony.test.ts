import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPath } from '../../../build/content/cli/verifyPath';
import { VALID_DIR } from './packHelpers';

// The key ceremony of build/content/README.md, run with the npm scripts as an office IT person would:
// root, publisher, certificate, revocation list, a signed pack that verifies under that root alone;
// then the publisher revoked.

const ROOT = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'dalili-ceremony-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (script: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `build/content/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DALILI_PACK_SIGNING_KEY: '', DALILI_PACK_SIGNING_KEY_FILE: '', DALILI_RELEASE: '', SOURCE_DATE_EPOCH: '1767225600' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const rootFile = join(work, 'root-stick', 'dalili-root.json');
const publisherFile = join(work, 'publisher', 'publisher.json');
const revocations = join(work, 'revocations.json');
const rootKey = () => {
  const file = JSON.parse(readFileSync(rootFile, 'utf8')) as { id: string; publicKey: string };
  return { id: file.id, publicKey: file.publicKey, dev: false };
};

describe('the key ceremony with the npm scripts', () => {
  it('creates a root and a publisher outside the repository, secrets readable by their owner only', () => {
    const root = run('contentKeygen', '--role', 'root', '--id', 'bureau-racine-2027', '--out', rootFile);
    expect(root.code, root.err).toBe(0);
    expect(root.out).toContain('"id": "bureau-racine-2027"');
    expect(root.out).toContain('productionRoots.json');
    expect(statSync(rootFile).mode & 0o077).toBe(0);
    expect(run('contentKeygen', '--role', 'publisher', '--id', 'bureau-goma-2027', '--out', publisherFile).code).toBe(0);
    expect(existsSync(join(work, 'publisher', 'publisher.public.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(work, 'publisher', 'publisher.public.json'), 'utf8'))).not.toHaveProperty('secretKey');
    // Never inside the repository, never over an existing key.
    expect(run('contentKeygen', '--role', 'root', '--out', join(ROOT, 'build/content/keys/x.json')).err).toContain('inside the repository');
    expect(run('contentKeygen', '--role', 'root', '--out', rootFile).err).toContain('refusing to overwrite');
  });

  it('certifies the publisher, starts the revocation list, and signs a pack that verifies under that root only', async () => {
    const cert = run('contentCertify', '--root-key', rootFile, '--publisher-key', join(work, 'publisher', 'publisher.public.json'), '--name', 'Bureau de Goma', '--valid-from', '2026-01-01', '--valid-until', '2027-12-31');
    expect(cert.code, cert.err).toBe(0);
    expect(existsSync(join(work, 'publisher', 'publisher.cert.json'))).toBe(true);
    expect(run('contentCertify', '--root-key', rootFile, '--update-revocations', '--revocations', revocations).out).toContain('n° 1');
    // A root never signs packs.
    expect(run('contentBuild', '--content', VALID_DIR, '--out', join(work, 'x'), '--key-file', rootFile, '--revocations', revocations).err).toContain('root key');

    const packDir = join(work, 'pack');
    const build = run('contentBuild', '--content', VALID_DIR, '--out', packDir, '--key-file', publisherFile, '--revocations', revocations);
    expect(build.code, build.err).toBe(0);
    // This build does not trust the new root (productionRoots.json is empty): it says so.
    expect(build.err).toContain('does not trust');
    const pack = await verifyPath(packDir, true, [rootKey()]);
    expect(pack.signedBy).toMatchObject({ publisher: 'Bureau de Goma', keyId: 'bureau-goma-2027', rootId: 'bureau-racine-2027', dev: false });
    await expect(verifyPath(packDir, true, [])).rejects.toMatchObject({ code: 'untrusted-key' });
  });

  it('revokes the publisher: the next list refuses its packs, and keeps earlier revocations', async () => {
    const revoke = run('contentCertify', '--root-key', rootFile, '--update-revocations', '--revoke', 'bureau-goma-2027', '--revocations', revocations);
    expect(revoke.code, revoke.err).toBe(0);
    expect(revoke.out).toContain('n° 2');
    const packDir = join(work, 'pack-revoked');
    expect(run('contentBuild', '--content', VALID_DIR, '--out', packDir, '--key-file', publisherFile, '--revocations', revocations).code).toBe(0);
    await expect(verifyPath(packDir, true, [rootKey()])).rejects.toMatchObject({ code: 'publisher-revoked' });
    expect(run('contentCertify', '--root-key', rootFile, '--update-revocations', '--revocations', revocations).out).toContain('revoked: bureau-goma-2027');
  });
});
