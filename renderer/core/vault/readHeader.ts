import { isAcceptableCost } from '../crypto';
import { isOpaqueId } from './opaqueId';
import { getProfile } from './profileRegistry';
import { openVaultDb, type VaultDb } from './vaultDb';
import type { VaultEnv } from './vaultEnv';
import { VaultError } from './vaultError';
import { headerChecksumMatches, headerMacMatches, parseHeader, type StoredHeader } from './vaultHeader';

/**
 * Opens a profile's database and returns its header, checked for shape, ownership, checksum and
 * sane KDF cost: every check that needs no key, done before we spend time on Argon2id.
 */
export async function readHeader(
  profileId: string,
  env: VaultEnv,
): Promise<{ db: VaultDb; header: StoredHeader }> {
  if (!isOpaqueId(profileId)) throw new VaultError('profile-not-found');
  // Checking the registry first avoids Dexie creating an empty database for an unknown id.
  await getProfile(profileId, env);
  const db = openVaultDb(profileId, env);
  try {
    let row;
    try {
      row = await db.meta.get('header');
    } catch (error) {
      throw new VaultError(
        error instanceof Error && error.name === 'VersionError' ? 'vault-too-new' : 'storage-failed',
      );
    }
    if (row === undefined) throw new VaultError('vault-not-found');
    const header = parseHeader(row.header);
    if (header.vaultId !== profileId || !(await headerChecksumMatches(header)))
      throw new VaultError('header-tampered');
    if (!isAcceptableCost(header.kdf)) throw new VaultError('header-invalid');
    return { db, header };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The header of an open vault, re-authenticated: it is about to be re-sealed with our key. */
export async function readSessionHeader(db: VaultDb, headerMacKey: CryptoKey): Promise<StoredHeader> {
  let row;
  try {
    row = await db.meta.get('header');
  } catch {
    throw new VaultError('storage-failed');
  }
  if (row === undefined) throw new VaultError('vault-not-found');
  const header = parseHeader(row.header);
  if (!(await headerMacMatches(header, headerMacKey))) throw new VaultError('header-tampered');
  return header;
}
