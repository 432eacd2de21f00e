// A note being typed is kept as an encrypted draft: it survives a lock and an unlock, stays out of
// the case itself (journal, transfers), and its words appear in no stored byte.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { deleteNoteDraft, loadNoteDraft, saveNoteDraft } from '../../../renderer/core/cases/noteDrafts';
import { unlockVault } from '../../../renderer/core/vault/unlockVault';
import { PASSPHRASE } from '../vault/vaultTestEnv';
import { notebookWithCases, secretsAtRest } from './caseTestNotebook';

const DRAFT = 'Mwamini dit que le chef de puits garde les cartes d’électeur';

async function twoCases() {
  const { env, session, profile, caseIds } = await notebookWithCases([
    { number: { prefix: 'GOM', year: 2026, seq: 1 } },
    { number: { prefix: 'GOM', year: 2026, seq: 2 } },
  ]);
  const [first, second] = caseIds as [string, string];
  return { env, session, profile, first, second };
}

describe('note drafts', () => {
  it('come back after a lock, per case, the newest one, and go when deleted', async () => {
    const { env, session, profile, first, second } = await twoCases();
    const id = await saveNoteDraft(session, first, 'Mwamini dit', 2000);
    expect(await saveNoteDraft(session, first, DRAFT, 3000, id)).toBe(id);
    session.lock();

    const reopened = await unlockVault(profile.id, PASSPHRASE, { env });
    expect(await loadNoteDraft(reopened, first)).toEqual({ id, text: DRAFT, at: 3000 });
    expect(await loadNoteDraft(reopened, second)).toBeNull();
    // Not part of the case: no damaged record, no journal entry, nothing a transfer would carry.
    const bundle = await loadCase(reopened, first);
    expect(bundle.damaged).toEqual([]);
    expect(bundle.notes).toEqual([]);
    expect(bundle.audit).toHaveLength(1);
    await deleteNoteDraft(reopened, id);
    expect(await loadNoteDraft(reopened, first)).toBeNull();
  });

  it('are encrypted at rest', async () => {
    const { env, session, first } = await twoCases();
    await saveNoteDraft(session, first, DRAFT, 2000);
    session.lock();
    expect(await secretsAtRest(env, [DRAFT, 'Mwamini', 'électeur'])).toEqual([]);
  });
});
