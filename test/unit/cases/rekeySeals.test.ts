// Issue 18, points 3 and 5 together: re-encryption gives the notebook a new journal key, so each
// case's seal must be re-signed as it is copied, or every case would show as damaged afterwards; and
// a case already damaged before must still show it after (re-signing must not launder it).
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { resealForNewKey } from '../../../renderer/core/cases/caseSeal';
import { KINDS } from '../../../renderer/core/cases/caseSchemas';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import { reencryptVault } from '../../../renderer/core/vault/reencryptVault';
import { openVaultDb } from '../../../renderer/core/vault/vaultDb';
import { PASSPHRASE } from '../vault/vaultTestEnv';
import { notebookWithCases } from './caseTestNotebook';

const number = (seq: number) => ({ prefix: 'GOM', year: 2026, seq });

async function twoCasesWithNotes() {
  const nb = await notebookWithCases([{ number: number(1) }, { number: number(2) }]);
  for (const [i, caseId] of nb.caseIds.entries())
    await saveCaseChange(
      nb.session,
      caseId,
      { action: 'note', put: [{ kind: KINDS.note, payload: { v: 1, at: 2000 + i, text: `Puits ${i}` } }] },
      () => 2000 + i,
    );
  return nb;
}

describe('re-encryption and case seals', () => {
  it('re-signs every seal: each case opens as verified under the new key, and keeps verifying after a save', async () => {
    const { session, env, caseIds } = await twoCasesWithNotes();
    const outcome = await reencryptVault(session, PASSPHRASE, { env, transform: resealForNewKey });
    expect(outcome.status).toBe('done');
    for (const caseId of caseIds) {
      const bundle = await loadCase(session, caseId);
      expect(bundle.integrity.problems).toEqual([]);
      expect(bundle.notes).toHaveLength(1);
    }
    await saveCaseChange(session, caseIds[0]!, { action: 'edited' }, () => 9000);
    expect((await loadCase(session, caseIds[0]!)).integrity.problems).toEqual([]);
  });

  it('without the re-signing every case would show a broken seal (the transform is what keeps them)', async () => {
    const { session, env, caseIds } = await twoCasesWithNotes();
    await reencryptVault(session, PASSPHRASE, { env });
    const bundle = await loadCase(session, caseIds[0]!);
    expect(bundle.integrity.problems).toContainEqual({ kind: 'seal-mismatch' });
  });

  it('a note deleted on disk before the re-encryption still shows as missing after it', async () => {
    const { session, env, caseIds, profile } = await twoCasesWithNotes();
    const noteId = (await loadCase(session, caseIds[0]!)).notes[0]!.id;
    const db = openVaultDb(profile.id, env);
    await db.records.delete(noteId);
    db.close();
    await reencryptVault(session, PASSPHRASE, { env, transform: resealForNewKey });
    const damaged = await loadCase(session, caseIds[0]!);
    expect(damaged.integrity.problems).toEqual([{ kind: 'missing', recordKind: KINDS.note, at: 2000 }]);
    expect((await loadCase(session, caseIds[1]!)).integrity.problems).toEqual([]);
  });
});
