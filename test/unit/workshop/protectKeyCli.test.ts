import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPublisherKey } from '../../../renderer/core/workshop';
import { TEST_NOW } from '../../fixtures/workshop/testKey';

// npm run content:protect-key end to end: the file it writes opens in the app with its passphrase.

const ROOT = resolve(import.meta.dirname, '../../..');
const KEYS = resolve(ROOT, 'build/content/keys');
const work = mkdtempSync(join(tmpdir(), 'dalili-protect-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const PASSPHRASE = 'phrase de test du bureau fictif';

const run = (passphrase: string, ...args: string[]) => {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'build/content/cli/contentProtectKey.ts', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DALILI_KEY_PASSPHRASE: passphrase, DALILI_PACK_SIGNING_KEY: 'ignored' },
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('content:protect-key', () => {
  it('seals the publisher key with its certificate; the app opens it with the passphrase and refuses another', async () => {
    const out = join(work, 'bureau.dalili-key');
    const r = run(PASSPHRASE, resolve(KEYS, 'dev-publisher-ed25519.json'), '--test-cost', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const bytes = new Uint8Array(readFileSync(out));
    const signer = await openPublisherKey(bytes, PASSPHRASE, { now: TEST_NOW });
    expect(signer.identity.keyId).toBe('dalili-dev-publisher');
    await expect(openPublisherKey(bytes, 'autre phrase de test', { now: TEST_NOW })).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    // Never over an existing file.
    expect(
      run(PASSPHRASE, resolve(KEYS, 'dev-publisher-ed25519.json'), '--test-cost', '--out', out).code,
    ).toBe(1);
  });

  it('refuses a root key, a short passphrase and an output without the .dalili-key extension', () => {
    const root = run(
      PASSPHRASE,
      resolve(KEYS, 'dev-root-ed25519.json'),
      '--out',
      join(work, 'racine.dalili-key'),
    );
    expect(root.code).toBe(1);
    expect(root.err).toContain('root key');
    const short = run(
      'court',
      resolve(KEYS, 'dev-publisher-ed25519.json'),
      '--test-cost',
      '--out',
      join(work, 'court.dalili-key'),
    );
    expect(short.code).toBe(1);
    expect(short.err).toContain('at least 12 characters');
    const ext = run(PASSPHRASE, resolve(KEYS, 'dev-publisher-ed25519.json'), '--out', join(work, 'cle.json'));
    expect(ext.code).toBe(1);
    expect(ext.err).toContain('.dalili-key');
  });
});
