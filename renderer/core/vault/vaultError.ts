/**
 * Stable codes the UI translates. The message is the code itself: an error from the vault never
 * carries case data, keys, passphrases, ids of records or names of profiles, so it is safe to log.
 */
export type VaultErrorCode =
  | 'wrong-passphrase'
  | 'wrong-recovery-key'
  | 'recovery-key-malformed'
  | 'recovery-key-mistyped'
  | 'try-later'
  | 'weak-passphrase'
  | 'header-tampered'
  | 'header-invalid'
  | 'vault-too-new'
  | 'vault-not-found'
  | 'profile-not-found'
  | 'profile-name-invalid'
  | 'record-damaged'
  | 'record-not-found'
  | 'record-invalid'
  | 'locked'
  | 'kdf-failed'
  | 'storage-failed';

export class VaultError extends Error {
  /** For 'try-later': how long the unlock screen should wait before allowing another attempt. */
  readonly retryAfterMs: number | undefined;

  constructor(
    readonly code: VaultErrorCode,
    details?: { retryAfterMs?: number },
  ) {
    super(code);
    this.name = 'VaultError';
    this.retryAfterMs = details?.retryAfterMs;
  }
}

export function isVaultError(value: unknown, code?: VaultErrorCode): value is VaultError {
  return value instanceof VaultError && (code === undefined || value.code === code);
}
