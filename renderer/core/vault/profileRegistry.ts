import { Dexie, type Table } from 'dexie';
import { dexieOptions, vaultDbName, type StorageEnv } from './vaultDb';
import { isOpaqueId } from './opaqueId';
import { VaultError, isVaultError } from './vaultError';

/**
 * The list shown before anything is unlocked, so it cannot be encrypted under any profile's key.
 * It holds an opaque id and the label the person chose, nothing else (no creation date, no last
 * use). The UI asks for a label that does not identify anyone ("Bureau 2", initials).
 */
export interface ProfileSummary {
  id: string;
  name: string;
}

export const PROFILE_REGISTRY_DB = 'dalili-profiles';
export const PROFILE_NAME_MAX = 40;

type RegistryDb = Dexie & { profiles: Table<ProfileSummary, string> };

function openRegistry(env: StorageEnv): RegistryDb {
  const db = new Dexie(PROFILE_REGISTRY_DB, dexieOptions(env)) as RegistryDb;
  db.version(1).stores({ profiles: 'id' });
  return db;
}

async function withRegistry<R>(env: StorageEnv, work: (db: RegistryDb) => Promise<R>): Promise<R> {
  const db = openRegistry(env);
  try {
    return await work(db);
  } catch (error) {
    if (error instanceof VaultError) throw error;
    throw new VaultError('storage-failed');
  } finally {
    db.close();
  }
}

/** Trimmed, 1–40 characters, no control characters. Returns null when unusable. */
export function normaliseProfileName(name: string): string | null {
  const trimmed = name.normalize('NFC').replace(/\s+/g, ' ').trim();

  if (trimmed.length === 0 || [...trimmed].length > PROFILE_NAME_MAX || /[\u0000-\u001f\u007f]/.test(trimmed))
    return null;
  return trimmed;
}

export async function listProfiles(env: StorageEnv = {}): Promise<ProfileSummary[]> {
  const rows = await withRegistry(env, (db) => db.profiles.toArray());
  return rows.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

export async function getProfile(id: string, env: StorageEnv = {}): Promise<ProfileSummary> {
  const row = await withRegistry(env, (db) => db.profiles.get(id));
  if (row === undefined) throw new VaultError('profile-not-found');
  return { id: row.id, name: row.name };
}

export async function addProfile(profile: ProfileSummary, env: StorageEnv = {}): Promise<void> {
  const name = normaliseProfileName(profile.name);
  if (name === null || !isOpaqueId(profile.id)) throw new VaultError('profile-name-invalid');
  await withRegistry(env, (db) => db.profiles.add({ id: profile.id, name }));
}

export async function renameProfile(id: string, newName: string, env: StorageEnv = {}): Promise<void> {
  const name = normaliseProfileName(newName);
  if (name === null) throw new VaultError('profile-name-invalid');
  const changed = await withRegistry(env, (db) => db.profiles.update(id, { name }));
  if (changed === 0) throw new VaultError('profile-not-found');
}

/** Deletes the profile's whole database and its entry. Irreversible: the UI confirms first. */
export async function removeProfile(id: string, env: StorageEnv = {}): Promise<void> {
  if (!isOpaqueId(id)) throw new VaultError('profile-not-found');
  try {
    await new Dexie(vaultDbName(id), dexieOptions(env)).delete();
  } catch {
    throw new VaultError('storage-failed');
  }
  await withRegistry(env, (db) => db.profiles.delete(id));
}

/** Whether a notebook of that id is registered on this computer (restore and crash recovery ask). */
export async function profileExists(id: string, env: StorageEnv = {}): Promise<boolean> {
  try {
    await getProfile(id, env);
    return true;
  } catch (error) {
    if (isVaultError(error, 'profile-not-found')) return false;
    throw error;
  }
}
