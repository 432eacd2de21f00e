import type { NoteVault } from '../../core/library/articleNotes';

export type NoteVaultState = { status: 'unavailable' } | { status: 'locked' } | { status: 'open'; vault: NoteVault };

/**
 * Where article notes are kept: the encrypted case notebook. The notebook's screens (unlock, session
 * context) are not in the app yet, so this says 'unavailable' and the reader states plainly that
 * notes will live there; no note is ever written anywhere else in the meantime. When the vault UI
 * provides its session context, return 'locked' or 'open' from it here, and notes work unchanged.
 */
export function useNoteVault(): NoteVaultState {
  return { status: 'unavailable' };
}
