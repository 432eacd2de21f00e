import { changePassphrase } from './changePassphrase';
import { createVault, type CreatedVault, type KdfChoice } from './createVault';
import { newRecoveryKey } from './newRecoveryKey';
import {
  discardReencryption,
  reencryptionPending,
  reencryptVault,
  type ReencryptOptions,
  type ReencryptOutcome,
} from './reencryptVault';
import { listProfiles, removeProfile, renameProfile, type ProfileSummary } from './profileRegistry';
import { INITIAL_BACKOFF, recordFailure, retryAfterMs, type BackoffState } from './unlockBackoff';
import { unlockVault, unlockWithRecoveryKey, type AttemptGate, type RecoveryUnlock } from './unlockVault';
import type { VaultEnv } from './vaultEnv';
import type { VaultSession } from './vaultSession';

/**
 * The vault as the UI sees it: one object, created once per app start, that remembers the wrong
 * attempts per profile (in memory only) and hands out sessions.
 */
export interface VaultService {
  listProfiles(): Promise<ProfileSummary[]>;
  createVault(name: string, passphrase: string, kdf?: KdfChoice): Promise<CreatedVault>;
  unlock(profileId: string, passphrase: string): Promise<VaultSession>;
  unlockWithRecoveryKey(profileId: string, recoveryKey: string): Promise<RecoveryUnlock>;
  changePassphrase(session: VaultSession, current: string, next: string): Promise<void>;
  /** "Nouvelle clé de secours": returns the new key (shown once); the old one stops opening the notebook. */
  newRecoveryKey(session: VaultSession, passphrase: string): Promise<string>;
  /** "Rechiffrer le carnet": a new data key for every record, resumable, cancellable through `signal`. */
  reencrypt(
    session: VaultSession,
    passphrase: string,
    options?: Pick<ReencryptOptions, 'signal' | 'onProgress' | 'transform'>,
  ): Promise<ReencryptOutcome>;
  reencryptionPending(session: VaultSession): Promise<boolean>;
  discardReencryption(session: VaultSession): Promise<void>;
  renameProfile(profileId: string, name: string): Promise<void>;
  removeProfile(profileId: string): Promise<void>;
  /** Milliseconds before the unlock screen may try again for this profile. */
  retryAfterMs(profileId: string): number;
}

export function createVaultService(env: VaultEnv = {}): VaultService {
  const now = env.now ?? (() => Date.now());
  const backoff = new Map<string, BackoffState>();

  const gateFor = (profileId: string): AttemptGate => ({
    retryAfterMs: () => retryAfterMs(backoff.get(profileId) ?? INITIAL_BACKOFF, now()),
    failed: () => backoff.set(profileId, recordFailure(backoff.get(profileId) ?? INITIAL_BACKOFF, now())),
    succeeded: () => backoff.delete(profileId),
  });

  return {
    listProfiles: () => listProfiles(env),
    createVault: (name, passphrase, kdf) => createVault({ name, passphrase, env, ...(kdf ? { kdf } : {}) }),
    unlock: (profileId, passphrase) => unlockVault(profileId, passphrase, { env, gate: gateFor(profileId) }),
    unlockWithRecoveryKey: (profileId, recoveryKey) =>
      unlockWithRecoveryKey(profileId, recoveryKey, { env, gate: gateFor(profileId) }),
    changePassphrase: (session, current, next) => changePassphrase(session, current, next, { env }),
    newRecoveryKey: (session, passphrase) => newRecoveryKey(session, passphrase, env),
    reencrypt: (session, passphrase, options = {}) =>
      reencryptVault(session, passphrase, { ...options, env }),
    reencryptionPending,
    discardReencryption,
    renameProfile: (profileId, name) => renameProfile(profileId, name, env),
    removeProfile: async (profileId) => {
      await removeProfile(profileId, env);
      backoff.delete(profileId);
    },
    retryAfterMs: (profileId) => gateFor(profileId).retryAfterMs(),
  };
}
