import { z } from 'zod';
import {
  aesGcmDecrypt,
  type Argon2idCost,
  defaultKdfRunner,
  deriveKey,
  fromBase64,
  importAesGcmKey,
  isAcceptableCost,
  KDF_FLOOR,
  KDF_SALT_BYTES,
  type KdfRunner,
  randomBytes,
  toBase64,
  wipe,
} from '../crypto';
import type { SignedDocument } from '../content';
import { concatBytes, sha256Hex, utf8Bytes, utf8Text } from '../text';

// The publisher key file (.dalili-key, issue 20): a publisher's Ed25519 secret with its root-signed
// certificate and the root's revocation list, sealed under a passphrase. JSON, format version 1:
//   { format: "dalili-publisher-key", version: 1, keyId,
//     kdf: { algorithm: "argon2id", version: 19, memoryKiB, iterations, parallelism, salt (base64) },
//     cipher: { algorithm: "aes-256-gcm", iv (base64, 12 bytes) },
//     ciphertext (base64), checksum (hex) }
// Argon2id (hash-wasm, through core/crypto) turns the passphrase into an AES-256-GCM key; the sealed
// plaintext is the 32-byte secret followed by the JSON { role, certificate, revocations }, so the
// secret never becomes a string. The header (keyId, kdf, cipher) is the GCM additional data: a changed
// parameter cannot go unnoticed. `checksum` is SHA-256 over that header and the ciphertext: not a
// protection (anyone can recompute it) but what tells a damaged file from a wrong passphrase.

export const KEY_FILE_FORMAT = 'dalili-publisher-key';
export const KEY_FILE_VERSION = 1;
export const KEY_FILE_EXTENSION = '.dalili-key';
/** A key file is a few kilobytes; anything far bigger is not one. */
export const KEY_FILE_MAX_BYTES = 256 * 1024;
const AAD_CONTEXT = 'dalili-publisher-key/v1\n';
const SECRET_BYTES = 32;

const base64 = z
  .string()
  .max(400_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);
export const keyFileSchema = z.strictObject({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(KEY_FILE_VERSION),
  keyId: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/),
  kdf: z.strictObject({
    algorithm: z.literal('argon2id'),
    version: z.literal(19),
    memoryKiB: z.number().int(),
    iterations: z.number().int(),
    parallelism: z.number().int(),
    salt: base64,
  }),
  cipher: z.strictObject({ algorithm: z.literal('aes-256-gcm'), iv: base64 }),
  ciphertext: base64,
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

export const sealedPayloadSchema = z.strictObject({
  role: z.string().max(40),
  certificate: z.unknown(),
  revocations: z.unknown(),
});

/** The header as authenticated: rebuilt in a fixed key order, whatever order the file has. */
const additionalData = (file: Pick<KeyFile, 'keyId' | 'kdf' | 'cipher'>): Uint8Array<ArrayBuffer> => {
  const { kdf, cipher } = file;
  const header = {
    keyId: file.keyId,
    kdf: {
      algorithm: kdf.algorithm,
      version: kdf.version,
      memoryKiB: kdf.memoryKiB,
      iterations: kdf.iterations,
      parallelism: kdf.parallelism,
      salt: kdf.salt,
    },
    cipher: { algorithm: cipher.algorithm, iv: cipher.iv },
  };
  return new Uint8Array(utf8Bytes(`${AAD_CONTEXT}${JSON.stringify(header)}`));
};

export const keyFileChecksum = (
  file: Pick<KeyFile, 'keyId' | 'kdf' | 'cipher' | 'ciphertext'>,
): Promise<string> => sha256Hex(concatBytes(additionalData(file), utf8Bytes(file.ciphertext)));

export interface SealInput {
  keyId: string;
  /** The 32-byte Ed25519 secret. Not wiped here: the caller owns it. */
  secretKey: Uint8Array;
  certificate: SignedDocument;
  revocations: SignedDocument;
  /** Always 'publisher' in files the CLI writes; the hostile test corpus seals a 'root' too. */
  role?: string;
}

/** Seals a publisher key under a passphrase (the CLI content:protect-key, and test fixtures). */
export const sealPublisherKey = async (
  input: SealInput,
  passphrase: string,
  options: { cost?: Argon2idCost; kdfRunner?: KdfRunner } = {},
): Promise<Uint8Array> => {
  if (input.secretKey.length !== SECRET_BYTES) throw new RangeError('the secret key must be 32 bytes');
  const cost = options.cost ?? KDF_FLOOR;
  const salt = randomBytes(KDF_SALT_BYTES);
  const kdf = { algorithm: 'argon2id' as const, version: 19 as const, ...cost, salt: toBase64(salt) };
  const derived = await deriveKey(passphrase, { ...kdf, salt }, options.kdfRunner ?? defaultKdfRunner());
  const aesKey = await importAesGcmKey(derived);
  wipe(derived);
  const payload = utf8Bytes(
    JSON.stringify({
      role: input.role ?? 'publisher',
      certificate: input.certificate,
      revocations: input.revocations,
    }),
  );
  const plaintext = new Uint8Array(SECRET_BYTES + payload.length);
  plaintext.set(input.secretKey);
  plaintext.set(payload, SECRET_BYTES);
  // The IV is drawn first so it can be part of the additional data it authenticates.
  const iv = randomBytes(12);
  const header = { keyId: input.keyId, kdf, cipher: { algorithm: 'aes-256-gcm' as const, iv: toBase64(iv) } };
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(header), tagLength: 128 },
      aesKey,
      plaintext,
    ),
  );
  plaintext.fill(0);
  const body = { ...header, ciphertext: toBase64(ciphertext) };
  const file: KeyFile = {
    format: KEY_FILE_FORMAT,
    version: KEY_FILE_VERSION,
    keyId: body.keyId,
    kdf: body.kdf,
    cipher: body.cipher,
    ciphertext: body.ciphertext,
    checksum: await keyFileChecksum(body),
  };
  return utf8Bytes(`${JSON.stringify(file, null, 2)}\n`);
};

export type KeyFileReadError = 'not-a-key-file' | 'unsupported-version' | 'damaged';

/** The file's header, checked: shape, KDF bounds, checksum. Returns the failure code otherwise. */
export const readKeyFile = async (bytes: Uint8Array): Promise<KeyFile | KeyFileReadError> => {
  if (bytes.length > KEY_FILE_MAX_BYTES) return 'not-a-key-file';
  let raw: unknown;
  try {
    raw = JSON.parse(utf8Text(bytes));
  } catch {
    // Text that starts like our JSON but does not parse was cut or damaged; anything else is foreign.
    const start = new TextDecoder().decode(bytes.subarray(0, 64));
    return /^\s*\{\s*"format"\s*:\s*"dalili-publisher-key"/.test(start) ? 'damaged' : 'not-a-key-file';
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== KEY_FILE_FORMAT) {
    return 'not-a-key-file';
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > KEY_FILE_VERSION) return 'unsupported-version';
  const parsed = keyFileSchema.safeParse(raw);
  if (!parsed.success || !isAcceptableCost(parsed.data.kdf)) return 'damaged';
  if ((await keyFileChecksum(parsed.data)) !== parsed.data.checksum) return 'damaged';
  return parsed.data;
};

/** Passphrase → plaintext, or undefined when the passphrase (or the authenticated header) is wrong. */
export const unsealKeyFile = async (
  file: KeyFile,
  passphrase: string,
  kdfRunner: KdfRunner = defaultKdfRunner(),
): Promise<Uint8Array | undefined> => {
  const salt = fromBase64(file.kdf.salt);
  const iv = fromBase64(file.cipher.iv);
  const derived = await deriveKey(passphrase, { ...file.kdf, salt }, kdfRunner);
  const aesKey = await importAesGcmKey(derived);
  wipe(derived);
  try {
    return await aesGcmDecrypt(aesKey, { iv, ciphertext: fromBase64(file.ciphertext) }, additionalData(file));
  } catch {
    return undefined;
  }
};
