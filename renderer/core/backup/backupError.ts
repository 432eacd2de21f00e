/**
 * Stable codes the UI translates. Like VaultError, the message is the code itself: no error from a
 * backup or transfer carries case data, ids, names, passphrases or file contents, so it is safe to log.
 */
export type BackupErrorCode =
  /** Not a Dalili backup/transfer file at all (no magic). */
  | 'not-a-backup'
  | 'not-a-transfer'
  /** A Dalili file of another kind: a content pack, a transfer offered as a backup, and so on. */
  | 'wrong-kind'
  /** A container or format version this app does not read (older than the first, or newer). */
  | 'format-unsupported'
  | 'format-too-new'
  | 'truncated'
  | 'too-large'
  /** Lengths, integrity hash or structure do not match: damaged on the stick, or edited. */
  | 'corrupted'
  /** Merge: the backup belongs to another vault (another data key). */
  | 'other-vault'
  /** Restore: this vault already has a profile on this computer (merge instead). */
  | 'vault-exists'
  /** Merge: the file's header or records do not authenticate under this vault's key. */
  | 'backup-not-authentic'
  | 'transfer-code-malformed'
  | 'transfer-code-mistyped'
  /** The transfer code does not open the file (wrong code, or the file was changed). */
  | 'wrong-transfer-code'
  | 'consent-required'
  | 'nothing-selected'
  | 'profile-name-invalid'
  /** Export: the notebook was edited while the file was written; no file is kept. */
  | 'changed-during-export'
  /** Merge: the notebook was edited while the merge was prepared; nothing is written. */
  | 'changed-during-merge'
  /** The person cancelled a long export, restore or merge: nothing was kept, written or changed. */
  | 'cancelled'
  | 'kdf-failed'
  | 'locked'
  | 'storage-failed'
  /** "Use this version" on a copy of a record of a closed case: reopen the case first (issue 18). */
  | 'case-closed'
  // A transfer record of an unknown kind, refused by its kind's schema, or an attachment whose bytes
  // are not the type or size it claims (validateTransfer.ts).
  | 'transfer-record-invalid';

export class BackupError extends Error {
  constructor(readonly code: BackupErrorCode) {
    super(code);
    this.name = 'BackupError';
  }
}

export function isBackupError(value: unknown, code?: BackupErrorCode): value is BackupError {
  return value instanceof BackupError && (code === undefined || value.code === code);
}
