import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackFile } from '../../../renderer/core/content/packFile';
import { DEV_TRUST_ROOTS } from '../../../renderer/core/content/devTrustRoots';
import { PRODUCTION_ROOTS } from '../../../renderer/core/content/trustedKeys';
import { FIXTURES } from './packHelpers';

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
