import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PART } from '../../../renderer/core/content/packManifest';
import { readPackContainer, writePackFile } from '../../../renderer/core/content/packFile';
import { serializeSignature, signManifest } from '../../../renderer/core/content/packSignature';
import { DEFAULT_PACK_DIR, isDirectory } from '../packFolder';
import { loadSigningKey } from '../signingKey';
import { asString, cliArgs, fail } from './cliArgs';
import { describePack, verifyPath } from './verifyPath';

// npm run content:sign [-- <folder-or-.dalili-pack>] [--key-file <path>] [--certificate <path>]
//                      [--revocations <path>]
// (Re)signs an existing pack's manifest with a publisher key kept outside the repository, its
// certificate and the root's revocation list (see signingKey.ts), then verifies the result as the
// app would (production roots only unless the signer is the development publisher).

const { values, positionals } = cliArgs({
  'key-file': { type: 'string' },
  certificate: { type: 'string' },
  revocations: { type: 'string' },
});
const path = resolve(positionals[0] ?? DEFAULT_PACK_DIR);

const main = async (): Promise<void> => {
  const key = loadSigningKey(process.env, {
    keyFile: asString(values['key-file']),
    certificateFile: asString(values.certificate),
    revocationsFile: asString(values.revocations),
  });
  if (isDirectory(path)) {
    const manifest = new Uint8Array(readFileSync(join(path, PART.manifest)));
    writeFileSync(join(path, PART.signature), serializeSignature(signManifest(manifest, key)));
  } else {
    const parts = readPackContainer(new Uint8Array(readFileSync(path)));
    const manifest = parts.get(PART.manifest);
    if (!manifest) fail(`${path} has no ${PART.manifest}`);
    parts.set(PART.signature, serializeSignature(signManifest(manifest ?? new Uint8Array(), key)));
    writeFileSync(path, writePackFile([...parts.entries()]));
  }
  const pack = await verifyPath(path, !key.dev);
  console.log(`✓ signed ${path} with ${key.keyId} (${key.origin})\n  ${describePack(pack)}`);
};

main().catch((error: unknown) => fail(`content:sign: ${error instanceof Error ? error.message : String(error)}`));
