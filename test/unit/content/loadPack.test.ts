import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../renderer/core/content/loadPack';
import { PART } from '../../../renderer/core/content/packManifest';
import { DEV_ROOT as DEV_KEY, DEV_TRUST_ROOTS as TRUSTED_KEYS } from '../../../renderer/core/content/devTrustRoots';
import { searchContent } from '../../../renderer/core/search/searchIndex';
import { buildParts, compileValid, makeKey, reader, resign } from './packHelpers';

const options = { trustedKeys: TRUSTED_KEYS, allowDevKeys: true };

describe('build → load', () => {
  it('returns exactly the compiled documents and entries', async () => {
    const compiled = compileValid();
    expect(compiled.errors).toEqual([]);
    const pack = await loadPack(reader(await buildParts({ content: compiled })), options);
    expect(pack.documents).toEqual(compiled.documents);
    expect(pack.entries).toEqual(compiled.entries);
    expect(pack.tags).toEqual(compiled.tags);
    expect(pack.entriesById.get('loi-test/art-1')?.citation).toBe(
      "Loi fictive n° 00/001 portant protection de l'enfant, art. 1",
    );
    expect(pack.signedBy).toMatchObject({ rootId: DEV_KEY.id, dev: true, publisher: 'Dalili (développement)', keyId: 'dalili-dev-publisher', roles: ['content'] });
    expect(pack.searchIndexRebuilt).toBe(false);
  });

  it('describes the pack in the manifest', async () => {
    const pack = await loadPack(reader(await buildParts({ packVersion: 7 })), options);
    const m = pack.manifest;
    expect(m.packVersion).toBe(7);
    expect(m.validAsOf).toBe('2026-01-01');
    expect(m.languages).toEqual(['fr', 'en']);
    expect(m.counts).toEqual({
      documents: 6,
      entries: 8,
      articles: 5,
      indicators: 1,
      steps: 1,
      actors: 1,
      aVerifier: 6,
      officiel: 1,
      concordant: 1,
      resume: 8,
      texte: 0,
    });
    expect(m.parts.map((p) => p.name)).toEqual([PART.list, PART.documents, PART.entries, PART.tags, PART.search]);
    expect(m.search.configHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('imports a search index that finds entries, with either apostrophe', async () => {
    const pack = await loadPack(reader(await buildParts()), options);
    expect(searchContent(pack.search, 'exploitation')).toContain('loi-test/art-2-bis');
    expect(searchContent(pack.search, 'l’exploitation des enfants')).toContain('loi-test/art-2-bis');
    expect(searchContent(pack.search, "l'exploitation des enfants")).toContain('loi-test/art-2-bis');
    expect(searchContent(pack.search, 'menaces', { kind: 'indicator' })).toEqual(['ind-test/menaces']);
    // First: the exact match; records missing one of the words may follow it.
    expect(searchContent(pack.search, 'Loi fictive modificative', { kind: 'document' })[0]).toBe('loi-test-mod');
    expect(searchContent(pack.search, 'zzzinconnu')).toEqual([]);
  });

  it('rebuilds the index when the pack was built with another search config', async () => {
    const parts = await resign(await buildParts(), {
      manifest: (m) => ({ ...m, search: { ...m.search, configHash: '0'.repeat(64) } }),
    });
    const pack = await loadPack(reader(parts), options);
    expect(pack.searchIndexRebuilt).toBe(true);
    expect(searchContent(pack.search, 'exploitation')).toContain('loi-test/art-2-bis');
  });

  it('accepts a pack signed by another trusted key and says it is not a dev pack', async () => {
    const prod = makeKey('prod-test');
    const pack = await loadPack(reader(await buildParts({ key: prod.signing })), {
      trustedKeys: [prod.trusted],
      allowDevKeys: false,
    });
    expect(pack.signedBy.dev).toBe(false);
  });
});

describe('reproducibility', () => {
  it('gives byte-identical parts for the same content, version and time', async () => {
    const a = await buildParts();
    const b = await buildParts();
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, bytes] of a) expect(Buffer.from(bytes).equals(Buffer.from(b.get(name) ?? [])), name).toBe(true);
  });

  it('differs only in manifest and signature when built at another time', async () => {
    const a = await buildParts();
    const b = await buildParts({ createdAt: '2027-01-01T00:00:00.000Z' });
    const differing = [...a].filter(([name, bytes]) => !Buffer.from(bytes).equals(Buffer.from(b.get(name) ?? [])));
    expect(differing.map(([name]) => name).sort()).toEqual([PART.manifest, PART.signature].sort());
  });
});
