import type { ProfileSummary, VaultSession } from '../../core/vault';
import { useVaultState } from './useVaultState';

/**
 * For the case notebook: the open session and its profile, or null while locked (or while the
 * recovery key or a new passphrase is still on screen). Re-renders on lock, so components that
 * use it drop what they show at once; caches should also subscribe with session.onLock.
 */
export function useOpenVault(): { session: VaultSession; profile: ProfileSummary } | null {
  const state = useVaultState();
  return state.status === 'open' ? { session: state.session, profile: state.profile } : null;
}
