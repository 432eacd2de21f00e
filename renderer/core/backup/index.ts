// The face of core/backup: what the UI and the other features may use. Everything else is internal.
export { BackupError, type BackupErrorCode, isBackupError } from './backupError';
export { inspectBackup } from './backupFile';
export { BACKUP_EXTENSION, BACKUP_LIMITS, TRANSFER_EXTENSION } from './backupLimits';
export type { BackupProgress, OnBackupProgress } from './backupProgress';
export { readAll } from './byteStream';
export { type CaseGroup, listCaseGroups } from './caseGroups';
export { type ConflictEntry, keepCurrentVersion, listConflicts, restoreCopiedVersion } from './conflicts';
export { backupFileName, saveBackup } from './exportBackup';
export { exportTransfer } from './exportTransfer';
export { importTransfer, previewTransferImport, type TransferImportSummary } from './importTransfer';
export { mergeBackup } from './mergeBackup';
export { recoverInterruptedRestores } from './recoverRestores';
export { restoreBackup } from './restoreBackup';
export { checkTransferFile } from './transferFile';
export { recordTransferExport } from './transferLog';
