import { useSyncExternalStore } from 'react';
import type { NoteVault } from '../../core/library';
import { vaultStatusSignal } from '../vault/vaultStatusSignal';

export type NoteVaultState = { status: 'locked' } | { status: 'open'; vault: NoteVault };

/** Notes live in the encrypted notebook: open while it is, gone from the screen the moment it locks. */
export function useNoteVault(): NoteVaultState {
  const session = useSyncExternalStore(vaultStatusSignal.subscribe, vaultStatusSignal.session);
  return session ? { status: 'open', vault: session } : { status: 'locked' };
}
