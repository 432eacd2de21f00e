import { useEffect, useState } from 'react';
import type { ProfileSummary } from '../../core/vault';
import { recoverInterruptedRestores } from '../../core/backup';
import { vaultStore } from './vaultStore';

// Once per app start, before the first list: a restore a crash cut short is completed or removed
// (backup/recoverRestores.ts), so the list never shows, nor hides, a half-restored notebook.
let recovered: Promise<unknown> | null = null;
const recoverOnce = (): Promise<unknown> =>
  (recovered ??= recoverInterruptedRestores().catch(() => undefined));

/** The profile list, read when the chooser appears; null while loading, an error code on failure. */
export function useProfiles(): { profiles: ProfileSummary[] | null; error: unknown } {
  const [profiles, setProfiles] = useState<ProfileSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    recoverOnce()
      .then(() => vaultStore.service.listProfiles())
      .then(
        (list) => live && setProfiles(list),
        (failure: unknown) => live && setError(failure),
      );
    return () => {
      live = false;
    };
  }, []);
  return { profiles, error };
}
