import { describe, expect, it } from 'vitest';
import { buildSnippet, snippetToText } from '../../../renderer/core/search/snippet';
import type { SearchRecord } from '../../../renderer/core/search/searchRecords';
import { NO_TEXT } from './corpus';

const record = (fr: string, en = ''): SearchRecord => ({
  id: 'd/e',
  docId: 'd',
  kind: 'article',
  docKind: 'law',
  jurisdiction: 'RDC',
  citation: 'Loi, art. 1',
  heading: 'Article 1',
  names: 'Article 1',
  text: { ...NO_TEXT, fr, en },
});

describe('snippets', () => {
  it('marks the matched words, whatever their accents, case or inflection', () => {
    const s = buildSnippet(
      record('Le Travail FORCÉ et les travaux forcés sont interdits.'),
      new Set(['travail', 'forc']),
    );
    expect(s.parts.filter((p) => p.hit).map((p) => p.text)).toEqual([
      'Travail',
      'FORCÉ',
      'travaux',
      'forcés',
    ]);
    expect(snippetToText(s)).toBe('Le **Travail** **FORCÉ** et les **travaux** **forcés** sont interdits.');
  });

  it('keeps markup in the text as text: the parts are data, never HTML', () => {
    const s = buildSnippet(
      record('Le mineur <script>alert(1)</script> <img src=x onerror=alert(1)> est protégé.'),
      new Set(['mineur']),
    );
    const text = s.parts.map((p) => p.text).join('');
    expect(text).toContain('<script>alert(1)</script>');
    expect(s.parts.find((p) => p.hit)?.text).toBe('mineur');
  });

  it('quotes a window around the best stretch of a long text, cut at spaces', () => {
    const long = `${'Préambule sans rapport. '.repeat(40)}Ici la servitude pour dettes des creuseurs. ${'Suite sans rapport. '.repeat(40)}`;
    const s = buildSnippet(record(long), new Set(['servitud', 'dett', 'creuseur']));
    const text = snippetToText(s);
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text).toContain('**servitude** pour **dettes** des **creuseurs**');
    expect(text.length).toBeLessThan(300);
  });

  it('quotes the reader’s language when it has matches, else the one that has', () => {
    const r = record('Le travail forcé.', 'Forced labour.');
    expect(buildSnippet(r, new Set(['forced']), 'fr').lang).toBe('en');
    expect(buildSnippet(r, new Set(['forc', 'forced']), 'en').lang).toBe('en');
    expect(buildSnippet(r, new Set(['forc']), 'en').lang).toBe('fr');
  });
});
