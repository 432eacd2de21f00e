import { describe, expect, it } from 'vitest';
import { localizedText, pickContentLanguage } from '../../../renderer/core/library/contentLanguage';
import { filterDocuments, filterTerms } from '../../../renderer/core/library/documentFilter';
import { groupDocuments } from '../../../renderer/core/library/libraryGroups';
import {
  flattenOutline,
  libraryHref,
  localEntryId,
  neighbours,
  readingOrder,
} from '../../../renderer/core/library/outline';
import { printFileName, printSelection } from '../../../renderer/core/library/printSelection';
import { relatedProvisions } from '../../../renderer/core/library/relatedProvisions';
import { makeDocument, makeEntry } from './fixtures';

describe('reader logic', () => {
  it('opens a document in the UI language when it has it, else French; a request wins when available', () => {
    expect(pickContentLanguage(['fr', 'en'], 'en')).toBe('en');
    expect(pickContentLanguage(['fr', 'en'], 'sw')).toBe('fr');
    expect(pickContentLanguage(['fr', 'en'], 'en', 'fr')).toBe('fr');
    expect(pickContentLanguage(['fr'], 'en', 'en')).toBe('fr');
    expect(localizedText({ fr: 'Bonjour' }, 'en')).toEqual({ text: 'Bonjour', lang: 'fr', fallback: true });
    expect(localizedText({ fr: 'Bonjour', en: '  ' }, 'en').fallback).toBe(true);
    expect(localizedText({ fr: 'Bonjour', en: 'Hello' }, 'en')).toEqual({
      text: 'Hello',
      lang: 'en',
      fallback: false,
    });
  });

  it('flattens the outline in reading order and appends entries the outline forgot', () => {
    const doc = makeDocument();
    expect(
      flattenOutline(doc.outline).map((i) => (i.type === 'entry' ? i.id : `${i.title}@${i.level}`)),
    ).toEqual(['Titre I@0', 'loi-09-001/art-1', 'Titre II@0', 'Chapitre 1@1', 'loi-09-001/art-53']);
    expect(readingOrder(doc).at(-1)).toMatchObject({ type: 'entry', id: 'loi-09-001/art-54', level: 0 });
  });

  it('finds previous and next articles, and builds addresses', () => {
    const doc = makeDocument();
    expect(neighbours(doc, 'loi-09-001/art-53')).toEqual({
      previous: 'loi-09-001/art-1',
      next: 'loi-09-001/art-54',
    });
    expect(neighbours(doc, 'loi-09-001/art-1')).toEqual({ next: 'loi-09-001/art-53' });
    expect(neighbours(doc, undefined)).toEqual({ next: 'loi-09-001/art-1' });
    expect(neighbours(doc, 'nope')).toEqual({});
    expect(libraryHref('loi-09-001', 'loi-09-001/art-53')).toBe('#/bibliotheque/loi-09-001/art-53');
    expect(libraryHref('loi-09-001')).toBe('#/bibliotheque/loi-09-001');
    expect(localEntryId('a/b')).toBe('b');
  });

  it('groups by kind then jurisdiction, Congolese law first, and filters accent-blind', () => {
    const docs = [
      makeDocument({ id: 'c182', jurisdiction: 'international' }),
      makeDocument({ id: 'guide', kind: 'guideline' }),
      makeDocument({ id: 'loi' }),
    ];
    const groups = groupDocuments(docs);
    expect(groups.map((g) => g.kind)).toEqual(['law', 'guideline']);
    expect(groups[0]!.jurisdictions.map((j) => [j.jurisdiction, j.documents.map((d) => d.id)])).toEqual([
      ['RDC', ['loi']],
      ['international', ['c182']],
    ]);
    expect(filterDocuments(docs, filterTerms('ENFANT  lpe')).length).toBe(3);
    expect(filterDocuments(docs, filterTerms('pénal'))).toEqual([]);
  });

  it('selects what to print in document order', () => {
    const doc = makeDocument();
    expect(printSelection(doc, 'document', undefined, new Set())).toEqual(doc.entryIds);
    expect(printSelection(doc, 'article', 'loi-09-001/art-53', new Set())).toEqual(['loi-09-001/art-53']);
    expect(printSelection(doc, 'article', undefined, new Set())).toEqual([]);
    expect(
      printSelection(doc, 'selection', undefined, new Set(['loi-09-001/art-54', 'x/y', 'loi-09-001/art-1'])),
    ).toEqual(['loi-09-001/art-1', 'loi-09-001/art-54']);
    expect(printFileName(doc, 'article', ['loi-09-001/art-53'])).toBe('loi-09-001-art-53.pdf');
    expect(printFileName(doc, 'selection', ['a', 'b'])).toBe('loi-09-001-2-articles.pdf');
    expect(printFileName(doc, 'document', doc.entryIds)).toBe('loi-09-001.pdf');
  });

  it('splits related provisions national ↔ international, lists indicators, and names missing ids', () => {
    const national = makeEntry();
    const c182 = makeEntry({ id: 'c182/art-3', docId: 'c182' });
    const indicator = makeEntry({ id: 'ilo/ind-1', docId: 'ilo', kind: 'indicator' });
    const entry = makeEntry({
      id: 'code/art-1',
      related: ['loi-09-001/art-53', 'c182/art-3', 'gone/art-9'],
      indicators: ['ilo/ind-1'],
    });
    const pack = {
      entriesById: new Map([national, c182, indicator].map((e) => [e.id, e])),
      documentsById: new Map(
        [makeDocument(), makeDocument({ id: 'c182', jurisdiction: 'international' })].map((d) => [d.id, d]),
      ),
    };
    const related = relatedProvisions(entry, pack);
    expect(related.national.map((e) => e.id)).toEqual(['loi-09-001/art-53']);
    expect(related.international.map((e) => e.id)).toEqual(['c182/art-3']);
    expect(related.indicators.map((e) => e.id)).toEqual(['ilo/ind-1']);
    expect(related.missing).toEqual(['gone/art-9']);
  });
});
