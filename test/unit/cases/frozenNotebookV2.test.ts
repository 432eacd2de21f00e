// The frozen notebook of issue 18 (test/fixtures/vault/notebook-v2): sealed cases, bound journal
// entries and the notebook's register must keep opening, checked, in every later version of Dalili.
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../renderer/core/cases/auditChain';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { loadNotebook } from '../../../renderer/core/cases/caseNotebook';
import { KINDS } from '../../../renderer/core/cases/caseSchemas';
import { createVaultService } from '../../../renderer/core/vault';
import { openVaultDb } from '../../../renderer/core/vault/vaultDb';
import { loadFrozenDump, type FrozenDump } from '../vault/loadFrozenDump';
import { testEnv } from '../vault/vaultTestEnv';

const PASSPHRASE = 'Carnet gelé v2 : dix-sept pirogues au port de Goma';
const RECOVERY_KEY = '4SPQ-3ARA-CSKM-XFG2-4M0F-TZ7M-DMPA-AWAB';
const CASE = 'd7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7';
const NOTE = 'f9f9f9f9f9f9f9f9f9f9f9f9f9f9f9f9';
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 11, 1, 8, 0, 0);

async function openFrozen(secret: 'passphrase' | 'recovery' = 'passphrase') {
  const env = testEnv();
  const dump = await loadFrozenDump<FrozenDump>(
    env,
    new URL('../../fixtures/vault/notebook-v2/notebook.json', import.meta.url),
  );
  const service = createVaultService(env);
  const session =
    secret === 'passphrase'
      ? await service.unlock(dump.profileId, PASSPHRASE)
      : (await service.unlockWithRecoveryKey(dump.profileId, RECOVERY_KEY)).session;
  return { env, dump, session };
}

describe('frozen notebook v2 (bindings, seal, register)', () => {
  it('opens its case checked: every entry bound, nothing missing, the register in step', async () => {
    const { session } = await openFrozen();
    const notebook = await loadNotebook(session);
    expect(notebook.register).toEqual({
      counter: 5,
      savedAt: T0 + 4 * DAY,
      registerMissing: false,
      registerOlder: false,
      missingCases: 0,
      olderCases: [],
    });
    const c = await loadCase(session, CASE);
    expect(c.audit.map((e) => e.action)).toEqual(['created', 'person', 'note', 'task', 'deleted']);
    expect((await verifyAuditChain(c.audit, c.file.audit)).ok).toBe(true);
    expect(c.integrity).toEqual({ binding: 'bound', unboundEntries: 0, problems: [] });
    expect(c.tasks).toEqual([]);
    expect(c.notes.map((n) => n.value.text)).toEqual(['Entretien au centre de transit.']);
  });

  it('opens with its recovery key too, same checks', async () => {
    const { session } = await openFrozen('recovery');
    expect((await loadCase(session, CASE)).integrity.problems).toEqual([]);
  });

  it('still names a note deleted on disk, with the day it was written', async () => {
    const { env, dump, session } = await openFrozen();
    const db = openVaultDb(dump.profileId, env);
    await db.records.delete(NOTE);
    db.close();
    expect((await loadCase(session, CASE)).integrity.problems).toEqual([
      { kind: 'missing', recordKind: KINDS.note, at: T0 + 2 * DAY },
    ]);
  });
});
