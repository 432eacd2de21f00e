import { backupReminder } from '../backup/backupReminder';
import { vaultStore } from './vaultStore';

/**
 * Deletes a notebook from this computer: its database (every record, the header with both wrapped
 * keys), its entry in the list, then the backup reminder's date for it. The notebook is locked
 * first if it is the one open. What may remain on disk: renderer/core/vault/README.md, _Erasing a notebook_.
 */
export async function eraseNotebook(profileId: string): Promise<void> {
  const state = vaultStore.getState();
  if (state.status !== 'locked' && state.profile.id === profileId) vaultStore.lock('user', true);
  await vaultStore.service.removeProfile(profileId);
  backupReminder.forgetNotebook(profileId);
}
