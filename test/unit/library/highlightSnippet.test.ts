import { describe, expect, it } from 'vitest';
import payloads from '../../fixtures/xss/payloads.json';
import { escapeHtml } from '../../../renderer/core/library/escapeHtml';
import { highlightSnippet } from '../../../renderer/core/library/highlightSnippet';

describe('escapeHtml and highlightSnippet', () => {
  it('escapes every character that could open markup or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\``)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;',
    );
  });

  it('marks terms accent- and case-blind, on the original text', () => {
    expect(highlightSnippet('La Traité des enfants', ['traite'])).toBe('La <mark>Traité</mark> des enfants');
    expect(highlightSnippet('travail forcé, TRAVAIL', ['travail'])).toBe(
      '<mark>travail</mark> forcé, <mark>TRAVAIL</mark>',
    );
    expect(highlightSnippet('abc', [])).toBe('abc');
  });

  it('never lets a payload through: the only tags in the output are <mark> and </mark>', () => {
    for (const { id, payload } of payloads) {
      for (const terms of [[], ['script'], ['onerror', 'img'], ['<'], ['javascript:']]) {
        const html = highlightSnippet(payload, terms);
        const tags = html.match(/<[^>]*>/g) ?? [];
        expect(
          tags.every((tag) => tag === '<mark>' || tag === '</mark>'),
          `${id} ${terms.join(',')}`,
        ).toBe(true);
        expect(html.replace(/<\/?mark>/g, ''), id).toBe(escapeHtml(payload));
      }
    }
  });
});
