import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHex } from '../../renderer/core/content/bytes';
import type { SigningKey } from './buildPack';

// Where the signing key comes from, in order: DALILI_PACK_SIGNING_KEY (hex secret, or the JSON of a
// key file), DALILI_PACK_SIGNING_KEY_FILE or --key-file (a JSON key file kept outside the repository),
// else the committed development key. A production key is refused if it sits inside the repository.

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEV_KEY_FILE = resolve(REPO_ROOT, 'build/content/keys/dev-ed25519.json');

interface KeyFile {
  id?: string;
  secretKey?: string;
  dev?: boolean;
}

const fromJson = (text: string, origin: string): SigningKey => {
  let parsed: KeyFile;
  try {
    parsed = JSON.parse(text) as KeyFile;
  } catch {
    throw new Error(`${origin}: not a JSON key file`);
  }
  return fromSecretHex(parsed.secretKey ?? '', parsed.id ?? 'production', parsed.dev === true, origin);
};

const fromSecretHex = (hex: string, keyId: string, dev: boolean, origin: string): SigningKey => {
  const secretKey = fromHex(hex.trim());
  if (!secretKey || secretKey.length !== 32) throw new Error(`${origin}: the secret key must be 32 bytes of hex`);
  return { keyId, secretKey, dev };
};

const insideRepo = (path: string): boolean => !relative(REPO_ROOT, path).startsWith('..');

export const loadSigningKey = (
  env: NodeJS.ProcessEnv = process.env,
  keyFileArg?: string,
): SigningKey & { origin: string } => {
  const inline = env.DALILI_PACK_SIGNING_KEY?.trim();
  if (inline) {
    const key = inline.startsWith('{')
      ? fromJson(inline, 'DALILI_PACK_SIGNING_KEY')
      : fromSecretHex(inline, env.DALILI_PACK_SIGNING_KEY_ID ?? 'production', false, 'DALILI_PACK_SIGNING_KEY');
    return { ...key, origin: 'DALILI_PACK_SIGNING_KEY' };
  }
  const file = keyFileArg ?? env.DALILI_PACK_SIGNING_KEY_FILE;
  if (file) {
    const path = resolve(file);
    if (!existsSync(path)) throw new Error(`signing key file not found: ${path}`);
    const key = fromJson(readFileSync(path, 'utf8'), path);
    if (!key.dev && insideRepo(path)) {
      throw new Error(`refusing a production key inside the repository (${path}): keep it outside and pass its path`);
    }
    return { ...key, origin: path };
  }
  return { ...fromJson(readFileSync(DEV_KEY_FILE, 'utf8'), DEV_KEY_FILE), origin: 'development key' };
};
