import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PART } from '../../../renderer/core/content/packManifest';
import { PACK_FILE_EXTENSION, writePackFile } from '../../../renderer/core/content/packFile';
import { DEFAULT_PACK_DIR, DEFAULT_PACK_FILE_DIR } from '../packFolder';
import { asString, cliArgs, fail } from './cliArgs';
import { describePack, verifyPath } from './verifyPath';

// npm run content:pack [-- <out-file-or-folder>] [--from <pack folder>] [--release]
// Wraps a built (and possibly re-signed) pack folder into one .dalili-pack file for USB transfer.
// The folder is verified first and the file after, so a bad pack is never written silently.

const { values, positionals } = cliArgs({ from: { type: 'string' }, release: { type: 'boolean' } });
const from = resolve(asString(values.from) ?? DEFAULT_PACK_DIR);

const main = async (): Promise<void> => {
  const release = values.release === true;
  const pack = await verifyPath(from, release);
  const target = resolve(positionals[0] ?? DEFAULT_PACK_FILE_DIR);
  const file = target.endsWith(PACK_FILE_EXTENSION)
    ? target
    : join(target, `dalili-contenu-v${pack.manifest.packVersion}${PACK_FILE_EXTENSION}`);
  const names = [PART.manifest, PART.signature, ...pack.manifest.parts.map((p) => p.name)];
  const bytes = writePackFile(names.map((name) => [name, new Uint8Array(readFileSync(join(from, name)))] as const));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  const check = await verifyPath(file, release);
  console.log(`✓ ${file} (${bytes.length} bytes)\n  ${describePack(check)}`);
};

main().catch((error: unknown) =>
  fail(`content:pack: ${error instanceof Error ? error.message : String(error)} (run npm run content:build first?)`),
);
