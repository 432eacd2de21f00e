import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHex } from '../../renderer/core/text';
import { parseCertificate } from '../../renderer/core/content/publisherCertificate';
import { signedDocumentSchema, type SignedDocument } from '../../renderer/core/content/signedDocument';
import type { SigningKey } from './buildPack';

// Where the pack signer comes from. A signer is a publisher key plus its root-signed certificate
// plus the root's current revocation list:
// - key: DALILI_PACK_SIGNING_KEY (the JSON of a key file, or a hex secret), else
//   DALILI_PACK_SIGNING_KEY_FILE or --key-file (a key file kept outside the repository), else the
//   committed development publisher;
// - certificate: DALILI_PACK_CERTIFICATE_FILE or --certificate, else `<key file>.cert.json` beside
//   the key file (content:certify writes it there);
// - revocation list: DALILI_PACK_REVOCATIONS_FILE or --revocations, else the committed list of the
//   certificate's root (keys/revocations.json for production, keys/dev-revocations.json for dev).
// A production secret inside the repository is refused.

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const KEYS_DIR = resolve(REPO_ROOT, 'build/content/keys');
export const DEV_ROOT_KEY_FILE = resolve(KEYS_DIR, 'dev-root-ed25519.json');
export const DEV_PUBLISHER_KEY_FILE = resolve(KEYS_DIR, 'dev-publisher-ed25519.json');
export const DEV_REVOCATIONS_FILE = resolve(KEYS_DIR, 'dev-revocations.json');
export const PRODUCTION_REVOCATIONS_FILE = resolve(KEYS_DIR, 'revocations.json');

export interface KeyFile {
  role?: 'root' | 'publisher';
  id?: string;
  secretKey?: string;
  publicKey?: string;
  dev?: boolean;
}

export interface LoadedKey {
  id: string;
  role: 'root' | 'publisher' | undefined;
  secretKey: Uint8Array;
  dev: boolean;
}

const fromSecretHex = (hex: string, id: string, dev: boolean, role: LoadedKey['role'], origin: string): LoadedKey => {
  const secretKey = parseHex(hex.trim());
  if (!secretKey || secretKey.length !== 32) throw new Error(`${origin}: the secret key must be 32 bytes of hex`);
  return { id, role, secretKey, dev };
};

export const parseKeyFile = (text: string, origin: string): LoadedKey => {
  let parsed: KeyFile;
  try {
    parsed = JSON.parse(text) as KeyFile;
  } catch {
    throw new Error(`${origin}: not a JSON key file`);
  }
  return fromSecretHex(parsed.secretKey ?? '', parsed.id ?? 'production', parsed.dev === true, parsed.role, origin);
};

export const insideRepo = (path: string): boolean => !relative(REPO_ROOT, path).startsWith('..');

/** Reads a key file; a non-development secret inside the repository is refused. */
export const readKeyFile = (file: string): LoadedKey => {
  const path = resolve(file);
  if (!existsSync(path)) throw new Error(`key file not found: ${path}`);
  const key = parseKeyFile(readFileSync(path, 'utf8'), path);
  if (!key.dev && insideRepo(path)) {
    throw new Error(`refusing a production key inside the repository (${path}): keep it outside and pass its path`);
  }
  return key;
};

export const readSignedDocument = (file: string, what: string): SignedDocument => {
  const path = resolve(file);
  if (!existsSync(path)) throw new Error(`${what} not found: ${path}`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new Error(`${path}: the ${what} is not JSON`);
  }
  const parsed = signedDocumentSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${path}: not a signed Dalili ${what}`);
  return parsed.data;
};

export const certificateFileFor = (keyFile: string): string => resolve(keyFile).replace(/(\.public)?(\.json)?$/, '.cert.json');

export interface SignerOptions {
  keyFile?: string | undefined;
  certificateFile?: string | undefined;
  revocationsFile?: string | undefined;
}

export const loadSigningKey = (
  env: NodeJS.ProcessEnv = process.env,
  options: SignerOptions = {},
): SigningKey & { origin: string } => {
  const inline = env.DALILI_PACK_SIGNING_KEY?.trim();
  // Empty values count as unset (a CI job often exports the variable empty).
  const keyFile = options.keyFile || env.DALILI_PACK_SIGNING_KEY_FILE || (inline ? undefined : DEV_PUBLISHER_KEY_FILE);
  let key: LoadedKey;
  if (inline) {
    key = inline.startsWith('{')
      ? parseKeyFile(inline, 'DALILI_PACK_SIGNING_KEY')
      : fromSecretHex(inline, env.DALILI_PACK_SIGNING_KEY_ID ?? 'production', false, 'publisher', 'DALILI_PACK_SIGNING_KEY');
  } else {
    key = readKeyFile(keyFile ?? DEV_PUBLISHER_KEY_FILE);
  }
  if (key.role === 'root') {
    throw new Error('this is a root key: roots certify publishers (content:certify), they never sign packs');
  }
  const certPath = options.certificateFile || env.DALILI_PACK_CERTIFICATE_FILE || (keyFile ? certificateFileFor(keyFile) : undefined);
  if (!certPath) throw new Error('no certificate: set DALILI_PACK_CERTIFICATE_FILE or pass --certificate');
  const certificate = readSignedDocument(certPath, 'publisher certificate');
  const cert = parseCertificate(certificate);
  if (!cert) throw new Error(`${certPath}: not a Dalili publisher certificate`);
  const revPath =
    options.revocationsFile || env.DALILI_PACK_REVOCATIONS_FILE || (key.dev ? DEV_REVOCATIONS_FILE : PRODUCTION_REVOCATIONS_FILE);
  const revocations = readSignedDocument(revPath, 'revocation list');
  return {
    keyId: cert.keyId,
    secretKey: key.secretKey,
    dev: key.dev,
    certificate,
    revocations,
    origin: inline ? 'DALILI_PACK_SIGNING_KEY' : resolve(keyFile ?? DEV_PUBLISHER_KEY_FILE),
  };
};
