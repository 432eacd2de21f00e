import { isAcceptableCost } from '../crypto/kdfParams';
import { addProfile, getProfile, normaliseProfileName, type ProfileSummary } from './profileRegistry';
import type { StoredRecord } from './recordCodec';
import { isOpaqueId } from './opaqueId';
import { openVaultDb } from './vaultDb';
import type { VaultEnv } from './vaultEnv';
import { VaultError, isVaultError } from './vaultError';
import { headerChecksumMatches, parseHeader, type StoredHeader } from './vaultHeader';

/**
 * Writes a vault exactly as it was stored (header and encrypted rows, no key involved) into a new
 * profile, then registers it. The profile id is the vault id (readHeader insists on it), so a
 * vault that already has a profile here is not touched ({restored: false}): merge into it instead.
 * The person then unlocks it with that vault's passphrase or recovery key; the header MAC and each
 * record's AES-GCM tag are checked at that point, as for any vault.
 */
export type RestoreOutcome = { restored: true; profile: ProfileSummary } | { restored: false; reason: 'vault-exists' };

export async function restoreVault(name: string, header: StoredHeader, rows: readonly StoredRecord[], env: VaultEnv = {}): Promise<RestoreOutcome> {
  const label = normaliseProfileName(name);
  if (label === null) throw new VaultError('profile-name-invalid');
  const checked = parseHeader(header);
  if (!(await headerChecksumMatches(checked))) throw new VaultError('header-tampered');
  if (!isAcceptableCost(checked.kdf)) throw new VaultError('header-invalid');
  if (!rows.every((r) => isOpaqueId(r.id))) throw new VaultError('record-invalid');
  const profileId = checked.vaultId;
  if (await profileExists(profileId, env)) return EXISTS;

  const db = openVaultDb(profileId, env);
  let created = false;
  try {
    await db.transaction('rw', db.meta, db.records, async () => {
      // A database left without a registry entry (an interrupted restore) must not be overwritten.
      if ((await db.meta.get('header')) !== undefined || (await db.records.count()) > 0) throw new AlreadyFilled();
      await db.meta.put({ key: 'header', header: checked });
      await db.records.bulkAdd([...rows]);
    });
    created = true;
    const profile = { id: profileId, name: label };
    await addProfile(profile, env);
    return { restored: true, profile };
  } catch (error) {
    if (error instanceof AlreadyFilled) return EXISTS;
    // The registry write failed after the database was filled: remove it so nothing half-restored stays.
    if (created) await db.delete().catch(() => undefined);
    throw isVaultError(error) ? error : new VaultError('storage-failed');
  } finally {
    db.close();
  }
}

const EXISTS = { restored: false, reason: 'vault-exists' } as const;
/** Thrown inside the transaction to abort it; turned into {restored: false} below. */
class AlreadyFilled extends Error {}

async function profileExists(id: string, env: VaultEnv): Promise<boolean> {
  try {
    await getProfile(id, env);
    return true;
  } catch (error) {
    if (isVaultError(error, 'profile-not-found')) return false;
    throw error;
  }
}
