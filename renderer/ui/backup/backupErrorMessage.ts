import { isBackupError, type BackupErrorCode } from '../../core/backup';
import type { MessageKey } from '../i18n/catalog';
import type { Outcome } from './BackupMessage';

// Typed as a full record so a new error code cannot ship without its translated message.
const MESSAGES: Record<BackupErrorCode, MessageKey> = {
  'not-a-backup': 'backup.error.not-a-backup',
  'not-a-transfer': 'backup.error.not-a-transfer',
  'wrong-kind': 'backup.error.wrong-kind',
  'format-unsupported': 'backup.error.format-unsupported',
  'format-too-new': 'backup.error.format-too-new',
  truncated: 'backup.error.truncated',
  'too-large': 'backup.error.too-large',
  corrupted: 'backup.error.corrupted',
  'other-vault': 'backup.error.other-vault',
  'vault-exists': 'backup.error.vault-exists',
  'backup-not-authentic': 'backup.error.backup-not-authentic',
  'transfer-code-malformed': 'backup.error.transfer-code-malformed',
  'transfer-code-mistyped': 'backup.error.transfer-code-mistyped',
  'wrong-transfer-code': 'backup.error.wrong-transfer-code',
  'consent-required': 'backup.error.consent-required',
  'nothing-selected': 'backup.error.nothing-selected',
  'profile-name-invalid': 'backup.error.profile-name-invalid',
  'changed-during-export': 'backup.error.changed-during-export',
  'changed-during-merge': 'backup.error.changed-during-merge',
  cancelled: 'backup.error.cancelled',
  'kdf-failed': 'backup.error.kdf-failed',
  locked: 'backup.error.locked',
  'storage-failed': 'backup.error.storage-failed',
  'transfer-record-invalid': 'trust.transferRecordInvalid',
  'case-closed': 'backup.error.case-closed',
};

/** Anything else (a bug) is shown as a storage failure: nothing in the message comes from the error. */
export function backupErrorMessage(error: unknown): MessageKey {
  return isBackupError(error) ? MESSAGES[error.code] : MESSAGES['storage-failed'];
}

/** platform.openFile's refusals, in the same words. */
export function openFailureMessage(reason: 'too-large' | 'unreadable'): MessageKey {
  return reason === 'too-large' ? MESSAGES['too-large'] : 'backup.unreadable';
}

/** A failure as the line under the action; a cancel is the person's choice, said calmly, not as an alert. */
export function failureOutcome(error: unknown): Outcome {
  return { key: backupErrorMessage(error), tone: isBackupError(error, 'cancelled') ? 'ok' : 'error' };
}
