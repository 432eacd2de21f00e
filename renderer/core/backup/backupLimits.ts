/**
 * Size limits, checked before anything is parsed. Backups are streamed, so the file limit is no
 * longer a memory limit for them; transfers are still read whole, so for them it is.
 */
export const BACKUP_LIMITS = {
  maxFileBytes: 512 * 1024 * 1024,
  maxHeaderBytes: 64 * 1024,
  maxRecords: 1_000_000,
  maxRecordMetaBytes: 1024,
  maxCiphertextBytes: 64 * 1024 * 1024,
} as const;

export const BACKUP_EXTENSION = 'dalili-backup';
export const TRANSFER_EXTENSION = 'dalili-transfer';
