// The face of core/crypto: what the UI and the other features may use. Everything else is internal.
export { AES_GCM_IV_BYTES, aesGcmDecrypt, aesGcmEncrypt, DecryptFailure, importAesGcmKey } from './aesGcm';
export type { Argon2idCost } from './argon2idHash';
export { bytesEqual, fromBase64, randomBytes, toBase64, wipe } from './bytes';
export { calibrateKdf, type CalibrationResult } from './calibrateKdf';
export { defaultKdfRunner, deriveKey, type KdfRunner } from './deriveKey';
export { createIncrementalSha256, type IncrementalSha256 } from './incrementalSha256';
export { isAcceptableCost, KDF_FLOOR, KDF_SALT_BYTES, type KdfParams } from './kdfParams';
export {
  DATA_KEY_BYTES,
  kekFromDerivedBytes,
  kekFromRecoveryKey,
  RECOVERY_SALT_BYTES,
  unwrapDataKey,
  wrapDataKey,
} from './keyWrap';
export {
  formatRecoveryKey,
  generateRecoveryKey,
  parseRecoveryKey,
  RecoveryKeyFormatError,
} from './recoveryKey';
export { deriveVaultKeys, hmacSign, hmacVerify, type VaultKeys } from './vaultKeys';
