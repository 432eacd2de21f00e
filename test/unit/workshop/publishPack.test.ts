import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../build/content/buildPack';
import { loadPack, type LoadedPack } from '../../../renderer/core/content/loadPack';
import { readPackContainer, readPackFile, writePackFile } from '../../../renderer/core/content/packFile';
import { DEV_ROOT } from '../../../renderer/core/content/devTrustRoots';
import { prepareImport } from '../../../renderer/core/contentUpdate/prepareImport';
import { isWorkshopError, openPublisherKey, publishPack } from '../../../renderer/core/workshop';
import { withOfficialText } from '../../fixtures/workshop/hostileDeltas';
import { devKeyFileBytes, TEST_NOW, TEST_PASSPHRASE } from '../../fixtures/workshop/testKey';
import { buildParts, compileValid, DEV_SIGNING_KEY, reader } from '../content/packHelpers';

const TRUST_DEV = { trustedKeys: [DEV_ROOT], allowDevKeys: true };
const CREATED_AT = '2026-12-05T08:00:00.000Z';

const basePack = async (): Promise<LoadedPack> =>
  loadPack(reader(await buildParts({ packVersion: 3 })), TRUST_DEV);
const signer = () => openPublisherKey(devKeyFileBytes(), TEST_PASSPHRASE, { now: TEST_NOW });

const code = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
    return 'published';
  } catch (error) {
    if (isWorkshopError(error)) return error.code;
    throw error;
  }
};

describe('publishPack: full', () => {
  it('gives byte for byte the .dalili-pack the content compiler and content:pack give for the same content, version, date and key', async () => {
    const base = await basePack();
    const compiled = compileValid();
    const published = await publishPack({
      base,
      documents: compiled.documents,
      entries: compiled.entries,
      signer: await signer(),
      mode: 'full',
      packVersion: 4,
      createdAt: CREATED_AT,
    });
    const compiler = await buildPack(compiled, {
      packVersion: 4,
      createdAt: CREATED_AT,
      key: DEV_SIGNING_KEY,
    });
    expect(published.bytes).toEqual(writePackFile(compiler.parts));
    expect(published.fileName).toBe('dalili-contenu-v4.dalili-pack');
    expect(published.summary).toMatchObject({
      mode: 'full',
      packVersion: 4,
      baseVersion: 3,
      documentsChanged: 0,
      keyId: 'dalili-dev-publisher',
    });
    const opened = await readPackFile(published.bytes, TRUST_DEV);
    expect(opened.manifest.packVersion).toBe(4);
    expect(opened.signedBy.publisher).toBe('Dalili (développement)');
  });

  it('refuses a version that is not above the base, and a forgotten key', async () => {
    const base = await basePack();
    const key = await signer();
    const input = {
      base,
      documents: base.documents,
      entries: base.entries,
      signer: key,
      mode: 'full' as const,
      createdAt: CREATED_AT,
    };
    expect(await code(publishPack({ ...input, packVersion: 3 }))).toBe('version-not-newer');
    expect(await code(publishPack({ ...input, packVersion: 2.5 }))).toBe('version-not-newer');
    key.forget();
    expect(await code(publishPack({ ...input, packVersion: 4 }))).toBe('forgotten');
  });
});

describe('publishPack: delta', () => {
  it('round trip: a delta imported on its base gives the same manifest and parts as the full pack, and is much smaller', async () => {
    const base = await basePack();
    const edited = withOfficialText(base);
    const key = await signer();
    const common = {
      base,
      documents: edited.documents,
      entries: edited.entries,
      signer: key,
      packVersion: 4,
      createdAt: CREATED_AT,
    };
    const full = await publishPack({ ...common, mode: 'full' });
    const delta = await publishPack({ ...common, mode: 'delta' });
    expect(delta.fileName).toBe('dalili-contenu-v4-depuis-v3.dalili-delta');
    expect(delta.summary).toMatchObject({ mode: 'delta', documentsChanged: 1, fullBytes: full.bytes.length });
    expect(delta.bytes.length).toBeLessThan(full.bytes.length / 3);
    // Only the changed entry travels, with its document's entry order; the document's own fields did not change.
    const carried = JSON.parse(
      new TextDecoder().decode(readPackContainer(delta.bytes).get('delta.json')),
    ) as {
      changed: { id: string; document?: unknown; entryOrder: string[]; entries: { id: string }[] }[];
    };
    expect(carried.changed).toHaveLength(1);
    expect(carried.changed[0]).toMatchObject({
      id: edited.entryId.split('/')[0],
      entries: [{ id: edited.entryId }],
    });
    expect(carried.changed[0]?.document).toBeUndefined();
    expect(carried.changed[0]?.entryOrder).toEqual(
      base.entries.filter((e) => e.docId === edited.entryId.split('/')[0]).map((e) => e.id),
    );

    const steps: string[] = [];
    const viaDelta = await prepareImport(delta.bytes, base, {
      ...TRUST_DEV,
      onProgress: (s) => steps.push(s),
    });
    const viaFull = await prepareImport(full.bytes, base, TRUST_DEV);
    expect(steps).toEqual(['signature', 'rebuild', 'index', 'check']);
    expect(viaDelta.deltaBase).toBe(3);
    expect(viaDelta.candidate.manifest).toEqual(viaFull.candidate.manifest);
    expect(viaDelta.packFile).toEqual(full.bytes);
    expect(viaDelta.candidate.entriesById.get(edited.entryId)?.official?.reference.publication).toBe(
      'Journal officiel fictif des essais',
    );
    // The import screen's account, entry by entry.
    const [changed] = viaDelta.diff.changed;
    expect(changed?.entries).toEqual([
      expect.objectContaining({
        id: edited.entryId,
        change: 'changed',
        fields: ['official-added', 'level'],
        level: { from: base.entriesById.get(edited.entryId)?.verification.status, to: 'officiel' },
      }),
    ]);
  });

  it('refuses a delta with nothing in it', async () => {
    const base = await basePack();
    expect(
      await code(
        publishPack({
          base,
          documents: base.documents,
          entries: base.entries,
          signer: await signer(),
          mode: 'delta',
          packVersion: 4,
          createdAt: CREATED_AT,
        }),
      ),
    ).toBe('nothing-changed');
  });

  it('refuses a delta for a model whose entries are not grouped by document (publish it full instead)', async () => {
    const base = await basePack();
    const edited = withOfficialText(base);
    const byDoc = new Set(edited.entries.map((e) => e.docId));
    expect(byDoc.size).toBeGreaterThan(1);
    // The first entry moved to the end: its document's entries are no longer together.
    const entries = [...edited.entries.slice(1), edited.entries[0]!];
    expect(
      await code(
        publishPack({
          base,
          documents: edited.documents,
          entries,
          signer: await signer(),
          mode: 'delta',
          packVersion: 4,
          createdAt: CREATED_AT,
        }),
      ),
    ).toBe('delta-unavailable');
  });
});
