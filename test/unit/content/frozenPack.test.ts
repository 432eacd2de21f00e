import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackFile } from '../../../renderer/core/content/packFile';
import { TRUSTED_KEYS } from '../../../renderer/core/content/trustedKeys';
import { searchContent } from '../../../renderer/core/search/searchIndex';
import { FIXTURES } from './packHelpers';
import { LEGACY_VERIFIE_NOTE } from '../../../renderer/core/content/packParts';

// A schema-1, container-1 pack frozen on disk as one binary file (so no formatter can touch it) (built once from the valid fixtures, never rebuilt): packs already
// distributed on USB sticks must keep loading after the code changes.

describe('frozen v1 content pack', () => {
  it('still verifies, loads and searches', async () => {
    const bytes = new Uint8Array(readFileSync(resolve(FIXTURES, 'frozen-v1.dalili-pack')));
    const pack = await readPackFile(bytes, {
      trustedKeys: TRUSTED_KEYS,
      allowDevKeys: true,
    });
    expect(pack.manifest).toMatchObject({ schemaVersion: 1, packVersion: 1, createdAt: '2026-01-01T00:00:00.000Z' });
    expect(pack.entriesById.get('loi-test/art-1')?.citation).toBe(
      "Loi fictive n° 00/001 portant protection de l'enfant, art. 1",
    );
    // Whether imported or rebuilt after a search-config change, the index must answer.
    expect(searchContent(pack.search, 'exploitation')).toContain('loi-test/art-2-bis');
  });
});

describe('a pack built before the verification levels', () => {
  it('reads the former "verifie" as a-verifier with a note, never as a level it was not checked at, and every text as a summary', async () => {
    const bytes = new Uint8Array(readFileSync(resolve(FIXTURES, 'frozen-v1.dalili-pack')));
    const pack = await readPackFile(bytes, { trustedKeys: TRUSTED_KEYS, allowDevKeys: true });
    const formerlyVerified = pack.entriesById.get('loi-test/art-1');
    expect(formerlyVerified?.verification.status).toBe('a-verifier');
    expect(formerlyVerified?.verification.note).toBe(LEGACY_VERIFIE_NOTE);
    expect(pack.entries.every((e) => e.nature === 'resume')).toBe(true);
    expect(pack.entries.every((e) => ['officiel', 'concordant', 'a-verifier'].includes(e.verification.status))).toBe(true);
    // Without a publisher the label stands in, so a legacy source is never silently merged with another.
    expect(formerlyVerified?.sources[0]?.publisher).toBe(formerlyVerified?.sources[0]?.label);
  });
});
