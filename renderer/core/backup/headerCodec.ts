import { z } from 'zod';
import { fromBase64, toBase64 } from '../crypto';
import { isVaultError, parseHeader, type StoredHeader } from '../vault';
import { BackupError } from './backupError';

// The vault header travels in the backup's JSON header with its byte fields in base64. It keeps
// its own MAC and checksum, so a restored vault is checked exactly like one that never left.

const b64 = z
  .string()
  .max(128)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

const jsonHeaderSchema = z.strictObject({
  format: z.number(),
  vaultId: z.string(),
  kdf: z.strictObject({
    algorithm: z.string(),
    version: z.number(),
    memoryKiB: z.number(),
    iterations: z.number(),
    parallelism: z.number(),
    salt: b64,
  }),
  passphraseSlot: z.strictObject({ iv: b64, wrapped: b64 }),
  recoverySlot: z.strictObject({ salt: b64, iv: b64, wrapped: b64 }),
  mac: b64,
  checksum: b64,
});

export type JsonVaultHeader = z.infer<typeof jsonHeaderSchema>;

export function headerToJson(h: StoredHeader): JsonVaultHeader {
  return {
    format: h.format,
    vaultId: h.vaultId,
    kdf: {
      algorithm: h.kdf.algorithm,
      version: h.kdf.version,
      memoryKiB: h.kdf.memoryKiB,
      iterations: h.kdf.iterations,
      parallelism: h.kdf.parallelism,
      salt: toBase64(h.kdf.salt),
    },
    passphraseSlot: { iv: toBase64(h.passphraseSlot.iv), wrapped: toBase64(h.passphraseSlot.wrapped) },
    recoverySlot: {
      salt: toBase64(h.recoverySlot.salt),
      iv: toBase64(h.recoverySlot.iv),
      wrapped: toBase64(h.recoverySlot.wrapped),
    },
    mac: toBase64(h.mac),
    checksum: toBase64(h.checksum),
  };
}

/** Shape, sizes and format, via the vault's own parser; a newer vault header is 'format-too-new'. */
export function headerFromJson(value: unknown): StoredHeader {
  const parsed = jsonHeaderSchema.safeParse(value);
  if (!parsed.success) throw new BackupError('corrupted');
  const j = parsed.data;
  try {
    return parseHeader({
      format: j.format,
      vaultId: j.vaultId,
      kdf: { ...j.kdf, salt: fromBase64(j.kdf.salt) },
      passphraseSlot: { iv: fromBase64(j.passphraseSlot.iv), wrapped: fromBase64(j.passphraseSlot.wrapped) },
      recoverySlot: {
        salt: fromBase64(j.recoverySlot.salt),
        iv: fromBase64(j.recoverySlot.iv),
        wrapped: fromBase64(j.recoverySlot.wrapped),
      },
      mac: fromBase64(j.mac),
      checksum: fromBase64(j.checksum),
    });
  } catch (error) {
    throw new BackupError(isVaultError(error, 'vault-too-new') ? 'format-too-new' : 'corrupted');
  }
}
