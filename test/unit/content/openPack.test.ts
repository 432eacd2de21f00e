import { beforeAll, describe, expect, it } from 'vitest';
import { openPack, type LoadOptions, type OpenedPack } from '../../../renderer/core/content/loadPack';
import { PackError } from '../../../renderer/core/content/packError';
import { PART } from '../../../renderer/core/content/packManifest';
import { readSearchParts } from '../../../renderer/core/content/searchParts';
import { DEV_TRUST_ROOTS } from '../../../renderer/core/content/devTrustRoots';
import { completeStartupPack, resolveStartupPack } from '../../../renderer/core/contentUpdate/startupPack';
import { createSearchHost } from '../../../renderer/core/search/searchHost';
import type { WorkerResponse } from '../../../renderer/core/search/searchProtocol';
import { buildParts, flipByte, manifestOf, reader, resign } from './packHelpers';

// The start-up order (issue 17, point 8): signature, then the list part (all the library's list needs),
// then the rest when it is reached. A changed part must be refused with the same PackError whenever that
// is, and nothing from it may be handed out or indexed.

const options: LoadOptions = { trustedKeys: DEV_TRUST_ROOTS, allowDevKeys: true };
const LATER_PARTS = [PART.documents, PART.entries, PART.tags, PART.search];

let good: Map<string, Uint8Array>;
beforeAll(async () => {
  good = await buildParts();
});

const tampered = (name: string): Map<string, Uint8Array> => {
  const parts = new Map(good);
  parts.set(name, flipByte(parts.get(name)!));
  return parts;
};

/** A reader that notes which parts were asked for, in order. */
const recording = (parts: ReadonlyMap<string, Uint8Array>) => {
  const asked: string[] = [];
  const read = reader(parts);
  return { asked, read: (name: string) => (asked.push(name), read(name)) };
};

const refusal = async (promise: Promise<unknown>): Promise<PackError> => {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PackError);
  return error as PackError;
};

const listJson = (parts: ReadonlyMap<string, Uint8Array>): Record<string, unknown>[] =>
  JSON.parse(new TextDecoder().decode(parts.get(PART.list))) as Record<string, unknown>[];
const asBytes = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

describe('the head of a pack: signature and the list part only', () => {
  it('gives the list and the manifest after reading only them; the rest is read when asked for', async () => {
    const { asked, read } = recording(good);
    const head = await openPack(read, options);
    expect(asked).toEqual([PART.manifest, PART.signature, PART.list]);
    expect('documents' in head || 'entries' in head).toBe(false);
    const whole = await head.complete();
    expect(head.list.map((d) => d.id)).toEqual(whole.documents.map((d) => d.id));
    expect(head.list[0]).toMatchObject({
      title: whole.documents[0]!.title,
      entryCount: whole.documents[0]!.entryIds.length,
    });
    expect(whole.entries.length).toBe(head.manifest.counts.entries);
    expect(new Set(asked)).toEqual(new Set(manifestOf(good).parts.map((p) => p.name).concat(PART.manifest, PART.signature)));
    // The same answer every time it is asked: checked once, each part read once.
    expect(await head.complete()).toBe(whole);
    await head.searchParts();
    expect(asked.length).toBe(new Set(asked).size);
  });

  it('refuses a changed list part at once, before anything is shown', async () => {
    const error = await refusal(openPack(reader(tampered(PART.list)), options));
    expect([error.code, error.part]).toEqual(['hash-mismatch', PART.list]);
  });

  it('refuses a signed list part of the wrong shape at once, as malformed', async () => {
    const rows = listJson(good);
    rows[0] = { ...rows[0], kind: 'roman' };
    const parts = await resign(good, { replace: { [PART.list]: asBytes(rows) } });
    const error = await refusal(openPack(reader(parts), options));
    expect([error.code, error.part]).toEqual(['malformed', PART.list]);
    const twice = await resign(good, { replace: { [PART.list]: asBytes([...listJson(good), listJson(good)[0]]) } });
    expect((await refusal(openPack(reader(twice), options))).code).toBe('malformed');
  });

  it('refuses, once the documents are checked, a signed list that does not say what they say', async () => {
    const rows = listJson(good);
    rows[0] = { ...rows[0], title: { fr: 'Un autre titre' } };
    const parts = await resign(good, { replace: { [PART.list]: asBytes(rows) } });
    const head = await openPack(reader(parts), options);
    const error = await refusal(head.complete());
    expect([error.code, error.part]).toEqual(['malformed', PART.list]);
  });

  it('shows the list of a pack made before the list part from its documents, checked the same way', async () => {
    const older = await resign(good, {
      manifest: (m) => ({ ...m, parts: m.parts.filter((p) => p.name !== PART.list) }),
    });
    older.delete(PART.list);
    const head = await openPack(reader(older), options);
    const whole = await head.complete();
    expect(head.list.map((d) => d.id)).toEqual(whole.documents.map((d) => d.id));
    const error = await refusal(
      openPack(reader(new Map([...older, [PART.documents, flipByte(older.get(PART.documents)!)]])), options),
    );
    expect([error.code, error.part]).toEqual(['hash-mismatch', PART.documents]);
  });

  for (const name of LATER_PARTS) {
    it(`opens with a changed ${name}, and refuses it with hash-mismatch when the rest is reached`, async () => {
      const head = await openPack(reader(tampered(name)), options);
      expect(head.list.length).toBeGreaterThan(0);
      const error = await refusal(head.complete());
      expect([error.code, error.part]).toEqual(['hash-mismatch', name]);
      // And again on a second ask: a refused part never becomes good.
      expect((await refusal(head.complete())).code).toBe('hash-mismatch');
    });
  }

  it('does not wait for later parts, and says a missing one (missing-part) when it is reached', async () => {
    const parts = new Map(good);
    parts.delete(PART.entries);
    const head = await openPack(reader(parts), options);
    expect(head.list.length).toBeGreaterThan(0);
    for (const later of [head.complete(), head.searchParts()]) {
      const error = await refusal(later);
      expect([error.code, error.part]).toEqual(['missing-part', PART.entries]);
    }
  });
});

describe('the search worker checks the parts it is given', () => {
  const openInHost = async (head: OpenedPack): Promise<WorkerResponse[]> => {
    const out: WorkerResponse[] = [];
    const host = createSearchHost((m) => out.push(m));
    host({ type: 'open-parts', parts: await head.searchParts() });
    host({ type: 'search', id: 1, query: 'exploitation', options: { limit: 5 } });
    await expect.poll(() => out.length).toBe(2);
    return out;
  };

  it('indexes a good pack from its raw parts, and answers a search asked while it was opening', async () => {
    const [opened, result] = await openInHost(await openPack(reader(good), options));
    expect(opened).toMatchObject({ type: 'opened', rebuilt: false });
    expect(result?.type === 'result' && result.response.hits.map((h) => h.id)).toContain(
      'loi-test/art-2-bis',
    );
  });

  for (const name of LATER_PARTS) {
    it(`refuses to index anything when ${name} was changed, and says which part`, async () => {
      const head = await openPack(reader(tampered(name)), options);
      const error = await refusal(readSearchParts(await head.searchParts()));
      expect([error.code, error.part]).toEqual(['hash-mismatch', name]);
      const [opened, result] = await openInHost(head);
      expect(opened).toEqual({ type: 'failed', reason: 'open', code: 'hash-mismatch', part: name });
      expect(result).toEqual({ type: 'failed', id: 1, reason: 'search' });
    });
  }
});

describe('start-up keeps the last good pack when the chosen one fails later', () => {
  it('falls back to the bundled pack when the newer import has a changed entries part, and reports it', async () => {
    const imported = await buildParts({ packVersion: 2 });
    imported.set(PART.entries, flipByte(imported.get(PART.entries)!));
    const choice = await resolveStartupPack(
      () => openPack(reader(good), options),
      () => openPack(reader(imported), options),
    );
    expect([choice.source, choice.pack.manifest.packVersion]).toEqual(['imported', 2]);
    const ready = await completeStartupPack(choice);
    expect([ready.source, ready.pack.manifest.packVersion]).toEqual(['bundled', 1]);
    expect(ready.refused?.source).toBe('imported');
    expect([ready.refused?.error.code, ready.refused?.error.part]).toEqual(['hash-mismatch', PART.entries]);
  });

  it('refuses with the part and its reason when there is no other pack', async () => {
    const choice = await resolveStartupPack(
      () => openPack(reader(tampered(PART.search)), options),
      () => Promise.resolve(undefined),
    );
    const error = await refusal(completeStartupPack(choice));
    expect([error.code, error.part]).toEqual(['hash-mismatch', PART.search]);
  });
});
