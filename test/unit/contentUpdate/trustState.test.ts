import { describe, expect, it } from 'vitest';
import { loadPack, type LoadOptions } from '../../../renderer/core/content/loadPack';
import { readPackFile, writePackFile } from '../../../renderer/core/content/packFile';
import { PART } from '../../../renderer/core/content/packManifest';
import { issueRevocations } from '../../../renderer/core/content/revocationList';
import { openPackStore } from '../../../renderer/core/contentUpdate/packStore';
import { resolveStartupPack, withRollbackCheck } from '../../../renderer/core/contentUpdate/startupPack';
import { openTrustStore } from '../../../renderer/core/contentUpdate/trustState';
import { buildParts, makePublisher, makeRoot, reader } from '../content/packHelpers';

// The highest version seen and the revocation lists live apart from the packs and only go up:
// a removed or replaced older pack is noticed at the next start (real Dexie on fake-indexeddb).

const root = makeRoot('bureau-racine');
const publisher = makePublisher(root, 'bureau-goma');
const OPTIONS: LoadOptions = { trustedKeys: [root.trusted], allowDevKeys: false };
const unique = () => `test-${Math.random().toString(16).slice(2)}`;

const fileOf = (parts: Map<string, Uint8Array>): Uint8Array => {
  const names = [
    PART.manifest,
    PART.signature,
    ...[...parts.keys()].filter((n) => n !== PART.manifest && n !== PART.signature),
  ];
  return writePackFile(names.map((n) => [n, parts.get(n)!] as const));
};
const packFile = async (packVersion: number) => fileOf(await buildParts({ packVersion, key: publisher }));

/** One start of the app: bundled pack, imported pack from the store, compared with and then raising the trust state. */
async function start(
  bundledVersion: number,
  store: ReturnType<typeof openPackStore>,
  trust: ReturnType<typeof openTrustStore>,
) {
  const bundled = await loadPack(
    reader(await buildParts({ packVersion: bundledVersion, key: publisher })),
    OPTIONS,
  );
  const chosen = await resolveStartupPack(
    () => Promise.resolve(bundled),
    async () => {
      const bytes = await store.load();
      return bytes ? readPackFile(bytes, OPTIONS) : undefined;
    },
  );
  const before = await trust.read();
  await trust.recordSeen(chosen.pack);
  return withRollbackCheck(chosen, before.highestPackVersion, before.acknowledged);
}

describe('rollback of the content pack', () => {
  it('says so when the imported pack was removed, or replaced by an older one, and not otherwise', async () => {
    const store = openPackStore(unique());
    const trust = openTrustStore([root.trusted], unique());
    await store.save(await packFile(5), 5, '2026-11-29T10:00:00.000Z');
    const first = await start(1, store, trust);
    expect(first).toMatchObject({ source: 'imported', pack: { manifest: { packVersion: 5 } } });
    expect(first.rolledBack).toBeUndefined();
    expect((await start(1, store, trust)).rolledBack).toBeUndefined();

    await store.save(await packFile(3), 3, '2026-11-30T10:00:00.000Z'); // an older pack put in its place
    expect(await start(1, store, trust)).toMatchObject({
      source: 'imported',
      rolledBack: { highestSeen: 5 },
    });

    await store.clear(); // the imported pack removed
    const afterRemoval = await start(1, store, trust);
    expect(afterRemoval).toMatchObject({
      source: 'bundled',
      pack: { manifest: { packVersion: 1 } },
      rolledBack: { highestSeen: 5 },
    });
    // The notice stays until a pack at least as recent is in use again; the record never goes down.
    expect((await trust.read()).highestPackVersion).toBe(5);
    await store.save(await packFile(6), 6, '2026-12-01T10:00:00.000Z');
    expect((await start(1, store, trust)).rolledBack).toBeUndefined();
    expect((await trust.read()).highestPackVersion).toBe(6);

    // Going back on purpose ("Revenir à la bibliothèque livrée") is not reported as a rollback…
    await store.clear();
    await trust.acknowledgeRollback();
    expect((await start(1, store, trust)).rolledBack).toBeUndefined();
    // …but a newer pack, later removed without the person, is again.
    await store.save(await packFile(7), 7, '2026-12-02T10:00:00.000Z');
    await start(1, store, trust);
    await store.clear();
    expect((await start(1, store, trust)).rolledBack).toEqual({ highestSeen: 7 });
    store.close();
    trust.close();
  });
});

describe('revocation lists kept on this computer', () => {
  it('keeps the highest list per root and never goes back to an older one', async () => {
    const trust = openTrustStore([root.trusted], unique());
    const later = issueRevocations(
      { rootId: root.trusted.id, number: 4, issuedAt: '2026-10-01T00:00:00.000Z', revoked: ['ancien'] },
      root.secretKey,
    );
    const withLater = await loadPack(
      reader(await buildParts({ key: { ...publisher, revocations: later } })),
      OPTIONS,
    );
    await trust.recordSeen(withLater);
    expect((await trust.read()).revocations).toEqual([later]);
    const withOlder = await loadPack(reader(await buildParts({ key: publisher })), OPTIONS); // carries list n° 1
    await trust.recordSeen(withOlder);
    expect((await trust.read()).revocations).toEqual([later]);
    trust.close();
  });

  it('refuses at the next start a stored pack whose publisher a later list revoked', async () => {
    const trust = openTrustStore([root.trusted], unique());
    const bytes = await packFile(2);
    await expect(
      readPackFile(bytes, { ...OPTIONS, knownRevocations: (await trust.read()).revocations }),
    ).resolves.toBeDefined();
    const revoking = issueRevocations(
      { rootId: root.trusted.id, number: 2, issuedAt: '2026-10-01T00:00:00.000Z', revoked: ['bureau-goma'] },
      root.secretKey,
    );
    const other = makePublisher(root, 'bureau-bukavu', { revocationNumber: 2 });
    await trust.recordSeen(
      await loadPack(
        reader(await buildParts({ packVersion: 3, key: { ...other, revocations: revoking } })),
        OPTIONS,
      ),
    );
    await expect(
      readPackFile(bytes, { ...OPTIONS, knownRevocations: (await trust.read()).revocations }),
    ).rejects.toMatchObject({ code: 'publisher-revoked' });
    trust.close();
  });
});
