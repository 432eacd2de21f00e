/**
 * Size limits, checked before anything is parsed. A file comes whole through platform.openFile
 * (one Uint8Array), so the file limit is also a memory limit; 512 MiB leaves room on a 4 GB laptop.
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
