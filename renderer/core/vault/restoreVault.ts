import { Dexie } from 'dexie';
import { isAcceptableCost } from '../crypto';
import { addProfile, normaliseProfileName, profileExists, type ProfileSummary } from './profileRegistry';
import type { StoredRecord } from './recordCodec';
import { isOpaqueId } from './opaqueId';
import { openVaultDb, type RestoreMarker } from './vaultDb';
import type { VaultEnv } from './vaultEnv';
import { VaultError } from './vaultError';
import { headerChecksumMatches, parseHeader, type StoredHeader } from './vaultHeader';

/**
 * Writes a vault exactly as it was stored (header and encrypted rows, no key involved) into a new
 * profile, then registers it. Rows may come as one array or as batches (a streamed backup). The profile id is the vault id (readHeader insists on it), so a
 * vault that already has a profile here is not touched ({restored: false}): merge into it instead.
 * The person then unlocks it with that vault's passphrase or recovery key; the header MAC and each
 * record's AES-GCM tag are checked at that point, as for any vault.
 */
export type RestoreOutcome =
  { restored: true; profile: ProfileSummary } | { restored: false; reason: 'vault-exists' };

export async function restoreVault(
  name: string,
  header: StoredHeader,
  rows: readonly StoredRecord[] | AsyncIterable<readonly StoredRecord[]>,
  env: VaultEnv = {},
): Promise<RestoreOutcome> {
  const label = normaliseProfileName(name);
  if (label === null) throw new VaultError('profile-name-invalid');
  const checked = parseHeader(header);
  if (!(await headerChecksumMatches(checked))) throw new VaultError('header-tampered');
  if (!isAcceptableCost(checked.kdf)) throw new VaultError('header-invalid');
  if (isRowArray(rows) && !rows.every((r) => isOpaqueId(r.id))) throw new VaultError('record-invalid');
  const profileId = checked.vaultId;
  if (await profileExists(profileId, env)) return EXISTS;

  const db = openVaultDb(profileId, env);
  const markers = db.table<RestoreMarker, 'restoring'>('meta');
  let started = false;
  try {
    await db.transaction('rw', db.meta, db.records, async () => {
      // A database left without a registry entry must not be overwritten, unless it is only an
      // unfinished restore of ours (marked below, header or not), which is thrown away and done again.
      const marker = await markers.get('restoring');
      const filled = (await db.meta.get('header')) !== undefined || (await db.records.count()) > 0;
      if (marker === undefined && filled) throw new AlreadyFilled();
      await db.records.clear();
      await db.meta.delete('header');
      await markers.put({ key: 'restoring', label });
    });
    started = true;
    // Batch by batch, several transactions: the database has no header and no registry entry
    // until the end, so nobody can open it half-filled, and any failure deletes it.
    const batches: Iterable<readonly StoredRecord[]> | AsyncIterable<readonly StoredRecord[]> = isRowArray(
      rows,
    )
      ? [rows]
      : rows;
    for await (const batch of batches) {
      if (!batch.every((r) => isOpaqueId(r.id))) throw new VaultError('record-invalid');
      await db.transaction('rw', db.records, () => db.records.bulkAdd([...batch]));
    }
    // The header goes in with the marker still there: until the profile is registered, a crash
    // leaves a marked database that the next start completes (recoverRestores.ts).
    await db.transaction('rw', db.meta, () => db.meta.put({ key: 'header', header: checked }));
    const profile = { id: profileId, name: label };
    await addProfile(profile, env);
    await markers.delete('restoring').catch(() => undefined);
    return { restored: true, profile };
  } catch (error) {
    if (error instanceof AlreadyFilled) return EXISTS;
    // Anything after the first write (a bad row, the registry write): remove the database so
    // nothing half-restored stays.
    if (started) await db.delete().catch(() => undefined);
    // The caller's own errors (from its row batches) pass through; storage ones get our code.
    throw error instanceof Dexie.DexieError ? new VaultError('storage-failed') : error;
  } finally {
    db.close();
  }
}

function isRowArray(
  rows: readonly StoredRecord[] | AsyncIterable<readonly StoredRecord[]>,
): rows is readonly StoredRecord[] {
  return Array.isArray(rows);
}

const EXISTS = { restored: false, reason: 'vault-exists' } as const;
/** Thrown inside the transaction to abort it; turned into {restored: false} below. */
class AlreadyFilled extends Error {}
