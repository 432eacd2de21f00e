import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ed25519Backend, setEd25519Backend, type Ed25519Backend } from '../../../renderer/core/content/ed25519';
import { utf8Bytes } from '../../../renderer/core/text';
import { loadPack } from '../../../renderer/core/content/loadPack';
import type { LoadOptions } from '../../../renderer/core/content/loadPack';
import { PackError } from '../../../renderer/core/content/packError';
import type { PackErrorCode } from '../../../renderer/core/content/packError';
import { PACK_SCHEMA_VERSION, PART } from '../../../renderer/core/content/packManifest';
import { DEV_TRUST_ROOTS as TRUSTED_KEYS } from '../../../renderer/core/content/devTrustRoots';
import { buildParts, flipByte, makeKey, manifestOf, reader, resign } from './packHelpers';

const options: LoadOptions = { trustedKeys: TRUSTED_KEYS, allowDevKeys: true };

const refusal = async (parts: Map<string, Uint8Array>, opts: LoadOptions = options): Promise<PackError> => {
  try {
    await loadPack(reader(parts), opts);
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return error as PackError;
  }
  throw new Error('the pack was accepted');
};

const expectRefused = async (
  parts: Map<string, Uint8Array>,
  code: PackErrorCode,
  part?: string,
  opts: LoadOptions = options,
): Promise<void> => {
  const error = await refusal(parts, opts);
  expect(error.code).toBe(code);
  if (part) expect(error.part).toBe(part);
};

// Every case runs with both Ed25519 implementations: WebCrypto's (what Chromium, Electron and Node 20
// use) and @noble/curves (the fallback where a runtime lacks it).
const BACKENDS: Ed25519Backend[] = ['webcrypto', 'noble'];

describe('without a forced implementation', () => {
  it('this runtime verifies with WebCrypto (so the cases below test the path the app takes)', async () => {
    setEd25519Backend(undefined);
    expect(await ed25519Backend()).toBe('webcrypto');
  });
});

describe.each(BACKENDS)('tampered packs are refused before anything is returned (Ed25519: %s)', (backend) => {
  beforeAll(() => setEd25519Backend(backend));
  afterAll(() => setEd25519Backend(undefined));

  it('a good pack is accepted', async () => {
    expect(await ed25519Backend()).toBe(backend);
    const pack = await loadPack(reader(await buildParts()), options);
    expect(pack.documents.length).toBeGreaterThan(0);
    expect(pack.signedBy.dev).toBe(true);
  });

  for (const name of [PART.list, PART.documents, PART.entries, PART.tags, PART.search]) {
    it(`a flipped byte in ${name} → hash-mismatch`, async () => {
      const parts = await buildParts();
      parts.set(name, flipByte(parts.get(name) ?? new Uint8Array()));
      await expectRefused(parts, 'hash-mismatch', name);
    });

    it(`${name} missing → missing-part`, async () => {
      const parts = await buildParts();
      parts.delete(name);
      await expectRefused(parts, 'missing-part', name);
    });
  }

  it('a flipped byte in the manifest → signature-invalid', async () => {
    const parts = await buildParts();
    // Inside the packVersion digit, so the JSON stays valid and only the signature can notice.
    const manifest = parts.get(PART.manifest) ?? new Uint8Array();
    const at = new TextDecoder().decode(manifest).indexOf('"packVersion": 1') + '"packVersion": '.length;
    parts.set(PART.manifest, flipByte(manifest, at));
    expect(manifestOf(parts).packVersion).toBe(0);
    await expectRefused(parts, 'signature-invalid', PART.signature);
  });

  it('a flipped bit in the signature → signature-invalid', async () => {
    const parts = await buildParts();
    const sig = JSON.parse(new TextDecoder().decode(parts.get(PART.signature))) as { signature: string };
    const first = sig.signature[0] === '0' ? '1' : '0';
    parts.set(PART.signature, utf8Bytes(JSON.stringify({ ...sig, signature: first + sig.signature.slice(1) })));
    await expectRefused(parts, 'signature-invalid', PART.signature);
  });

  it("another pack's signature (swapped) → signature-invalid", async () => {
    const parts = await buildParts({ packVersion: 1 });
    const other = await buildParts({ packVersion: 2 });
    parts.set(PART.signature, other.get(PART.signature) ?? new Uint8Array());
    await expectRefused(parts, 'signature-invalid', PART.signature);
  });

  it('a pack signed by a key the app does not trust → untrusted-key', async () => {
    const stranger = makeKey('stranger');
    await expectRefused(await buildParts({ key: stranger.signing }), 'untrusted-key', PART.signature);
  });

  it('a dev-signed pack where dev packs are not allowed → dev-key-refused', async () => {
    await expectRefused(await buildParts(), 'dev-key-refused', PART.signature, { ...options, allowDevKeys: false });
  });

  it('a garbled signature file → malformed', async () => {
    const parts = await buildParts();
    parts.set(PART.signature, utf8Bytes('{"algorithm":"rsa"}'));
    await expectRefused(parts, 'malformed', PART.signature);
  });

  it('manifest or signature missing → missing-part', async () => {
    for (const name of [PART.manifest, PART.signature]) {
      const parts = await buildParts();
      parts.delete(name);
      await expectRefused(parts, 'missing-part', name);
    }
  });

  it('an older pack than minPackVersion → older-version', async () => {
    await expectRefused(await buildParts({ packVersion: 3 }), 'older-version', PART.manifest, {
      ...options,
      minPackVersion: 4,
    });
  });

  it('a validly signed pack of a newer schema version → schema-unsupported', async () => {
    const parts = await resign(await buildParts(), {
      manifest: (m) => ({ ...m, schemaVersion: PACK_SCHEMA_VERSION + 1 }),
    });
    await expectRefused(parts, 'schema-unsupported', PART.manifest);
  });

  it('a validly signed manifest that lacks a required part → malformed', async () => {
    const parts = await resign(await buildParts(), {
      manifest: (m) => ({ ...m, parts: m.parts.filter((p) => p.name !== PART.tags) }),
    });
    await expectRefused(parts, 'malformed', PART.manifest);
  });

  it('validly signed and hashed but wrongly shaped content → malformed', async () => {
    const parts = await resign(await buildParts(), {
      replace: { [PART.entries]: utf8Bytes('[{"id":"x"}]') },
    });
    await expectRefused(parts, 'malformed', PART.entries);
  });

  it('a validly signed part that is not UTF-8 JSON → malformed', async () => {
    const parts = await resign(await buildParts(), { replace: { [PART.documents]: new Uint8Array([0xff, 0xfe]) } });
    await expectRefused(parts, 'malformed', PART.documents);
  });

  it('reads nothing but manifest and signature when the signature fails', async () => {
    const parts = await buildParts({ key: makeKey('stranger').signing });
    const read: string[] = [];
    await expect(
      loadPack((name) => {
        read.push(name);
        return Promise.resolve(parts.get(name));
      }, options),
    ).rejects.toBeInstanceOf(PackError);
    expect(read.sort()).toEqual([PART.manifest, PART.signature].sort());
  });
});
