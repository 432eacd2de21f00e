import {
  addProfile,
  isOpaqueId,
  openVaultDb,
  profileExists,
  type RestoreMarker,
  VAULT_DB_PREFIX,
  type VaultEnv,
} from '../vault';

/** What the start-up check did with restores a crash (or a closed window) left unfinished. */
export interface RecoveredRestores {
  /** Header written, profile missing: registered under the label the person gave. */
  completed: string[];
  /** Rows only partly written: the database is deleted; the same backup can be restored again. */
  removed: string[];
}

/**
 * Run once at start, before the profile list is read: every vault database still carrying a
 * `restoring` marker is an interrupted restore (restoreVault). With its header it has every row,
 * so it is completed (profile registered, marker removed); without, it is deleted. A database
 * without a marker is never touched. Reads only the meta store: no ciphertext is loaded.
 */
export async function recoverInterruptedRestores(env: VaultEnv = {}): Promise<RecoveredRestores> {
  const factory = env.indexedDB ?? globalThis.indexedDB;
  const result: RecoveredRestores = { completed: [], removed: [] };
  if (!factory || typeof factory.databases !== 'function') return result;
  const names = (await factory.databases())
    .map((d) => d.name ?? '')
    .filter((n) => n.startsWith(VAULT_DB_PREFIX));
  for (const name of names) {
    const profileId = name.slice(VAULT_DB_PREFIX.length);
    if (!isOpaqueId(profileId)) continue;
    const db = openVaultDb(profileId, env);
    try {
      const marker = await db.table<RestoreMarker, 'restoring'>('meta').get('restoring');
      if (marker === undefined) continue;
      const hasHeader = (await db.meta.get('header')) !== undefined;
      if (hasHeader && marker.label !== undefined) {
        if (!(await profileExists(profileId, env)))
          await addProfile({ id: profileId, name: marker.label }, env);
        await db.meta.delete('restoring' as 'header');
        result.completed.push(profileId);
      } else if (!(await profileExists(profileId, env))) {
        db.close();
        await db.delete();
        result.removed.push(profileId);
      }
    } finally {
      db.close();
    }
  }
  return result;
}
