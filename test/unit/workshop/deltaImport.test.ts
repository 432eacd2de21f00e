import { describe, expect, it } from 'vitest';
import { DEV_ROOT } from '../../../renderer/core/content/devTrustRoots';
import { issueRevocations } from '../../../renderer/core/content/revocationList';
import { loadPack, type LoadedPack } from '../../../renderer/core/content/loadPack';
import { isPackError } from '../../../renderer/core/content/packError';
import { DELTA_PART, openDeltaFile } from '../../../renderer/core/content/packDelta';
import { prepareImport } from '../../../renderer/core/contentUpdate/prepareImport';
import { openPackStore } from '../../../renderer/core/contentUpdate/packStore';
import {
  buildDelta,
  editDeltaJson,
  tamperedText,
  truncated,
  withOfficialText,
} from '../../fixtures/workshop/hostileDeltas';
import {
  buildParts,
  DEV_SIGNING_KEY,
  makeKey,
  makePublisher,
  makeRoot,
  reader,
  resign,
} from '../content/packHelpers';

// Issue 20: a .dalili-delta is refused, with nothing changed, when tampered, on the wrong base, signed by
// an unknown or revoked publisher, older than the pack in use, or truncated (hostile builders in
// test/fixtures/workshop/hostileDeltas.ts).

const TRUST_DEV = { trustedKeys: [DEV_ROOT], allowDevKeys: true };
const CREATED_AT = '2026-12-05T08:00:00.000Z';

const basePack = async (packVersion = 3, trust = TRUST_DEV, key = DEV_SIGNING_KEY): Promise<LoadedPack> =>
  loadPack(reader(await buildParts({ packVersion, key })), trust);

const deltaOn = async (
  base: LoadedPack,
  options: { packVersion?: number; key?: typeof DEV_SIGNING_KEY } = {},
) =>
  buildDelta({
    base,
    next: withOfficialText(base),
    key: options.key ?? DEV_SIGNING_KEY,
    packVersion: options.packVersion ?? 4,
    createdAt: CREATED_AT,
  });

const refusal = async (
  bytes: Uint8Array,
  base: LoadedPack,
  trust: Parameters<typeof prepareImport>[2] = TRUST_DEV,
): Promise<string> => {
  const before = JSON.stringify([base.manifest, base.documents, base.entries, base.tags]);
  try {
    await prepareImport(bytes, base, trust);
    return 'accepted';
  } catch (error) {
    if (!isPackError(error)) throw error;
    // Nothing changed: the pack in use is the same object with the same content.
    expect(JSON.stringify([base.manifest, base.documents, base.entries, base.tags])).toBe(before);
    return error.code;
  }
};

describe('delta import: refusals', () => {
  it('a well-made delta is accepted (the check that the refusals below can pass)', async () => {
    const base = await basePack();
    expect(await refusal(await deltaOn(base), base)).toBe('accepted');
  });

  it('tampered: one word of the official text changed inside delta.json → hash-mismatch', async () => {
    const base = await basePack();
    expect(await refusal(tamperedText(await deltaOn(base)), base)).toBe('hash-mismatch');
  });

  it('tampered: a document of the base dropped from the order → hash-mismatch', async () => {
    const base = await basePack();
    const bytes = editDeltaJson(await deltaOn(base), (d) => {
      d.documentOrder = (d.documentOrder as string[]).slice(0, -1);
    });
    expect(await refusal(bytes, base)).toBe('hash-mismatch');
  });

  it('tampered: delta.json names a document that exists nowhere → malformed', async () => {
    const base = await basePack();
    const bytes = editDeltaJson(await deltaOn(base), (d) => {
      d.documentOrder = [...(d.documentOrder as string[]), 'document-fantome'];
    });
    expect(await refusal(bytes, base)).toBe('malformed');
  });

  it('tampered: delta.json is not JSON, or lacks a field → malformed', async () => {
    const base = await basePack();
    expect(
      await refusal(
        editDeltaJson(await deltaOn(base), (d) => delete d.base),
        base,
      ),
    ).toBe('malformed');
    const { readPackContainer, writePackFile } = await import('../../../renderer/core/content/packFile');
    const parts = readPackContainer(await deltaOn(base));
    parts.set(DELTA_PART, new TextEncoder().encode('{"format":'));
    expect(await refusal(writePackFile([...parts.entries()]), base)).toBe('malformed');
  });

  it('wrong base: a delta made on another pack of the same version → wrong-base, before any signature is checked', async () => {
    const base = await basePack();
    const other = await loadPack(
      reader(await buildParts({ packVersion: 3, createdAt: '2026-04-01T00:00:00.000Z' })),
      TRUST_DEV,
    );
    expect(other.manifestSha256).not.toBe(base.manifestSha256);
    expect(await refusal(await deltaOn(other), base)).toBe('wrong-base');
  });

  it('wrong base: a delta made on an older version of the pack in use → wrong-base', async () => {
    const older = await basePack(2);
    const base = await basePack(3);
    expect(await refusal(await deltaOn(older, { packVersion: 4 }), base)).toBe('wrong-base');
  });

  it('unknown publisher: signed under a root this app does not trust → untrusted-key', async () => {
    const base = await basePack();
    const { signing } = makeKey('editeur-inconnu');
    expect(await refusal(await deltaOn(base, { key: signing }), base)).toBe('untrusted-key');
  });

  it('revoked publisher: on the revocation list the delta carries → publisher-revoked', async () => {
    const root = makeRoot('racine-essai');
    const publisher = makePublisher(root, 'editeur-revoque', { revoked: ['editeur-revoque'] });
    const trust = { trustedKeys: [DEV_ROOT, root.trusted], allowDevKeys: true };
    const base = await basePack(3, trust);
    expect(await refusal(await deltaOn(base, { key: publisher }), base, trust)).toBe('publisher-revoked');
  });

  it('revoked publisher: on a list this computer already knows, though the delta carries an older one → publisher-revoked', async () => {
    const root = makeRoot('racine-essai');
    const publisher = makePublisher(root, 'editeur-revoque-depuis', { revocationNumber: 1 });
    const later = issueRevocations(
      {
        rootId: 'racine-essai',
        number: 2,
        issuedAt: '2026-11-01T00:00:00.000Z',
        revoked: ['editeur-revoque-depuis'],
      },
      root.secretKey,
    );
    const trust = { trustedKeys: [DEV_ROOT, root.trusted], allowDevKeys: true, knownRevocations: [later] };
    const base = await basePack(3, trust);
    expect(await refusal(await deltaOn(base, { key: publisher }), base, trust)).toBe('publisher-revoked');
  });

  it('older than the pack in use → older-version; the same version → same-version', async () => {
    const base = await basePack(3);
    expect(await refusal(await deltaOn(base, { packVersion: 2 }), base)).toBe('older-version');
    expect(await refusal(await deltaOn(base, { packVersion: 3 }), base)).toBe('same-version');
  });

  it('truncated → truncated; cut to its first bytes → truncated', async () => {
    const base = await basePack();
    const bytes = await deltaOn(base);
    expect(await refusal(truncated(bytes), base)).toBe('truncated');
    expect(await refusal(bytes.subarray(0, 20), base)).toBe('truncated');
  });

  it('a delta whose signed manifest names another search configuration → delta-unsupported (its index cannot be rebuilt here)', async () => {
    const base = await basePack();
    const bytes = await deltaOn(base);
    const { readPackContainer, writePackFile } = await import('../../../renderer/core/content/packFile');
    const parts = readPackContainer(bytes);
    const resigned = await resign(new Map(parts), {
      manifest: (m) => ({ ...m, search: { ...m.search, configHash: '0'.repeat(64) } }),
    });
    // resign re-hashes the parts it holds: delta.json is not in the manifest, so only the config changes.
    expect(await refusal(writePackFile([...resigned.entries()]), base)).toBe('delta-unsupported');
  });

  it('tampered: an entry of the order that exists nowhere, or a document listed twice → malformed', async () => {
    const base = await basePack();
    const ghost = editDeltaJson(await deltaOn(base), (d) => {
      const [first] = d.changed as { entryOrder: string[] }[];
      first!.entryOrder.push('entree-fantome');
    });
    expect(await refusal(ghost, base)).toBe('malformed');
    const twice = editDeltaJson(await deltaOn(base), (d) => {
      const changed = d.changed as unknown[];
      changed.push(changed[0]);
    });
    expect(await refusal(twice, base)).toBe('malformed');
  });

  it('tampered: an entry of another document added to a changed document’s order → hash-mismatch', async () => {
    const base = await basePack();
    const bytes = editDeltaJson(await deltaOn(base), (d) => {
      const [first] = d.changed as { id: string; entryOrder: string[] }[];
      const other = base.entries.find((e) => e.docId !== first!.id);
      first!.entryOrder.push(other!.id);
    });
    expect(await refusal(bytes, base)).toBe('hash-mismatch');
  });

  it('a delta with a fourth part → malformed', async () => {
    const base = await basePack();
    const { readPackContainer, writePackFile } = await import('../../../renderer/core/content/packFile');
    const parts = readPackContainer(await deltaOn(base));
    parts.set('extra.json', new TextEncoder().encode('{}'));
    expect(await refusal(writePackFile([...parts.entries()]), base)).toBe('malformed');
  });

  it('after a refusal the stored imported pack is untouched (nothing is written before activation)', async () => {
    const store = openPackStore(`wcore-delta-${Math.random()}`);
    const base = await basePack();
    await store.save(new Uint8Array([1, 2, 3]), 3, CREATED_AT);
    expect(await refusal(tamperedText(await deltaOn(base)), base)).toBe('hash-mismatch');
    expect(await store.load()).toEqual(new Uint8Array([1, 2, 3]));
    store.close();
  });

  it('openDeltaFile refuses a full pack given as a delta', async () => {
    const base = await basePack();
    const { writePackFile } = await import('../../../renderer/core/content/packFile');
    const full = writePackFile([...(await buildParts({ packVersion: 4 })).entries()]);
    await expect(openDeltaFile(full, base, TRUST_DEV)).rejects.toMatchObject({ code: 'malformed' });
  });
});
