import {
  DecryptFailure,
  defaultKdfRunner,
  deriveKey,
  deriveVaultKeys,
  kekFromDerivedBytes,
  kekFromRecoveryKey,
  parseRecoveryKey,
  RecoveryKeyFormatError,
  unwrapDataKey,
  wipe,
} from '../crypto';
import { readHeader } from './readHeader';
import { rewrapPassphrase } from './rewrapPassphrase';
import type { VaultDb } from './vaultDb';
import type { VaultEnv } from './vaultEnv';
import { VaultError } from './vaultError';
import { headerMacMatches, wrapContext, type StoredHeader } from './vaultHeader';
import { VaultSession } from './vaultSession';

/** Guards repeated wrong attempts (see unlockBackoff.ts); the service keeps one per profile. */
export interface AttemptGate {
  retryAfterMs(): number;
  failed(): void;
  succeeded(): void;
}

export interface UnlockOptions {
  env?: VaultEnv;
  gate?: AttemptGate;
}

/**
 * Passphrase → unlocked session. A wrong passphrase throws 'wrong-passphrase' and writes nothing.
 * A header whose checksum or MAC does not match throws 'header-tampered'.
 */
export async function unlockVault(
  profileId: string,
  passphrase: string,
  options: UnlockOptions = {},
): Promise<VaultSession> {
  const env = options.env ?? {};
  refuseIfTooSoon(options.gate);
  const { db, header } = await readHeader(profileId, env);
  let dataKey: Uint8Array<ArrayBuffer>;
  try {
    let derived;
    try {
      derived = await deriveKey(passphrase, header.kdf, env.kdfRunner ?? defaultKdfRunner());
    } catch {
      throw new VaultError('kdf-failed');
    }
    const kek = await kekFromDerivedBytes(derived);
    dataKey = await unwrap(kek, header, 'passphrase', 'wrong-passphrase', options.gate);
  } catch (error) {
    db.close();
    throw error;
  }
  return openSession(profileId, db, header, dataKey, env, options.gate);
}

export interface RecoveryUnlock {
  session: VaultSession;
  /** Must follow a recovery unlock: the old passphrase is presumed forgotten or compromised. */
  setNewPassphrase(passphrase: string): Promise<void>;
}

/**
 * Recovery key → unlocked session that is waiting for a new passphrase. The data key is kept (as
 * raw bytes, in this closure only) until the new passphrase is set or the session locks.
 */
export async function unlockWithRecoveryKey(
  profileId: string,
  recoveryKeyText: string,
  options: UnlockOptions = {},
): Promise<RecoveryUnlock> {
  const env = options.env ?? {};
  let recovery: Uint8Array<ArrayBuffer>;
  try {
    recovery = parseRecoveryKey(recoveryKeyText);
  } catch (error) {
    throw new VaultError(error instanceof RecoveryKeyFormatError ? error.code : 'recovery-key-malformed');
  }
  refuseIfTooSoon(options.gate);
  const { db, header } = await readHeader(profileId, env);
  let dataKey: Uint8Array<ArrayBuffer>;
  try {
    const kek = await kekFromRecoveryKey(recovery, header.recoverySlot.salt);
    dataKey = await unwrap(kek, header, 'recovery', 'wrong-recovery-key', options.gate);
  } catch (error) {
    db.close();
    throw error;
  } finally {
    wipe(recovery);
  }
  let pending: Uint8Array<ArrayBuffer> | null = dataKey.slice();
  const session = await openSession(profileId, db, header, dataKey, env, options.gate);
  session.onLock(() => {
    wipe(pending);
    pending = null;
  });
  return {
    session,
    async setNewPassphrase(passphrase) {
      if (pending === null) throw new VaultError('locked');
      await rewrapPassphrase(session, pending, passphrase, env);
      wipe(pending);
      pending = null;
    },
  };
}

function refuseIfTooSoon(gate: AttemptGate | undefined): void {
  const wait = gate?.retryAfterMs() ?? 0;
  if (wait > 0) throw new VaultError('try-later', { retryAfterMs: wait });
}

async function unwrap(
  kek: CryptoKey,
  header: StoredHeader,
  slot: 'passphrase' | 'recovery',
  wrongCode: 'wrong-passphrase' | 'wrong-recovery-key',
  gate: AttemptGate | undefined,
): Promise<Uint8Array<ArrayBuffer>> {
  const sealed = slot === 'passphrase' ? header.passphraseSlot : header.recoverySlot;
  try {
    return await unwrapDataKey(
      kek,
      { iv: sealed.iv, ciphertext: sealed.wrapped },
      wrapContext(header.vaultId, slot, header.format),
    );
  } catch (error) {
    if (!(error instanceof DecryptFailure)) throw new VaultError('storage-failed');
    gate?.failed();
    throw new VaultError(wrongCode);
  }
}

async function openSession(
  profileId: string,
  db: VaultDb,
  header: StoredHeader,
  dataKey: Uint8Array<ArrayBuffer>,
  env: VaultEnv,
  gate: AttemptGate | undefined,
): Promise<VaultSession> {
  try {
    const keys = await deriveVaultKeys(dataKey, header.vaultId);
    // The right key with a header that fails its MAC: someone edited it. Refuse to open.
    if (!(await headerMacMatches(header, keys.headerMacKey))) throw new VaultError('header-tampered');
    gate?.succeeded();
    return new VaultSession(profileId, db, header.vaultId, keys, env.now);
  } catch (error) {
    db.close();
    throw error;
  } finally {
    wipe(dataKey);
  }
}
