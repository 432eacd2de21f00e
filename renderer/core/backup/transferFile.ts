import { z } from 'zod';
import {
  AES_GCM_IV_BYTES,
  aesGcmDecrypt,
  aesGcmEncrypt,
  type Argon2idCost,
  DecryptFailure,
  defaultKdfRunner,
  deriveKey,
  fromBase64,
  importAesGcmKey,
  isAcceptableCost,
  KDF_FLOOR,
  KDF_SALT_BYTES,
  type KdfParams,
  type KdfRunner,
  randomBytes,
  toBase64,
} from '../crypto';
import { concatBytes, sha256, utf8Bytes, utf8Text } from '../text';
import { BackupError } from './backupError';
import { containerPrefix, readContainer } from './container';
import { transferContentSchema, type TransferContent } from './transferContent';

// A .dalili-transfer file: the common container; its JSON header holds only the format and the
// Argon2id parameters (fresh salt); the body is IV || AES-256-GCM ciphertext of the JSON content,
// with the preamble and header as additional data (a changed cost or salt fails authentication).
// The key comes from the one-time transfer code, never from either office's vault key.

export const TRANSFER_FORMAT = 1;

const headerSchema = z.strictObject({
  kind: z.literal('dalili-transfer'),
  format: z.literal(TRANSFER_FORMAT),
  kdf: z.strictObject({
    algorithm: z.literal('argon2id'),
    version: z.literal(19),
    memoryKiB: z.number().int(),
    iterations: z.number().int(),
    parallelism: z.number().int(),
    salt: z.string().length(24),
  }),
});

export interface TransferKdfOptions {
  kdfRunner?: KdfRunner;
  /** Export cost; the production floor (64 MiB, 3 passes) unless a test lowers it. */
  cost?: Argon2idCost;
  /** Import: refuse files below this cost (Dalili never writes them). Tests lower it. */
  minimumCost?: Argon2idCost;
}

export async function encodeTransfer(
  content: TransferContent,
  code: string,
  options: TransferKdfOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const kdf: KdfParams = {
    algorithm: 'argon2id',
    version: 19,
    ...(options.cost ?? KDF_FLOOR),
    salt: randomBytes(KDF_SALT_BYTES),
  };
  const key = await keyFrom(code, kdf, options.kdfRunner);
  const plaintext = utf8Bytes(JSON.stringify(content));
  const header = {
    kind: 'dalili-transfer',
    format: TRANSFER_FORMAT,
    kdf: { ...kdf, salt: toBase64(kdf.salt) },
  };
  const prefix = containerPrefix('transfer', header, AES_GCM_IV_BYTES + plaintext.length + 16);
  const sealed = await aesGcmEncrypt(key, plaintext, prefix);
  plaintext.fill(0);
  const fileContent = concatBytes(prefix, sealed.iv, sealed.ciphertext);
  return concatBytes(fileContent, await sha256(fileContent));
}

interface CheckedTransfer {
  prefix: Uint8Array<ArrayBuffer>;
  body: Uint8Array<ArrayBuffer>;
  kdf: KdfParams;
}

/** Structure, sizes, integrity hash and KDF bounds: everything that needs no code. */
export async function checkTransferFile(
  file: Uint8Array,
  options: Pick<TransferKdfOptions, 'minimumCost'> = {},
): Promise<CheckedTransfer> {
  const container = await readContainer('transfer', file);
  const format = z
    .object({ kind: z.literal('dalili-transfer'), format: z.number() })
    .safeParse(container.header);
  if (format.success && format.data.format > TRANSFER_FORMAT) throw new BackupError('format-too-new');
  if (format.success && format.data.format < TRANSFER_FORMAT) throw new BackupError('format-unsupported');
  const header = headerSchema.safeParse(container.header);
  if (!header.success) throw new BackupError('corrupted');
  let salt: Uint8Array<ArrayBuffer>;
  try {
    salt = fromBase64(header.data.kdf.salt);
  } catch {
    throw new BackupError('corrupted');
  }
  const kdf: KdfParams = { ...header.data.kdf, salt };
  const floor = options.minimumCost ?? KDF_FLOOR;
  if (
    salt.length !== KDF_SALT_BYTES ||
    !isAcceptableCost(kdf) ||
    kdf.memoryKiB < floor.memoryKiB ||
    kdf.iterations < floor.iterations
  ) {
    throw new BackupError('corrupted');
  }
  if (container.body.length < AES_GCM_IV_BYTES + 16) throw new BackupError('corrupted');
  return { prefix: container.prefix, body: container.body, kdf };
}

/** Checks structure and integrity first (no key needed), then derives the key and decrypts. */
export async function decodeTransfer(
  file: Uint8Array,
  code: string,
  options: TransferKdfOptions = {},
): Promise<TransferContent> {
  const { prefix, body, kdf } = await checkTransferFile(file, options);
  const key = await keyFrom(code, kdf, options.kdfRunner);
  let plaintext: Uint8Array<ArrayBuffer>;
  try {
    const sealed = { iv: body.slice(0, AES_GCM_IV_BYTES), ciphertext: body.slice(AES_GCM_IV_BYTES) };
    plaintext = await aesGcmDecrypt(key, sealed, prefix);
  } catch (error) {
    // With the file's hash intact, a failed tag almost always means a wrong (but well-formed) code.
    throw new BackupError(error instanceof DecryptFailure ? 'wrong-transfer-code' : 'corrupted');
  }
  try {
    const parsed = transferContentSchema.safeParse(JSON.parse(utf8Text(plaintext)));
    if (!parsed.success) throw new BackupError('corrupted');
    return parsed.data;
  } catch (error) {
    throw error instanceof BackupError ? error : new BackupError('corrupted');
  } finally {
    plaintext.fill(0);
  }
}

async function keyFrom(code: string, kdf: KdfParams, runner: KdfRunner | undefined): Promise<CryptoKey> {
  let derived: Uint8Array<ArrayBuffer>;
  try {
    derived = await deriveKey(code, kdf, runner ?? defaultKdfRunner());
  } catch {
    throw new BackupError('kdf-failed');
  }
  try {
    return await importAesGcmKey(derived);
  } finally {
    derived.fill(0);
  }
}
