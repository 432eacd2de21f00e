import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_TRUST_ROOTS } from '../../../renderer/core/content';
import { issueRevocations } from '../../../renderer/core/content/revocationList';
import { parseHex } from '../../../renderer/core/text';
import {
  isWorkshopError,
  openPublisherKey,
  sealPublisherKey,
  type WorkshopErrorCode,
} from '../../../renderer/core/workshop';
import { readKeyFile } from '../../../renderer/core/workshop/publisherKeyFile';
import { DEV_KEY_FILE, devKeyFileBytes, TEST_NOW, TEST_PASSPHRASE } from '../../fixtures/workshop/testKey';
import { DEV_SIGNING_KEY } from '../content/packHelpers';

const HOSTILE = resolve(import.meta.dirname, '../../fixtures/workshop');
const cases = JSON.parse(readFileSync(resolve(HOSTILE, 'cases.json'), 'utf8')) as Record<
  string,
  { expect: WorkshopErrorCode }
>;
const ROOT_SECRET = parseHex(
  (
    JSON.parse(readFileSync(resolve(DEV_KEY_FILE, '../dev-root-ed25519.json'), 'utf8')) as {
      secretKey: string;
    }
  ).secretKey,
)!;

const refusal = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    if (isWorkshopError(error)) return error.code;
    throw error;
  }
  return 'opened';
};

describe('the committed test publisher key file', () => {
  it('opens with the documented test passphrase and names the development publisher', async () => {
    const signer = await openPublisherKey(devKeyFileBytes(), TEST_PASSPHRASE, { now: TEST_NOW });
    expect(signer.identity).toMatchObject({
      keyId: 'dalili-dev-publisher',
      rootId: 'dalili-dev-root',
      dev: true,
    });
    expect(signer.forgotten).toBe(false);
    // The key signs exactly as the content compiler's key does (Ed25519 is deterministic).
    const manifest = new TextEncoder().encode('{"fictif":true}\n');
    const { signManifest } = await import('../../../renderer/core/content/packSignature');
    expect((await signer.signManifest(manifest)).signature).toBe(
      signManifest(manifest, DEV_SIGNING_KEY).signature,
    );
  });

  it('refuses a wrong passphrase, and a passphrase that differs only in case', async () => {
    expect(
      await refusal(openPublisherKey(devKeyFileBytes(), 'mauvaise phrase secrète', { now: TEST_NOW })),
    ).toBe('wrong-passphrase');
    expect(
      await refusal(openPublisherKey(devKeyFileBytes(), TEST_PASSPHRASE.toUpperCase(), { now: TEST_NOW })),
    ).toBe('wrong-passphrase');
  });

  it('keeps no secret in the file: the hex secret of the key is not in its bytes', () => {
    const text = readFileSync(DEV_KEY_FILE, 'utf8');
    const secretHex = (
      JSON.parse(readFileSync(resolve(DEV_KEY_FILE, '../dev-publisher-ed25519.json'), 'utf8')) as {
        secretKey: string;
      }
    ).secretKey;
    expect(text).not.toContain(secretHex);
    expect(text).not.toContain('certificate');
  });

  it('forget() drops the key: signing afterwards is refused with "forgotten"', async () => {
    const signer = await openPublisherKey(devKeyFileBytes(), TEST_PASSPHRASE, { now: TEST_NOW });
    signer.forget();
    signer.forget();
    expect(signer.forgotten).toBe(true);
    expect(await refusal(signer.signManifest(new Uint8Array([1])))).toBe('forgotten');
  });

  it('is refused when this computer knows a revocation list that revokes it (trust store), though its own list does not', async () => {
    const list = issueRevocations(
      {
        rootId: 'dalili-dev-root',
        number: 7,
        issuedAt: '2026-11-01T00:00:00.000Z',
        revoked: ['dalili-dev-publisher'],
      },
      ROOT_SECRET,
    );
    expect(
      await refusal(
        openPublisherKey(devKeyFileBytes(), TEST_PASSPHRASE, { now: TEST_NOW, knownRevocations: [list] }),
      ),
    ).toBe('revoked');
  });

  it('is refused where the development root is not trusted (a release build holds production roots only)', async () => {
    const production = APP_TRUST_ROOTS.filter((r) => !r.dev);
    expect(
      await refusal(
        openPublisherKey(devKeyFileBytes(), TEST_PASSPHRASE, { now: TEST_NOW, trustedKeys: production }),
      ),
    ).toBe('untrusted');
  });

  it('a file sealed again opens with its own passphrase, NFC-normalised', async () => {
    const bytes = await sealPublisherKey(
      {
        keyId: DEV_SIGNING_KEY.keyId,
        secretKey: DEV_SIGNING_KEY.secretKey,
        certificate: DEV_SIGNING_KEY.certificate,
        revocations: DEV_SIGNING_KEY.revocations,
      },
      'Bureau de Goma, clé \u00e9diteur',
      { cost: { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 } },
    );
    const header = await readKeyFile(bytes);
    expect(typeof header === 'object' && header.kdf.memoryKiB).toBe(8192);
    const signer = await openPublisherKey(bytes, 'Bureau de Goma, cle\u0301 e\u0301diteur', {
      now: TEST_NOW,
    });
    expect(signer.identity.keyId).toBe('dalili-dev-publisher');
  });
});

describe('hostile key files (test/fixtures/workshop): each refused with its own code', () => {
  it('every file of the corpus is listed in cases.json', () => {
    const files = readdirSync(HOSTILE).filter((f) => !f.endsWith('.ts') && f !== 'cases.json');
    expect(files.sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [file, { expect: code }] of Object.entries(cases)) {
    it(`${file} → ${code}`, async () => {
      const bytes = new Uint8Array(readFileSync(resolve(HOSTILE, file)));
      expect(await refusal(openPublisherKey(bytes, TEST_PASSPHRASE, { now: TEST_NOW }))).toBe(code);
    });
  }

  it('an oversized file is not read as a key file', async () => {
    const big = new Uint8Array(300 * 1024).fill(0x20);
    expect(await refusal(openPublisherKey(big, TEST_PASSPHRASE, { now: TEST_NOW }))).toBe('not-a-key-file');
  });

  it('an empty file and an empty passphrase are refused, not thrown as anything else', async () => {
    expect(await refusal(openPublisherKey(new Uint8Array(), TEST_PASSPHRASE))).toBe('not-a-key-file');
    expect(await refusal(openPublisherKey(devKeyFileBytes(), '', { now: TEST_NOW }))).toBe(
      'wrong-passphrase',
    );
  });
});
