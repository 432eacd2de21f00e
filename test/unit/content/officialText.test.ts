import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent, type CompiledContent } from '../../../build/content/compileContent';
import { formatError } from '../../../build/content/contentError';
import { readContentDir } from '../../../build/content/readContentDir';
import { DEV_TRUST_ROOTS } from '../../../renderer/core/content/devTrustRoots';
import { loadPack } from '../../../renderer/core/content/loadPack';
import { PART } from '../../../renderer/core/content/packManifest';
import { buildParts, FIXTURES, manifestOf, reader, resign, VALID_DIR } from './packHelpers';

// Issue 20, points 1 and 2 in the format: an entry's official wording with its reference, who keyed and
// verified it; earlier versions with their dates in force. Fictional texts only (test/fixtures/content/official).

const options = { trustedKeys: DEV_TRUST_ROOTS, allowDevKeys: true };
const OFFICIAL_LAW = resolve(FIXTURES, 'official/laws/loi-00-000.md');

const compileWith = (file: string, baseName: string, source: string): CompiledContent => {
  const base = readContentDir(VALID_DIR);
  return compileContent({ ...base, files: [...base.files, { file, folder: 'laws', baseName, source }] });
};

const brokenErrors = (name: string): string[] => {
  const file = `broken/${name}.md`;
  return compileWith(file, name, readFileSync(resolve(FIXTURES, file), 'utf8')).errors.map(formatError);
};

const withOfficialLaw = (): CompiledContent => compileWith('official/laws/loi-00-000.md', 'loi-00-000', readFileSync(OFFICIAL_LAW, 'utf8'));

const hostile: Record<string, string[]> = {
  'official-missing-reference': ['broken/official-missing-reference.md:22: missing required field `official.reference`'],
  'official-reference-without-page': [
    'broken/official-reference-without-page.md:23: missing required field `official.reference.page`',
  ],
  'official-html': ['broken/official-html.md:30: raw HTML is not allowed (found `<script>`): write Markdown instead'],
  'official-empty-text': ['broken/official-empty-text.md:28: `official.text` must not be empty'],
  'official-without-keyed-by': ['broken/official-without-keyed-by.md:22: missing required field `official.keyedBy`'],
  'official-without-verified-by': [
    'broken/official-without-verified-by.md:22: missing required field `official.verifiedBy`',
  ],
  'official-verified-before-keyed': [
    'broken/official-verified-before-keyed.md:27: `verifiedOn` (2026-11-19) is before `keyedOn` (2026-11-20): a text is verified after it is keyed',
  ],
  'versions-without-in-force': [
    'broken/versions-without-in-force.md:17: entry `art-1` has earlier `versions` but no `inForce: { from, madeBy }` for the wording written below it',
  ],
  'versions-without-made-by': [
    'broken/versions-without-made-by.md:22: missing required field `inForce.madeBy`',
    'broken/versions-without-made-by.md:24: missing required field `versions.0.inForce.madeBy`',
  ],
  'versions-overlap': [
    'broken/versions-overlap.md:24: version 1 is in force until 2010-06-30, not before the next version begins (2010-01-01): list versions oldest first, each ending before the next one begins',
  ],
  'versions-until-before-from': [
    'broken/versions-until-before-from.md:24: version 1: `until` (2001-12-31) is before `from` (2005-01-01)',
  ],
  'versions-html': [
    'broken/versions-html.md:27: raw HTML is not allowed (found `<img src=x onerror=alert(1)>`): write Markdown instead',
  ],
};

describe('the compiler refuses a bad official text or version with file:line and a clear message', () => {
  it('every hostile official/versions fixture is in this table', () => {
    const files = readdirSync(resolve(FIXTURES, 'broken'))
      .filter((name) => /^(official|versions)-/.test(name) && name !== 'official-on-mirror.md')
      .map((name) => name.replace(/\.md$/, ''))
      .sort();
    expect(files).toEqual(Object.keys(hostile).sort());
  });

  for (const [name, expected] of Object.entries(hostile)) {
    it(name, () => {
      expect(brokenErrors(name)).toEqual(expected);
    });
  }

  it('an officiel entry may rest on the official text it carries, without an official source', () => {
    const source = readFileSync(resolve(FIXTURES, 'broken/official-verified-before-keyed.md'), 'utf8')
      .replace('id: official-verified-before-keyed', 'id: rests-on-text')
      .replace('sources: [jo]', 'sources: [copie]')
      .replace('verifiedOn: 2026-11-19', 'verifiedOn: 2026-11-21');
    expect(compileWith('x/rests-on-text.md', 'rests-on-text', source).errors).toEqual([]);
    const without = source.replace(/official:[\s\S]*?```/, '```');
    expect(compileWith('x/rests-on-text.md', 'rests-on-text', without).errors.map(formatError)).toEqual([
      "x/rests-on-text.md:20: this entry is officiel but none of its sources is of type official (the Journal officiel or the depositary's text) and it carries no `official` text",
    ]);
  });

  it('an official text is allowed in law documents only', () => {
    const base = readContentDir(VALID_DIR);
    const indicators = base.files.find((f) => f.folder === 'indicators')!;
    const source = indicators.source.replace(
      /```meta\n/,
      '```meta\nofficial:\n  reference: { publication: JO fictif, date: 2000-01-01, page: "p. 1" }\n  keyedBy: A\n  keyedOn: 2026-01-01\n  verifiedBy: B\n  verifiedOn: 2026-01-02\n  text: Texte fictif.\n',
    );
    const errors = compileContent({ ...base, files: base.files.map((f) => (f === indicators ? { ...f, source } : f)) }).errors;
    expect(errors.map((e) => e.message)).toEqual(['`official` is only allowed in law documents']);
  });
});

describe('official texts and versions in the pack', () => {
  it('compile into the entry: official wording, reference, who keyed and verified it, versions oldest first', () => {
    const compiled = withOfficialLaw();
    expect(compiled.errors).toEqual([]);
    const art1 = compiled.entries.find((e) => e.id === 'loi-00-000/art-1')!;
    expect(art1.nature).toBe('texte');
    expect(art1.official).toEqual({
      text: 'Le présent texte fictif sert uniquement aux essais ; il règle la garde des clepsydres.',
      reference: { publication: 'Journal officiel fictif', number: 'n° 0', date: '2000-01-01', page: 'col. 1' },
      keyedBy: 'A. K. (bureau fictif)',
      keyedOn: '2026-11-20',
      verifiedBy: 'B. M. (bureau fictif)',
      verifiedOn: '2026-11-21',
    });
    const art2 = compiled.entries.find((e) => e.id === 'loi-00-000/art-2')!;
    expect(art2.inForce).toEqual({ from: '2010-01-01', madeBy: 'Loi n° 00/001 du 1er janvier 2010 (fictive, pour les tests)' });
    expect(art2.versions).toHaveLength(1);
    expect(art2.versions?.[0]?.inForce).toEqual({
      from: '2000-01-01',
      until: '2009-12-31',
      madeBy: "Loi n° 00/000 du 1er janvier 2000 (fictive, pour les tests), texte d'origine",
    });
    expect(art2.versions?.[0]?.official?.text).toContain('lanterne');
    // Entries without an official text stay Dalili's summaries.
    expect(compiled.entries.filter((e) => e.docId !== 'loi-00-000').every((e) => e.nature === 'resume')).toBe(true);
  });

  it('a pack using them is schema 2 and loads back unchanged; one without stays schema 1', async () => {
    const compiled = withOfficialLaw();
    const parts = await buildParts({ content: compiled });
    expect(manifestOf(parts).schemaVersion).toBe(2);
    const pack = await loadPack(reader(parts), options);
    expect(pack.entriesById.get('loi-00-000/art-2')).toEqual(compiled.entries.find((e) => e.id === 'loi-00-000/art-2'));
    expect(manifestOf(await buildParts()).schemaVersion).toBe(1);
  });

  it('a schema-1 pack made before these fields still opens', async () => {
    const old = await resign(await buildParts(), { manifest: (m) => ({ ...m, schemaVersion: 1 }) });
    const pack = await loadPack(reader(old), options);
    expect(pack.entries.length).toBeGreaterThan(0);
    expect(pack.entries.every((e) => e.official === undefined && e.versions === undefined)).toBe(true);
  });

  it('a signed pack whose official text lacks its reference is refused as malformed', async () => {
    const parts = await buildParts({ content: withOfficialLaw() });
    const entries = JSON.parse(new TextDecoder().decode(parts.get(PART.entries))) as { official?: { reference?: unknown } }[];
    for (const e of entries) delete e.official?.reference;
    const bad = await resign(parts, { replace: { [PART.entries]: new TextEncoder().encode(JSON.stringify(entries)) } });
    await expect(loadPack(reader(bad), options)).rejects.toMatchObject({ code: 'malformed', part: PART.entries });
  });
});
