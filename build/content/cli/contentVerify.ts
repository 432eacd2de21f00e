import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isPackError } from '../../../renderer/core/content/packError';
import { DEFAULT_PACK_DIR } from '../packFolder';
import { cliArgs, fail } from './cliArgs';
import { describePack, verifyPath } from './verifyPath';

// npm run content:verify [-- <folder-or-.dalili-pack>] [--release]
// --release trusts only the production roots (renderer/core/content/productionRoots.json), as a
// release build does: a pack certified by the development root is then refused.

const { values, positionals } = cliArgs({ release: { type: 'boolean' } });
const path = resolve(positionals[0] ?? DEFAULT_PACK_DIR);
if (!existsSync(path)) fail(`content:verify: ${path} does not exist`);

verifyPath(path, values.release === true)
  .then((pack) => console.log(`✓ ${path}: signature and all ${pack.manifest.parts.length} part hashes verified\n  ${describePack(pack)}`))
  .catch((error: unknown) => {
    if (isPackError(error)) fail(`content:verify: ${path} refused: ${error.code}${error.part ? ` in ${error.part}` : ''} (${error.message})`);
    fail(`content:verify: ${path}: ${error instanceof Error ? error.message : String(error)}`);
  });
