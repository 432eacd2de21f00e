import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackContainer, readPackFile, writePackFile } from '../../../renderer/core/content/packFile';
import { PART } from '../../../renderer/core/content/packManifest';
import { serializeSignature, signManifest } from '../../../renderer/core/content/packSignature';
import { DEV_TRUST_ROOTS } from '../../../renderer/core/content/devTrustRoots';
import { PRODUCTION_ROOTS } from '../../../renderer/core/content/trustedKeys';
import { DEV_SIGNING_KEY, FIXTURES } from './packHelpers';
import { LEGACY_VERIFIE_NOTE } from '../../../renderer/core/content/packParts';

// A schema-1, container-1 pack frozen on disk as one binary file (built once from the valid
// fixtures, never rebuilt), signed the way packs were before the root → publisher chain (issue 16):
// a bare key in manifest.sig. Only the development key ever signed such packs (no production key
// existed), so none can be trusted: every build refuses them with 'old-format', which the UI
// translates ("ancien format … demandez une bibliothèque récente"), and the pack in use stays.

describe('frozen v1 content pack (signed before the chain of trust)', () => {
  const bytes = new Uint8Array(readFileSync(resolve(FIXTURES, 'frozen-v1.dalili-pack')));

  it.each([
    ['a development build', [...PRODUCTION_ROOTS, ...DEV_TRUST_ROOTS], true],
    ['a release build', PRODUCTION_ROOTS, false],
  ] as const)('is refused as old-format in %s', async (_label, trustedKeys, allowDevKeys) => {
    await expect(readPackFile(bytes, { trustedKeys, allowDevKeys })).rejects.toMatchObject({ code: 'old-format', part: 'manifest.sig' });
  });
});

/** The frozen pack's parts, byte for byte, with manifest.sig made again by the development chain. */
function resignedFrozen(): Uint8Array {
  const parts = readPackContainer(new Uint8Array(readFileSync(resolve(FIXTURES, 'frozen-v1.dalili-pack'))));
  const manifest = parts.get(PART.manifest)!;
  parts.set(PART.signature, serializeSignature(signManifest(manifest, DEV_SIGNING_KEY)));
  return writePackFile([...parts.entries()]);
}

describe('a pack built before the verification levels (its parts, signed again under the chain)', () => {
  it('reads the former "verifie" as a-verifier with a note, never as a level it was not checked at, and every text as a summary', async () => {
    const pack = await readPackFile(resignedFrozen(), { trustedKeys: DEV_TRUST_ROOTS, allowDevKeys: true });
    const formerlyVerified = pack.entriesById.get('loi-test/art-1');
    expect(formerlyVerified?.verification.status).toBe('a-verifier');
    expect(formerlyVerified?.verification.note).toBe(LEGACY_VERIFIE_NOTE);
    expect(pack.entries.every((e) => e.nature === 'resume')).toBe(true);
    expect(pack.entries.every((e) => ['officiel', 'concordant', 'a-verifier'].includes(e.verification.status))).toBe(true);
    // Without a publisher the label stands in, so a legacy source is never silently merged with another.
    expect(formerlyVerified?.sources[0]?.publisher).toBe(formerlyVerified?.sources[0]?.label);
  });
});
