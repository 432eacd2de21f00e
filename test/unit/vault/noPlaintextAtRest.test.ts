// The security proof of issue 8: after writing case data, no stored byte anywhere in IndexedDB
// (records, header, profile list, keys of every store) contains it, in UTF-8 or UTF-16.
import { describe, expect, it } from 'vitest';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { unlockWithRecoveryKey } from '../../../renderer/core/vault/unlockVault';
import { changePassphrase } from '../../../renderer/core/vault/changePassphrase';
import {
  containsBytes,
  dumpIndexedDb,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  storedBytes,
  TEST_KDF,
  testEnv,
  utf16,
} from './vaultTestEnv';

const SENTENCE = 'Amani, 14 ans, a été recrutée de force à la mine de Rubaya par le commandant Kabila-Mwamba';

function needles(text: string): Uint8Array[] {
  return [new TextEncoder().encode(text), utf16(text, true), utf16(text, false)];
}

describe('nothing readable at rest', () => {
  it('stores no case text, passphrase or recovery key in any IndexedDB byte', async () => {
    const env = testEnv();
    const { profile, session, recoveryKey } = await createVault({
      name: 'Bureau 2',
      passphrase: PASSPHRASE,
      kdf: TEST_KDF,
      env,
    });
    const caseId = newOpaqueId();
    await session.putRecord({ kind: 'case', caseId, payload: { summary: SENTENCE } });
    await session.putRecord({
      kind: 'person',
      caseId,
      payload: { name: 'Amani', story: SENTENCE, nested: [{ again: SENTENCE }] },
    });
    await session.putRecord({ kind: 'note', caseId, payload: SENTENCE });
    await changePassphrase(session, PASSPHRASE, OTHER_PASSPHRASE, { env });
    session.lock();
    (await unlockWithRecoveryKey(profile.id, recoveryKey, { env })).session.lock();

    const dump = await dumpIndexedDb(env.indexedDB);
    const bytes = storedBytes(dump);

    // The dump really contains what we think: the profile label (chosen to be stored in clear) and the records.
    expect(Object.keys(dump).sort()).toEqual(['dalili-profiles', `dalili-vault-${profile.id}`]);
    expect(containsBytes(bytes, new TextEncoder().encode('Bureau 2'))).toBe(true);
    expect(dump[`dalili-vault-${profile.id}`]!.records!.length).toBeGreaterThanOrEqual(3);

    const secrets = [
      SENTENCE,
      'Amani',
      'Rubaya',
      'Kabila-Mwamba',
      PASSPHRASE,
      OTHER_PASSPHRASE,
      recoveryKey,
      recoveryKey.replace(/-/g, ''),
    ];
    for (const secret of secrets) {
      for (const needle of needles(secret)) expect(containsBytes(bytes, needle), secret).toBe(false);
    }
  });

  it('pads plaintext so ciphertext length does not reveal the length of short fields', async () => {
    const env = testEnv();
    const { session } = await createVault({ name: 'P', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    await session.putRecord({ kind: 'person', payload: { name: 'Jo' } });
    await session.putRecord({ kind: 'person', payload: { name: 'Jean-Baptiste Mukendi wa Kalala' } });
    session.lock();
    const dump = await dumpIndexedDb(env.indexedDB);
    const records = Object.values(dump).flatMap(
      (stores) => (stores.records ?? []) as { ciphertext?: Uint8Array }[],
    );
    const lengths = new Set(records.filter((r) => r.ciphertext).map((r) => r.ciphertext!.length));
    expect([...lengths]).toEqual([256 + 16]);
  });
});
