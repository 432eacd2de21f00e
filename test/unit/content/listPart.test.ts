import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listedDocument, parseListPart } from '../../../renderer/core/content/listPart';
import { openPack } from '../../../renderer/core/content/loadPack';
import { PackError } from '../../../renderer/core/content/packError';
import { PART } from '../../../renderer/core/content/packManifest';
import { DEV_TRUST_ROOTS } from '../../../renderer/core/content/devTrustRoots';
import { buildParts, compileValid, FIXTURES, reader, resign } from './packHelpers';

// The list part is signed, so only a publisher (or a builder bug) can make a bad one; still, each hostile
// shape in test/fixtures/content/hostile-list must be refused at opening as malformed, nothing shown.

const HOSTILE = resolve(FIXTURES, 'hostile-list');
const options = { trustedKeys: DEV_TRUST_ROOTS, allowDevKeys: true };

let good: Map<string, Uint8Array>;
beforeAll(async () => {
  good = await buildParts();
});

describe('the list part', () => {
  it('holds what the compiler derives from each document, and parses back to it', () => {
    const { documents } = compileValid();
    const bytes = good.get(PART.list)!;
    expect(parseListPart(bytes)).toEqual(documents.map(listedDocument));
    expect(parseListPart(bytes)[0]!.entryCount).toBe(documents[0]!.entryIds.length);
  });

  const files = readdirSync(HOSTILE).filter((f) => f.endsWith('.json'));
  it('has hostile fixtures to try', () => expect(files.length).toBeGreaterThanOrEqual(9));

  for (const file of files) {
    it(`refuses ${file}, signed and hashed correctly, as malformed list.json at opening`, async () => {
      const parts = await resign(good, { replace: { [PART.list]: readFileSync(resolve(HOSTILE, file)) } });
      const error: unknown = await openPack(reader(parts), options).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PackError);
      expect([(error as PackError).code, (error as PackError).part]).toEqual(['malformed', PART.list]);
    });
  }
});
