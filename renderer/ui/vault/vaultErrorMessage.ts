import { isVaultError, type VaultErrorCode } from '../../core/vault';
import type { MessageKey } from '../i18n/catalog';

const MESSAGES: Record<VaultErrorCode, MessageKey> = {
  'wrong-passphrase': 'vault.error.wrong-passphrase',
  'wrong-recovery-key': 'vault.error.wrong-recovery-key',
  'recovery-key-malformed': 'vault.error.recovery-key-malformed',
  'recovery-key-mistyped': 'vault.error.recovery-key-mistyped',
  'try-later': 'vault.error.try-later',
  'weak-passphrase': 'vault.error.weak-passphrase',
  'header-tampered': 'vault.error.header-tampered',
  'header-invalid': 'vault.error.header-invalid',
  'vault-too-new': 'vault.error.vault-too-new',
  'vault-not-found': 'vault.error.vault-not-found',
  'profile-not-found': 'vault.error.profile-not-found',
  'profile-name-invalid': 'vault.error.profile-name-invalid',
  'record-damaged': 'vault.error.record-damaged',
  'record-not-found': 'vault.error.record-not-found',
  'record-invalid': 'vault.error.record-invalid',
  locked: 'vault.error.locked',
  'kdf-failed': 'vault.error.kdf-failed',
  'storage-failed': 'vault.error.storage-failed',
};

/** Every vault error code has a translated message; anything else gets a generic one, never its text. */
export function vaultErrorMessage(error: unknown): MessageKey {
  return isVaultError(error) ? MESSAGES[error.code] : 'vault.error.unexpected';
}
