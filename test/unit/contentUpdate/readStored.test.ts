import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openPackStore } from '../../../renderer/core/contentUpdate/packStore';
import { getStored, readImportedPack, readTrustState } from '../../../renderer/core/contentUpdate/readStored';
import { openTrustStore } from '../../../renderer/core/contentUpdate/trustState';
import { DEV_TRUST_ROOTS } from '../../../renderer/core/content/devTrustRoots';
import { loadPack } from '../../../renderer/core/content/loadPack';
import { buildParts, reader } from '../content/packHelpers';

// The start-up reads the imported pack and the trust state with one plain IndexedDB get each, without Dexie
// (issue 17, point 8); Dexie writes them. Same databases, same answers (real Dexie on fake-indexeddb).

const unique = (what: string) => `${what}-${Math.random().toString(16).slice(2)}`;

describe('the start-up reads without Dexie', () => {
  it('read nothing, and create nothing, where nothing was ever stored', async () => {
    const content = unique('content');
    const trust = unique('trust');
    expect(await readImportedPack(content)).toBeUndefined();
    expect(await readTrustState(trust)).toEqual({ highestPackVersion: 0, revocations: [] });
    // The databases were not created by the reads: Dexie creates them, with their schema, at the first write.
    expect(await Dexie.exists(content)).toBe(false);
    expect(await Dexie.exists(trust)).toBe(false);
    const store = openPackStore(content);
    await store.save(new Uint8Array([1, 2, 3]), 4, '2026-12-05T09:00:00.000Z');
    expect(await readImportedPack(content)).toEqual(new Uint8Array([1, 2, 3]));
    store.close();
  });

  it('read exactly what Dexie wrote: the imported pack’s bytes, then nothing once it is cleared', async () => {
    const name = unique('content');
    const store = openPackStore(name);
    const bytes = new Uint8Array(4096).map((_, i) => i % 251);
    await store.save(bytes, 7, '2026-12-05T09:00:00.000Z');
    expect(await readImportedPack(name)).toEqual(await store.load());
    expect(await readImportedPack(name)).toEqual(bytes);
    await store.clear();
    expect(await readImportedPack(name)).toBeUndefined();
    store.close();
  });

  it('read the trust state Dexie keeps, with its revocation list and an acknowledged rollback', async () => {
    const name = unique('trust');
    const trust = openTrustStore(DEV_TRUST_ROOTS, name);
    const pack = await loadPack(reader(await buildParts({ packVersion: 9 })), {
      trustedKeys: DEV_TRUST_ROOTS,
      allowDevKeys: true,
    });
    await trust.recordSeen(pack);
    expect(await readTrustState(name)).toEqual(await trust.read());
    expect((await readTrustState(name)).highestPackVersion).toBe(9);
    expect((await readTrustState(name)).revocations).toEqual([pack.revocations]);
    await trust.acknowledgeRollback();
    expect(await readTrustState(name)).toEqual({
      highestPackVersion: 9,
      revocations: [pack.revocations],
      acknowledged: 9,
    });
    trust.close();
  });

  it('do not hold up Dexie: a database read here still opens and upgrades in Dexie afterwards', async () => {
    const name = unique('content');
    const store = openPackStore(name);
    await store.save(new Uint8Array([9]), 1, '2026-12-05T09:00:00.000Z');
    store.close();
    expect(await getStored(name, 'packs', 'imported')).toMatchObject({ slot: 'imported', packVersion: 1 });
    expect(await getStored(name, 'no-such-store', 'imported')).toBeUndefined();
    const later = new Dexie(name);
    later.version(2).stores({ packs: 'slot', other: 'id' });
    await later.open();
    expect(await later.table('packs').get('imported')).toMatchObject({ packVersion: 1 });
    later.close();
  });
});
