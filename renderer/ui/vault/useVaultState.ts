import { useSyncExternalStore } from 'react';
import { vaultStore, type VaultUiState } from './vaultStore';

export function useVaultState(): VaultUiState {
  return useSyncExternalStore(vaultStore.subscribe, vaultStore.getState);
}
