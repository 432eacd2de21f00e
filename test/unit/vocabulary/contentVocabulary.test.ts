// The content pack's closed lists are declared once (renderer/core/vocabulary): the authoring schema, the
// pack schema, the compiler's folders and the search words must each accept exactly those values, no more.
import { describe, expect, it } from 'vitest';
import { frontMatterSchema, metaSchema } from '../../../build/content/schema';
import { ENTRY_KIND, FOLDER_KIND } from '../../../build/content/sourceTypes';
import { parsePackContent } from '../../../renderer/core/content/packParts';
import { isPackError } from '../../../renderer/core/content/packError';
import { groupDocuments } from '../../../renderer/core/library/libraryGroups';
import type { ContentDocument } from '../../../renderer/core/content/types';
import { KIND_NAMES, kindNamed, parseQuery } from '../../../renderer/core/search/queryParser';
import {
  DOC_KIND_SHAPE,
  DOC_KINDS,
  DOCUMENT_STATUSES,
  ENTRY_KINDS,
  ENTRY_NATURES,
  JURISDICTIONS,
  LANGUAGES,
  TRANSLATION_LANGUAGES,
  VERIFICATION_LEVELS,
} from '../../../renderer/core/vocabulary';

// A code the vocabulary does not declare (ISO 639 assigns no "zz"): every schema must refuse it.
const UNDECLARED = 'zz';

const bytes = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

const packDocument = (patch: Record<string, unknown>) => ({
  id: 'doc',
  kind: 'law',
  title: { fr: 'Titre' },
  shortName: { fr: 'Court' },
  citation: 'Citation',
  jurisdiction: 'RDC',
  aliases: [],
  dates: {},
  status: 'en-vigueur',
  amends: [],
  amendedBy: [],
  sources: [],
  verification: { status: 'officiel' },
  tags: [],
  languages: ['fr'],
  validAsOf: '2026-01-01',
  outline: [],
  entryIds: [],
  ...patch,
});

const packEntry = (patch: Record<string, unknown>) => ({
  id: 'doc/e',
  docId: 'doc',
  kind: 'article',
  heading: 'Article 1',
  citation: 'Citation, art. 1',
  text: { fr: 'Texte' },
  path: [],
  nature: 'resume',
  verification: { status: 'officiel' },
  sources: [],
  related: [],
  tags: [],
  ...patch,
});

const readsDocument = (patch: Record<string, unknown>): boolean => {
  try {
    parsePackContent({ documents: bytes([packDocument(patch)]), entries: bytes([]), tags: bytes({}) });
    return true;
  } catch (error) {
    if (isPackError(error) && error.code === 'malformed') return false;
    throw error;
  }
};
const readsEntry = (patch: Record<string, unknown>): boolean => {
  try {
    parsePackContent({
      documents: bytes([packDocument({ entryIds: ['doc/e'], outline: [{ type: 'entry', id: 'doc/e' }] })]),
      entries: bytes([packEntry(patch)]),
      tags: bytes({}),
    });
    return true;
  } catch (error) {
    if (isPackError(error) && error.code === 'malformed') return false;
    throw error;
  }
};

const frontMatter = (patch: Record<string, unknown>) => ({
  id: 'loi-test',
  kind: 'law',
  title: { fr: 'Titre' },
  shortName: { fr: 'Court' },
  citation: 'Citation',
  jurisdiction: 'RDC',
  status: 'en-vigueur',
  sources: [{ id: 's', label: 'Source', type: 'official', publisher: 'JO' }],
  verification: { status: 'officiel' },
  languages: ['fr'],
  validAsOf: '2026-01-01',
  ...patch,
});

describe('the pack schema reads exactly the declared values', () => {
  it('document kinds, jurisdictions, statuses, levels and languages', () => {
    for (const kind of DOC_KINDS) expect(readsDocument({ kind })).toBe(true);
    for (const jurisdiction of JURISDICTIONS) expect(readsDocument({ jurisdiction })).toBe(true);
    for (const status of DOCUMENT_STATUSES) expect(readsDocument({ status })).toBe(true);
    for (const status of VERIFICATION_LEVELS)
      expect(readsDocument({ verification: { status, note: 'n' } })).toBe(true);
    expect(readsDocument({ languages: [...LANGUAGES] })).toBe(true);
    for (const language of TRANSLATION_LANGUAGES)
      expect(readsDocument({ title: { fr: 'T', [language]: 'X' } })).toBe(true);

    expect(readsDocument({ kind: 'treaty' })).toBe(false);
    expect(readsDocument({ jurisdiction: 'national' })).toBe(false);
    expect(readsDocument({ status: 'vigueur' })).toBe(false);
    expect(readsDocument({ verification: { status: 'verified' } })).toBe(false);
    expect(readsDocument({ languages: ['fr', UNDECLARED] })).toBe(false);
  });

  it('entry kinds, natures and levels', () => {
    for (const kind of ENTRY_KINDS) expect(readsEntry({ kind })).toBe(true);
    for (const nature of ENTRY_NATURES) expect(readsEntry({ nature })).toBe(true);
    for (const status of VERIFICATION_LEVELS) expect(readsEntry({ verification: { status } })).toBe(true);
    for (const language of TRANSLATION_LANGUAGES)
      expect(readsEntry({ headingTranslations: { [language]: 'Heading' } })).toBe(true);
    expect(readsEntry({ kind: 'paragraph' })).toBe(false);
    expect(readsEntry({ nature: 'officiel' })).toBe(false);
  });
});

describe('the authoring schema accepts exactly the declared values', () => {
  it('front matter: each kind, jurisdiction, status and language; nothing else', () => {
    const ok = (patch: Record<string, unknown>) => frontMatterSchema.safeParse(frontMatter(patch)).success;
    for (const kind of DOC_KINDS) expect(ok({ kind })).toBe(true);
    for (const jurisdiction of JURISDICTIONS) expect(ok({ jurisdiction })).toBe(true);
    for (const status of DOCUMENT_STATUSES) expect(ok({ status })).toBe(true);
    expect(ok({ languages: [...LANGUAGES] })).toBe(true);
    for (const language of TRANSLATION_LANGUAGES)
      expect(ok({ title: { fr: 'T', [language]: 'X' } })).toBe(true);
    expect(ok({ kind: 'treaty' })).toBe(false);
    expect(ok({ languages: ['fr', UNDECLARED] })).toBe(false);
    expect(ok({ title: { fr: 'T', [UNDECLARED]: 'X' } })).toBe(false);
  });

  it('entry meta: each level, a text and a heading per translation language; the error names the levels', () => {
    for (const verification of VERIFICATION_LEVELS)
      expect(metaSchema.safeParse({ verification, note: 'n' }).success).toBe(true);
    for (const language of TRANSLATION_LANGUAGES) {
      expect(
        metaSchema.safeParse({ verification: 'officiel', [language]: 'Text', title: { [language]: 'H' } })
          .success,
      ).toBe(true);
    }
    expect(metaSchema.safeParse({ verification: 'officiel', [UNDECLARED]: 'Text' }).success).toBe(false);
    const wrong = metaSchema.safeParse({ verification: 'verifie' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toBe('verification must be officiel, concordant or a-verifier');
  });

  it('each kind has its folder of sources and its kind of entry, and no folder is shared', () => {
    expect(Object.values(FOLDER_KIND).sort()).toEqual([...DOC_KINDS].sort());
    expect(Object.keys(FOLDER_KIND)).toEqual(DOC_KINDS.map((k) => DOC_KIND_SHAPE[k].folder));
    expect(FOLDER_KIND.laws).toBe('law');
    expect(Object.keys(ENTRY_KIND)).toEqual([...DOC_KINDS]);
    expect(new Set(Object.values(ENTRY_KIND))).toEqual(new Set(ENTRY_KINDS));
  });
});

describe('library and search follow the declared order and words', () => {
  it('the library groups documents in the order of DOC_KINDS', () => {
    const documents = [...DOC_KINDS]
      .reverse()
      .map((kind) => packDocument({ id: kind, kind }) as ContentDocument);
    expect(groupDocuments(documents).map((g) => g.kind)).toEqual([...DOC_KINDS]);
  });

  it('every kind is named by its own code and its words in a query and on the command line', () => {
    for (const kind of DOC_KINDS) {
      expect(KIND_NAMES[kind].length).toBeGreaterThan(0);
      expect(kindNamed(kind)).toBe(kind);
      for (const word of KIND_NAMES[kind]) expect(parseQuery(`type:${word} travail`).filters.kind).toBe(kind);
    }
    expect(kindNamed('Loi')).toBe('law');
    expect(kindNamed('treaty')).toBeUndefined();
  });

  it('every language can be asked for in a query by its code', () => {
    for (const language of LANGUAGES)
      expect(parseQuery(`langue:${language} travail`).filters.lang).toBe(language);
  });
});
