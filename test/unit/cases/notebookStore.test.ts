// The decrypted case list and search index live only while the vault is open: built after
// unlock, dropped by session.onLock whatever is on screen.
import { describe, expect, it, vi } from 'vitest';
import { createCase } from '../../../renderer/core/cases/caseCommit';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { currentNotebook, openNotebook } from '../../../renderer/ui/cases/notebookStore';
import { PASSPHRASE, TEST_KDF, testEnv } from '../vault/vaultTestEnv';

describe('notebook store', () => {
  it('builds the list and index after unlock and drops them at lock', async () => {
    const env = testEnv();
    const { session } = await createVault({ name: 'Bureau', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    const place = { province: 'Sud-Kivu', territory: 'Mwenga', site: 'Kamituga', lat: null, lon: null };
    await createCase(
      session,
      newOpaqueId(),
      { prefix: 'BKV', year: 2026, seq: 1 },
      { prefix: 'BKV', openedOn: '2026-11-02', incidentOn: '', place, summary: 'Galerie effondrée' },
      1000,
    );
    openNotebook(session);
    await vi.waitFor(() => expect(currentNotebook().status).toBe('ready'));
    const ready = currentNotebook();
    if (ready.status !== 'ready') throw new Error('not ready');
    expect(ready.data.cases.size).toBe(1);
    expect(ready.data.index.search('galerie')?.size).toBe(1);
    session.lock();
    expect(currentNotebook()).toEqual({ status: 'loading' });
  });
});
