import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../../build/content/compileContent';
import { readContentDir } from '../../../build/content/readContentDir';
import type { Entry } from '../../../renderer/core/content/types';
import { articleCopyText, citationWithStamp } from '../../../renderer/core/library/citation';
import { entryAt, parseAsOf } from '../../../renderer/core/library/entryAt';
import { buildSearchIndex } from '../../../renderer/core/search/searchIndex';
import { search } from '../../../renderer/core/search/searchService';
import { FRENCH_WORDS } from './fixtures';

// Issue 20: the reader's logic for official texts and versions in time, on the fictional law of the
// fixtures (test/fixtures/content/official), compiled with the valid fixture set.

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/content');
const base = readContentDir(resolve(FIXTURES, 'valid'));
const compiled = compileContent({
  ...base,
  files: [
    ...base.files,
    {
      file: 'official/laws/loi-00-000.md',
      folder: 'laws',
      baseName: 'loi-00-000',
      source: readFileSync(resolve(FIXTURES, 'official/laws/loi-00-000.md'), 'utf8'),
    },
  ],
});
const entry = (id: string): Entry => compiled.entries.find((e) => e.id === `loi-00-000/${id}`)!;
const stamp = { packVersion: 3, validAsOf: '2026-12-01' };

describe('the version in force on a date', () => {
  it('compiles without error', () => {
    expect(compiled.errors).toEqual([]);
  });

  it('today: the amended wording, with its official text and the instrument that made it', () => {
    const at = entryAt(entry('art-2'), '2026-12-05');
    expect(at).toMatchObject({ state: 'found', earlier: false, inForce: { from: '2010-01-01' } });
    expect(at.entry.official?.text).toContain('boussole');
    expect(at.entry.text.fr).toContain('boussole');
  });

  it('on a date before the amendment: the original wording, its own official text and reference', () => {
    const at = entryAt(entry('art-2'), '2005-06-15');
    expect(at).toMatchObject({
      state: 'found',
      earlier: true,
      inForce: { from: '2000-01-01', until: '2009-12-31' },
    });
    expect(at.entry.text.fr).toContain('lanterne');
    expect(at.entry.official?.text).toContain('lanterne');
    expect(at.entry.official?.reference.page).toBe('col. 2');
    expect(at.entry.nature).toBe('texte');
  });

  it('the last day of the old version and the first day of the new one', () => {
    expect(entryAt(entry('art-2'), '2009-12-31').entry.text.fr).toContain('lanterne');
    expect(entryAt(entry('art-2'), '2010-01-01').entry.text.fr).toContain('boussole');
  });

  it('before any known version: says so and shows the latest wording', () => {
    const at = entryAt(entry('art-2'), '1995-03-01');
    expect(at.state).toBe('none');
    expect(at.entry.text.fr).toContain('boussole');
  });

  it('an entry without versions reads the same on every date', () => {
    const art1 = entry('art-1');
    expect(entryAt(art1, '1990-01-01')).toEqual({ entry: art1, state: 'found', earlier: false });
  });

  it('reads only real calendar dates from an address', () => {
    expect(parseAsOf('2005-06-15')).toBe('2005-06-15');
    for (const bad of ['2005-02-30', '15/06/2005', '2005-6-1', '', null, '2005-06-15<script>'])
      expect(parseAsOf(bad)).toBeUndefined();
  });
});

describe('copies and citations follow the official text and the version', () => {
  it('« Copier le texte et la citation » copies the official wording with its reference, not the summary', () => {
    const text = articleCopyText(entry('art-1'), 'fr', stamp, FRENCH_WORDS);
    expect(text).toContain('[Texte officiel saisi par un bureau.]');
    expect(text).toContain('Le présent texte fictif sert uniquement aux essais');
    expect(text).not.toContain('Résumé Dalili fictif');
    expect(text).toContain(
      'Saisi par A. K. (bureau fictif) le 20 novembre 2026 ; vérifié par B. M. (bureau fictif) le 21 novembre 2026.',
    );
    expect(text).toContain('Journal officiel fictif, n° 0, 1er janvier 2000, col. 1');
  });

  it('even when English is read, the official text copied is the French one', () => {
    const text = articleCopyText(entry('art-1'), 'en', stamp, FRENCH_WORDS);
    expect(text).toContain('Le présent texte fictif');
    expect(text).not.toContain('Fictional Dalili summary');
  });

  it('« Copier la citation » names the publication and, for an amended article, the version cited', () => {
    expect(citationWithStamp(entry('art-2'), stamp, FRENCH_WORDS)).toBe(
      'Loi n° 00/000 du 1er janvier 2000 (fictive, pour les tests), art. 2, version en vigueur depuis le 1er janvier 2010 (Journal officiel fictif, n° 1, 1er janvier 2010, p. 7 ; Dalili, bibliothèque v3 à jour au 1er décembre 2026 ; niveau : officiel)',
    );
    const old = entryAt(entry('art-2'), '2005-06-15').entry;
    expect(citationWithStamp(old, stamp, FRENCH_WORDS)).toBe(
      'Loi n° 00/000 du 1er janvier 2000 (fictive, pour les tests), art. 2, version en vigueur du 1er janvier 2000 au 31 décembre 2009 (Journal officiel fictif, n° 0, 1er janvier 2000, col. 2 ; Dalili, bibliothèque v3 à jour au 1er décembre 2026 ; niveau : officiel)',
    );
    expect(articleCopyText(old, 'fr', stamp, FRENCH_WORDS)).toContain(
      "Version issue de : Loi n° 00/000 du 1er janvier 2000 (fictive, pour les tests), texte d'origine",
    );
  });
});

describe('search over official texts and versions', () => {
  const engine = buildSearchIndex(compiled.documents, compiled.entries);

  it('finds an entry by a word of its official text only', () => {
    const hit = search(engine, 'clepsydres').hits.find((h) => h.id === 'loi-00-000/art-1');
    expect(hit).toBeDefined();
    expect(hit?.olderVersion).toBeUndefined();
  });

  it('finds the current version, unflagged, by its own wording', () => {
    const hits = search(engine, 'boussole').hits.filter((h) => h.id === 'loi-00-000/art-2');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.olderVersion).toBeUndefined();
  });

  it('says when only an earlier version matched, and gives the entry, once', () => {
    const response = search(engine, 'lanterne');
    const hits = response.hits.filter((h) => h.id === 'loi-00-000/art-2');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.olderVersion).toEqual({ from: '2000-01-01', until: '2009-12-31' });
    expect(response.hits.some((h) => h.id.includes('@'))).toBe(false);
  });

  it('a word in both versions gives the current one, unflagged, once', () => {
    const hits = search(engine, 'fictif déclarée').hits.filter((h) => h.id === 'loi-00-000/art-2');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.olderVersion).toBeUndefined();
  });
});
