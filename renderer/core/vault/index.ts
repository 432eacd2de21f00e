// Public surface of the vault for the UI and the case notebook. Nothing here exposes a key.
export { createVaultService, type VaultService } from './vaultService';
export {
  VaultSession,
  type Decoder,
  type VaultRecord,
  type DamagedRecord,
  type DamageReason,
  type RecordList,
  type PutRecordInput,
  type PutRecordsOptions,
  type WrittenRow,
  type RecordQuery,
  type LockReason,
  type LockListener,
} from './vaultSession';
export { VaultError, isVaultError, type VaultErrorCode } from './vaultError';
export type { RecordMeta } from './recordCodec';
export type { ProfileSummary } from './profileRegistry';
export type { CreatedVault, KdfChoice } from './createVault';
export type { RecoveryUnlock } from './unlockVault';
export type { ReencryptOutcome, ReencryptProgress } from './reencryptVault';
export { newOpaqueId, isOpaqueId } from './opaqueId';
export {
  loadPassphraseChecker,
  PASSPHRASE_MIN_LENGTH,
  PASSPHRASE_MIN_SCORE,
  type PassphraseAssessment,
  type PassphraseChecker,
  type PassphraseProblem,
} from './passphrasePolicy';
export { startAutoLock, type AutoLock, type AutoLockClock } from './autoLock';
export { DEFAULT_IDLE_MS, type IdleEvent } from './idleLockPolicy';
export { clearStaging, commitStaging, type StagedRow, stageRows } from './mergeStaging';
export { PASSPHRASE_MIN_WORDS } from './passphrasePolicy';
export { addProfile, profileExists } from './profileRegistry';
export {
  type BatchLimits,
  countRawRecords,
  headerBelongsTo,
  openRawRecord,
  RAW_BATCH,
  readCaseIdIndex,
  readRawBatch,
  readRawHeader,
  readRawIdsOfKind,
  readRawRecords,
  readRecordIds,
  sealRawRecord,
  writeRawRecords,
} from './rawVault';
export { RECORD_FORMAT, type StoredRecord } from './recordCodec';
export { restoreVault } from './restoreVault';
export { openVaultDb, type RestoreMarker, VAULT_DB_PREFIX } from './vaultDb';
export type { VaultEnv } from './vaultEnv';
export { headerChecksumMatches, parseHeader, type StoredHeader } from './vaultHeader';
export { keyedDigest, type RekeyTransform, type Resign } from './keyedDigest';
