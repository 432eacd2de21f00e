import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PART } from '../../../renderer/core/content/packManifest';
import { readPackContainer, writePackFile } from '../../../renderer/core/content/packFile';
import { serializeSignature, signManifest } from '../../../renderer/core/content/packSignature';
import { DEFAULT_PACK_DIR, isDirectory } from '../packFolder';
import { loadSigningKey } from '../signingKey';
import { asString, cliArgs, fail } from './cliArgs';
import { describePack, verifyPath } from './verifyPath';

// npm run content:sign [-- <folder-or-.dalili-pack>] [--key-file <path>]
// (Re)signs an existing pack's manifest, e.g. with the production key kept outside the repository
// (DALILI_PACK_SIGNING_KEY / DALILI_PACK_SIGNING_KEY_FILE), then verifies the result.

const { values, positionals } = cliArgs({ 'key-file': { type: 'string' } });
const path = resolve(positionals[0] ?? DEFAULT_PACK_DIR);

const main = async (): Promise<void> => {
  const key = loadSigningKey(process.env, asString(values['key-file']));
  if (isDirectory(path)) {
    const manifest = new Uint8Array(readFileSync(join(path, PART.manifest)));
    writeFileSync(join(path, PART.signature), serializeSignature(signManifest(manifest, key.secretKey, key.keyId)));
  } else {
    const parts = readPackContainer(new Uint8Array(readFileSync(path)));
    const manifest = parts.get(PART.manifest);
    if (!manifest) fail(`${path} has no ${PART.manifest}`);
    parts.set(PART.signature, serializeSignature(signManifest(manifest ?? new Uint8Array(), key.secretKey, key.keyId)));
    writeFileSync(path, writePackFile([...parts.entries()]));
  }
  const pack = await verifyPath(path, true);
  console.log(`✓ signed ${path} with ${key.keyId} (${key.origin})\n  ${describePack(pack)}`);
};

main().catch((error: unknown) => fail(`content:sign: ${error instanceof Error ? error.message : String(error)}`));
