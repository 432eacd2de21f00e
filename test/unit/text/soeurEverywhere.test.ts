// "sœur" finds "soeur" and "soeur" finds "sœur" wherever a person types text: the library search (its
// prebuilt index and its query side), the actors of the directory content, the case notebook (new and
// older notebooks), the document filter, the highlighted snippets, and the office directory's duplicates.
import { describe, expect, it } from 'vitest';
import {
  caseSearchWords,
  createCaseIndex,
  storedCaseWords,
  tokenize,
} from '../../../renderer/core/cases/caseIndex';
import { createCase } from '../../../renderer/core/cases/caseCommit';
import { loadNotebook } from '../../../renderer/core/cases/caseNotebook';
import { KINDS, type CaseFile } from '../../../renderer/core/cases/caseSchemas';
import { duplicateKey } from '../../../renderer/core/directory/contact';
import { filterDocuments, filterTerms } from '../../../renderer/core/library/documentFilter';
import { highlightSnippet } from '../../../renderer/core/library/highlightSnippet';
import {
  buildCorpusIndex,
  exportCorpusIndex,
  importCorpusIndex,
  parseSearchExport,
} from '../../../renderer/core/search/corpusIndex';
import { createSearchEngine } from '../../../renderer/core/search/searchEngine';
import type { SearchRecord } from '../../../renderer/core/search/searchRecords';
import { search } from '../../../renderer/core/search/searchService';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { makeDocument } from '../library/fixtures';
import { corpusRecords, NO_TEXT } from '../search/corpus';
import { PASSPHRASE, TEST_KDF, testEnv } from '../vault/vaultTestEnv';

const record = (
  id: string,
  docKind: SearchRecord['docKind'],
  kind: SearchRecord['kind'],
  heading: string,
  fr: string,
): SearchRecord => ({
  id,
  docId: id.split('/')[0]!,
  kind,
  docKind,
  jurisdiction: 'RDC',
  citation: heading,
  heading,
  names: heading,
  text: { ...NO_TEXT, fr },
});

// One text written with the ligature, one without: each query must find both.
const EXTRA: SearchRecord[] = [
  record(
    'acteurs/famille',
    'directory',
    'actor',
    'Famille d’accueil',
    'Une sœur aînée ou un oncle peut accueillir l’enfant retiré du site.',
  ),
  record(
    'orient/entendre',
    'guideline',
    'step',
    'Entendre la famille',
    'La soeur de la victime est entendue à part, avec son accord.',
  ),
];

const engines = () => {
  const records = [...corpusRecords(), ...EXTRA];
  const built = createSearchEngine(buildCorpusIndex(records), records);
  // The pack carries the index prebuilt by the compiler; the app imports it and only analyses queries.
  const bytes = new TextEncoder().encode(JSON.stringify(exportCorpusIndex(built.index)));
  const imported = createSearchEngine(importCorpusIndex(parseSearchExport(bytes)), records);
  return { built, imported };
};

describe('"sœur" and "soeur" find each other', () => {
  const { built, imported } = engines();

  it.each([
    ['built in the app', built],
    ['imported from the pack', imported],
  ])('in the library search (index %s)', (_, engine) => {
    for (const query of ['sœur', 'soeur', 'SŒUR', 'Soeurs']) {
      const ids = search(engine, query, { complete: false }).hits.map((h) => h.id);
      expect(ids, query).toEqual(expect.arrayContaining(['acteurs/famille', 'orient/entendre']));
    }
  });

  it('in the actors of the directory (kind filter), with the ligature marked in the snippet', () => {
    const response = search(imported, 'soeur', { complete: false, kind: 'directory' });
    expect(response.hits.map((h) => h.id)).toEqual(['acteurs/famille']);
    const marked = response.hits[0]!.snippet.parts.filter((p) => p.hit).map((p) => p.text);
    expect(marked).toEqual(['sœur']);
    const plain = search(imported, 'sœur', { complete: false, kind: 'guideline' }).hits;
    expect(plain.map((h) => h.id)).toEqual(['orient/entendre']);
    expect(plain[0]!.snippet.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['soeur']);
  });

  it('in the case notebook index', () => {
    const index = createCaseIndex();
    const file = (summary: string) => ({
      number: { prefix: 'GOM', year: 2026, seq: 1 },
      place: { province: 'Nord-Kivu', territory: 'Masisi', site: 'Rubaya', lat: null, lon: null },
      summary,
    });
    index.replace('a', caseSearchWords(file('Entendue avec sa sœur'), [], []).split(' '));
    index.replace(
      'b',
      caseSearchWords(file('La soeur du creuseur'), [], [{ text: 'Œuvre caritative' }]).split(' '),
    );
    expect(index.search('soeur')?.ids()).toEqual(['a', 'b']);
    expect(index.search('sœur')?.ids()).toEqual(['a', 'b']);
    expect(index.search('SŒU')?.ids()).toEqual(['a', 'b']);
    expect(index.search('oeuvre')?.ids()).toEqual(['b']);
    expect(tokenize('l’enfant')).toEqual(tokenize("l'enfant"));
  });

  it('in a notebook on a real vault, also for a case saved before the shared folding', async () => {
    const env = testEnv();
    const { session } = await createVault({ name: 'Bureau', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    const fresh = newOpaqueId();
    await createCase(
      session,
      fresh,
      { prefix: 'GOM', year: 2026, seq: 1 },
      {
        prefix: 'GOM',
        openedOn: '2026-11-02',
        incidentOn: '',
        place: { province: 'Nord-Kivu', territory: 'Masisi', site: 'Rubaya', lat: null, lon: null },
        summary: 'Signalée par sa sœur',
      },
      1000,
    );
    // A case record as the notebook stored it before issue 17: "sœur" was split into "s" and "ur",
    // and the record has no searchWordsVersion.
    const older = newOpaqueId();
    const legacy: Omit<CaseFile, 'v'> & { v: 1 } = {
      v: 1,
      number: { prefix: 'GOM', year: 2026, seq: 2 },
      status: 'ouvert',
      statusHistory: [{ status: 'ouvert', on: '2026-10-01', at: 500 }],
      openedOn: '2026-10-01',
      incidentOn: '',
      place: { province: 'Sud-Kivu', territory: 'Walungu', site: 'Nyangezi', lat: null, lon: null },
      summary: 'Recrutée avec sa sœur',
      infractions: [],
      followUpOn: '',
      audit: { count: 0, head: '0'.repeat(64) },
      createdAt: 500,
      searchWords: 'gom 2026 0002 sud kivu walungu nyangezi recrutee avec sa s ur',
    };
    await session.putRecords([{ id: older, kind: KINDS.case, caseId: older, payload: legacy }]);
    const { index } = await loadNotebook(session);
    expect(index.search('soeur')?.ids().sort()).toEqual([fresh, older].sort());
    expect(index.search('sœur')?.ids().sort()).toEqual([fresh, older].sort());
    expect(storedCaseWords(legacy)).toContain('soeur');
  });

  it('in the document filter of the library', () => {
    const doc = (id: string, title: string) =>
      makeDocument({ id, title: { fr: title }, shortName: { fr: id }, citation: title, aliases: [] });
    const docs = [
      doc('a', 'Note sur la sœur aînée'),
      doc('b', "Guide de l'enfant et de sa soeur"),
      doc('c', 'Autre texte'),
    ];
    const ids = (query: string) => filterDocuments(docs, filterTerms(query)).map((d) => d.id);
    expect(ids('soeur')).toEqual(['a', 'b']);
    expect(ids('SŒUR')).toEqual(['a', 'b']);
    expect(ids('l’enfant')).toEqual(ids("l'enfant"));
    expect(ids("l'enfant")).toEqual(['b']);
  });

  it('in highlighted snippets, which mark the original characters', () => {
    expect(highlightSnippet('Sa sœur est là', ['soeur'])).toBe('Sa <mark>sœur</mark> est là');
    expect(highlightSnippet('Sa soeur est là', ['sœur'])).toBe('Sa <mark>soeur</mark> est là');
    expect(highlightSnippet('Protection de l’enfant', ["l'enfant"])).toBe(
      'Protection de <mark>l’enfant</mark>',
    );
  });

  it('in the office directory, where "Sœur Marie" and "Soeur Marie" at one number are the same contact', () => {
    const phone = '+243812345678';
    expect(duplicateKey({ name: 'Sœur  Marie', phone })).toBe(duplicateKey({ name: 'soeur marie', phone }));
    expect(duplicateKey({ name: 'ÉLÈVE', phone })).toBe(duplicateKey({ name: 'eleve', phone }));
  });
});
