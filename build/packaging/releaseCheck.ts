import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHex } from '../../renderer/core/text';
import { DEV_ROOT } from '../../renderer/core/content/devTrustRoots';
import type { LoadedPack } from '../../renderer/core/content/loadPack';
import { isPackError } from '../../renderer/core/content/packError';
import { PRODUCTION_ROOTS, type TrustedKey } from '../../renderer/core/content/trustedKeys';
import { verifyPath } from '../content/cli/verifyPath';

// What `npm run package` insists on before it builds an installer (package.mts): a production root
// configured, the bundled pack verifying under the production roots alone, and the development root
// absent from everything that ships.

export class ReleaseRefused extends Error {
  override name = 'ReleaseRefused';
}

const ROOTS_FILE = 'renderer/core/content/productionRoots.json';

export function assertProductionRoots(roots: readonly TrustedKey[] = PRODUCTION_ROOTS): void {
  if (roots.length === 0) {
    throw new ReleaseRefused(
      `npm run package: no production root public key is configured (${ROOTS_FILE} lists none). ` +
        'A release only trusts production roots, so nothing could be verified. Create the root key on the offline ' +
        'computer (npm run content:keygen -- --role root --out <USB stick>/dalili-root.json), add the line it prints ' +
        `to ${ROOTS_FILE}, certify a publisher and sign the pack: see build/content/README.md, "Release, step by step".`,
    );
  }
  if (roots.some((r) => r.dev || r.publicKey === DEV_ROOT.publicKey)) {
    throw new ReleaseRefused(
      `npm run package: the development root is listed in ${ROOTS_FILE}; its secret is public. Remove it.`,
    );
  }
}

/** The bundled pack must verify exactly as a release build will check it: production roots only. */
export async function assertPackVerifies(
  packDir: string,
  roots: readonly TrustedKey[] = PRODUCTION_ROOTS,
): Promise<LoadedPack> {
  try {
    return await verifyPath(packDir, true, roots);
  } catch (error) {
    const reason = isPackError(error) ? error.code : error instanceof Error ? error.message : String(error);
    throw new ReleaseRefused(
      `npm run package: the bundled pack (${packDir}) does not verify under the production roots (${reason}). ` +
        'Sign it with a production publisher key certified by a production root: ' +
        'DALILI_RELEASE=1 DALILI_PACK_SIGNING_KEY_FILE=<publisher key> npm run content:build (build/content/README.md).',
    );
  }
}

/** The forms in which the development root's public key could appear in shipped files. */
export function devRootForms(): string[] {
  const bytes = parseHex(DEV_ROOT.publicKey) ?? new Uint8Array();
  const base64 = Buffer.from(bytes).toString('base64');
  const base64url = Buffer.from(bytes).toString('base64url');
  return [DEV_ROOT.publicKey, DEV_ROOT.publicKey.toUpperCase(), base64, base64.replace(/=+$/, ''), base64url];
}

/** Files under `dir` containing the development root's public key, in any of its forms. */
export function filesWithDevRoot(dir: string): string[] {
  const forms = devRootForms();
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else {
        const text = readFileSync(file).toString('latin1');
        if (forms.some((f) => text.includes(f))) found.push(path.relative(dir, file));
      }
    }
  };
  walk(dir);
  return found;
}

export function assertNoDevRoot(dir: string): void {
  const found = filesWithDevRoot(dir);
  if (found.length > 0) {
    throw new ReleaseRefused(
      `npm run package: the development root key is in the build (${found.join(', ')}): build with DALILI_RELEASE=1.`,
    );
  }
}
