import { describe, expect, it } from 'vitest';
import { loadPack, type LoadedPack } from '../../../renderer/core/content/loadPack';
import { writePackFile } from '../../../renderer/core/content/packFile';
import { PART } from '../../../renderer/core/content/packManifest';
import { DEV_ROOT as DEV_KEY } from '../../../renderer/core/content/devTrustRoots';
import type { CompiledContent } from '../../../build/content/compileContent';
import { diffPacks } from '../../../renderer/core/contentUpdate/diffPacks';
import { openPackStore } from '../../../renderer/core/contentUpdate/packStore';
import { prepareImport } from '../../../renderer/core/contentUpdate/prepareImport';
import { resolveStartupPack } from '../../../renderer/core/contentUpdate/startupPack';
import { buildParts, compileValid, flipByte, makeKey, reader } from '../content/packHelpers';

const TRUST_DEV = { trustedKeys: [DEV_KEY], allowDevKeys: true };

async function packOf(parts: Map<string, Uint8Array>): Promise<LoadedPack> {
  return loadPack(reader(parts), TRUST_DEV);
}

function fileOf(parts: Map<string, Uint8Array>): Uint8Array {
  const names = [
    PART.manifest,
    PART.signature,
    ...[...parts.keys()].filter((n) => n !== PART.manifest && n !== PART.signature),
  ];
  return writePackFile(names.map((n) => [n, parts.get(n)!] as const));
}

/** Version 2 of the fixture content: one document retitled, one entry reworded, one document dropped. */
function editedContent(): { content: CompiledContent; retitled: string; dropped: string } {
  const content = structuredClone(compileValid());
  const [first, second] = content.documents;
  first!.title.fr = `${first!.title.fr} (texte révisé)`;
  const entry = content.entries.find((e) => e.docId === first!.id)!;
  entry.text.fr = `${entry.text.fr}\n\nPrécision ajoutée.`;
  content.documents = content.documents.filter((d) => d.id !== second!.id);
  content.entries = content.entries.filter((e) => e.docId !== second!.id);
  return { content, retitled: first!.id, dropped: second!.id };
}

describe('what an update changes', () => {
  it('lists changed and removed documents with entry counts', async () => {
    const v1 = await packOf(await buildParts({ packVersion: 1 }));
    const { content, retitled, dropped } = editedContent();
    const v2 = await packOf(await buildParts({ packVersion: 2, content }));
    const diff = diffPacks(v1, v2);
    expect(diff).toMatchObject({ fromVersion: 1, toVersion: 2, added: [] });
    expect(diff.removed.map((d) => d.id)).toEqual([dropped]);
    expect(diff.changed).toEqual([
      expect.objectContaining({ id: retitled, entriesChanged: 1, entriesAdded: 0, entriesRemoved: 0 }),
    ]);
    expect(diffPacks(v2, v1).added.map((d) => d.id)).toEqual([dropped]);
  });

  it('finds nothing to report between identical contents', async () => {
    const v1 = await packOf(await buildParts({ packVersion: 1 }));
    const v2 = await packOf(await buildParts({ packVersion: 2 }));
    expect(diffPacks(v1, v2)).toMatchObject({ added: [], removed: [], changed: [] });
  });
});

describe('importing a .dalili-pack', () => {
  it('accepts a newer signed pack and says what changes', async () => {
    const current = await packOf(await buildParts({ packVersion: 1 }));
    const { content } = editedContent();
    const prepared = await prepareImport(
      fileOf(await buildParts({ packVersion: 2, content })),
      current,
      TRUST_DEV,
    );
    expect(prepared.candidate.manifest.packVersion).toBe(2);
    expect(prepared.diff.changed).toHaveLength(1);
  });

  it.each([
    ['an older pack', { packVersion: 1 }, 'older-version'],
    ['the same version', { packVersion: 2 }, 'same-version'],
  ] as const)('refuses %s', async (_label, options, code) => {
    const current = await packOf(await buildParts({ packVersion: 2 }));
    await expect(prepareImport(fileOf(await buildParts(options)), current, TRUST_DEV)).rejects.toMatchObject({
      code,
    });
  });

  it('refuses a tampered, an untrusted and, in release builds, a dev-signed pack', async () => {
    const current = await packOf(await buildParts({ packVersion: 1 }));
    const v2 = await buildParts({ packVersion: 2 });
    const tampered = new Map(v2).set(PART.entries, flipByte(v2.get(PART.entries)!));
    await expect(prepareImport(fileOf(tampered), current, TRUST_DEV)).rejects.toMatchObject({
      code: 'hash-mismatch',
    });
    const stranger = makeKey('inconnu');
    await expect(
      prepareImport(fileOf(await buildParts({ packVersion: 2, key: stranger.signing })), current, TRUST_DEV),
    ).rejects.toMatchObject({ code: 'untrusted-key' });
    await expect(
      prepareImport(fileOf(v2), current, { trustedKeys: [DEV_KEY], allowDevKeys: false }),
    ).rejects.toMatchObject({ code: 'dev-key-refused' });
    const bytes = fileOf(v2);
    await expect(
      prepareImport(bytes.subarray(0, bytes.length - 10), current, TRUST_DEV),
    ).rejects.toMatchObject({ code: 'truncated' });
  });
});

describe('the pack used at start-up (last good pack)', () => {
  it('prefers a newer verified import, and keeps the bundled pack when the import is older or refused', async () => {
    const v1 = await packOf(await buildParts({ packVersion: 1 }));
    const v2 = await packOf(await buildParts({ packVersion: 2 }));
    const imported = await resolveStartupPack(
      () => Promise.resolve(v1),
      () => Promise.resolve(v2),
    );
    expect(imported).toMatchObject({ source: 'imported', pack: v2 });
    const olderImport = await resolveStartupPack(
      () => Promise.resolve(v2),
      () => Promise.resolve(v1),
    );
    expect(olderImport).toMatchObject({ source: 'bundled', pack: v2 });
    const refused = await resolveStartupPack(
      () => Promise.resolve(v1),
      () => loadPack(reader(new Map()), TRUST_DEV),
    );
    expect(refused).toMatchObject({
      source: 'bundled',
      pack: v1,
      refused: { source: 'imported', error: { code: 'missing-part' } },
    });
  });

  it('falls back to the verified import when the bundled pack is damaged, and fails only when neither verifies', async () => {
    const v2 = await packOf(await buildParts({ packVersion: 2 }));
    const broken = () => loadPack(reader(new Map()), TRUST_DEV);
    await expect(resolveStartupPack(broken, () => Promise.resolve(v2))).resolves.toMatchObject({
      source: 'imported',
      refused: { source: 'bundled' },
    });
    await expect(resolveStartupPack(broken, () => Promise.resolve(undefined))).rejects.toMatchObject({
      code: 'missing-part',
    });
  });
});

describe('stored update', () => {
  it('keeps the signed bytes across restarts and forgets them on request', async () => {
    const store = openPackStore(`dalili-content-test-${Math.random()}`);
    expect(await store.load()).toBeUndefined();
    const bytes = fileOf(await buildParts({ packVersion: 2 }));
    await store.save(bytes, 2, '2026-11-29T10:00:00.000Z');
    expect(await store.load()).toEqual(bytes);
    await store.clear();
    expect(await store.load()).toBeUndefined();
    store.close();
  });
});
