import { useEffect, useState } from 'react';
import type { ProfileSummary } from '../../core/vault/profileRegistry';
import { vaultStore } from './vaultStore';

/** The profile list, read when the chooser appears; null while loading, an error code on failure. */
export function useProfiles(): { profiles: ProfileSummary[] | null; error: unknown } {
  const [profiles, setProfiles] = useState<ProfileSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    vaultStore.service.listProfiles().then(
      (list) => live && setProfiles(list),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, []);
  return { profiles, error };
}
