import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { OfficialText } from '../../../renderer/core/content';
import {
  type EditsStore,
  type EditStep,
  EditsStoreError,
  type EntryEdit,
  openEditsStore,
} from '../../../renderer/core/workshop';

// The workshop's edits at rest: encrypted with a key derived from the publisher key's passphrase, an undo
// history that survives a restart, each step written whole or not at all. Real WebCrypto, real Dexie
// (fake-indexeddb), a fictional official text.

const CHEAP = { memoryKiB: 8, iterations: 1, parallelism: 1 };
const SENTENCE =
  'Quiconque contraint un enfant imaginaire à creuser une mine fictive est puni selon la loi inventée.';
const official: OfficialText = {
  text: SENTENCE,
  reference: { publication: 'Journal officiel fictif', number: 'n° 0', date: '2026-01-05', page: 'col. 3' },
  keyedBy: 'A. K. (bureau fictif)',
  keyedOn: '2026-11-20',
  verifiedBy: 'B. M. (bureau fictif)',
  verifiedOn: '2026-11-21',
};
const step = (entryId: string, level: 'officiel' | 'a-verifier' = 'officiel'): EditStep => ({
  key: `entry:${entryId}`,
  edit: {
    kind: 'entry',
    entryId,
    base: 'f'.repeat(64),
    official,
    verification: { status: level, note: 'Texte saisi (fictif).' },
  },
});
let n = 0;
const entryEdits = (store: EditsStore): EntryEdit[] => store.edits() as EntryEdit[];
const fresh = () => `workshop-test-${++n}`;

/** Every byte IndexedDB holds for the database, table by table, as text (UTF-8 and as stored). */
async function storedText(dbName: string): Promise<string> {
  const raw = new Dexie(dbName);
  await raw.open();
  const parts: string[] = [];
  for (const table of raw.tables) {
    for (const row of await table.toArray()) {
      parts.push(JSON.stringify(row));
      for (const value of Object.values(row as Record<string, unknown>)) {
        if (value instanceof Uint8Array) parts.push(new TextDecoder().decode(value));
        if (value && typeof value === 'object') {
          for (const inner of Object.values(value as Record<string, unknown>)) {
            if (inner instanceof Uint8Array) parts.push(new TextDecoder().decode(inner));
          }
        }
      }
    }
  }
  raw.close();
  return parts.join('\n');
}

describe('workshop edits store', () => {
  it('keeps edits across a restart, and never the official text in clear', async () => {
    const dbName = fresh();
    const store = await openEditsStore('phrase secrète de test', { dbName, cost: CHEAP });
    await store.record(step('loi-a/art-1'));
    await store.record(step('loi-a/art-2'));
    store.close();
    const text = await storedText(dbName);
    expect(text.length).toBeGreaterThan(200);
    expect(text).not.toContain('enfant imaginaire');
    expect(text).not.toContain('Journal officiel fictif');
    expect(text).not.toContain('loi-a/art-1');
    const again = await openEditsStore('phrase secrète de test', { dbName, cost: CHEAP });
    expect(entryEdits(again).map((e) => e.entryId)).toEqual(['loi-a/art-1', 'loi-a/art-2']);
    expect(entryEdits(again)[0]?.official?.text).toBe(SENTENCE);
    again.close();
  });

  it('undoes and redoes each edit, and the position survives a restart', async () => {
    const dbName = fresh();
    const store = await openEditsStore('phrase', { dbName, cost: CHEAP });
    await store.record(step('loi-a/art-1'));
    await store.record(step('loi-a/art-1', 'a-verifier'));
    expect(entryEdits(store)[0]?.verification?.status).toBe('a-verifier');
    expect(await store.undo()).toBe(true);
    expect(entryEdits(store)[0]?.verification?.status).toBe('officiel');
    store.close();
    const again = await openEditsStore('phrase', { dbName, cost: CHEAP });
    expect(again.cursor).toBe(1);
    expect(entryEdits(again)[0]?.verification?.status).toBe('officiel');
    expect(await again.redo()).toBe(true);
    expect(entryEdits(again)[0]?.verification?.status).toBe('a-verifier');
    expect(await again.redo()).toBe(false);
    await again.undo();
    await again.undo();
    expect(entryEdits(again)).toEqual([]);
    expect(await again.undo()).toBe(false);
    // A new edit after an undo drops what could have been redone.
    await again.record(step('loi-a/art-9'));
    expect(again.steps.map((s) => s.key)).toEqual(['entry:loi-a/art-9']);
    again.close();
    const third = await openEditsStore('phrase', { dbName, cost: CHEAP });
    expect(entryEdits(third).map((e) => e.entryId)).toEqual(['loi-a/art-9']);
    third.close();
  });

  it('refuses another passphrase, and the edits stay as they were', async () => {
    const dbName = fresh();
    const store = await openEditsStore('la bonne phrase', { dbName, cost: CHEAP });
    await store.record(step('loi-a/art-1'));
    store.close();
    await expect(openEditsStore('une autre phrase', { dbName, cost: CHEAP })).rejects.toMatchObject({
      code: 'other-passphrase',
    });
    const again = await openEditsStore('la bonne phrase', { dbName, cost: CHEAP });
    expect(entryEdits(again)).toHaveLength(1);
    again.close();
  });

  it('says a step changed on disk is damage, not a missing edit', async () => {
    const dbName = fresh();
    const store = await openEditsStore('phrase', { dbName, cost: CHEAP });
    await store.record(step('loi-a/art-1'));
    await store.record(step('loi-a/art-2'));
    store.close();
    const raw = new Dexie(dbName);
    await raw.open();
    const steps = raw.table('steps');
    const first = (await steps.get(0)) as { ciphertext: Uint8Array };
    first.ciphertext[5] = (first.ciphertext[5] ?? 0) ^ 1;
    await steps.put(first);
    raw.close();
    const error: unknown = await openEditsStore('phrase', { dbName, cost: CHEAP }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditsStoreError);
    expect((error as EditsStoreError).code).toBe('damaged');
    expect(String((error as Error).message)).not.toContain('imaginaire');
  });

  it('writes nothing of a step that fails: the history is as before', async () => {
    const dbName = fresh();
    const store = await openEditsStore('phrase', { dbName, cost: CHEAP });
    await store.record(step('loi-a/art-1'));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(store.record({ key: 'entry:x', edit: cyclic as never })).rejects.toThrow();
    expect(store.steps).toHaveLength(1);
    store.close();
    const again = await openEditsStore('phrase', { dbName, cost: CHEAP });
    expect(again.steps).toHaveLength(1);
    expect(again.cursor).toBe(1);
    again.close();
  });
});
