import { useMemo } from 'react';
import { forgetOnLock } from '../vault/forgetOnLock';
import { markdownToHtml } from './markdownToHtml';
import { sanitizeHtml } from './sanitizeHtml';

// The only component that sets inner HTML (build/checkUnsafeHtml.mjs enforces it). Whatever comes
// in, pack Markdown or an HTML string built with escapeHtml/highlightSnippet, leaves through the
// same DOMPurify whitelist.

type SafeHtmlProps = {
  className?: string;
  lang?: string;
  /** A span for inline snippets; a div (default) for Markdown blocks. */
  inline?: boolean;
} & ({ markdown: string; html?: never } | { html: string; markdown?: never });

const cache = new Map<string, string>();
const CACHE_LIMIT = 3000;
// Case notes are rendered through here too: their HTML must not outlive the open notebook. The
// library's Markdown is rebuilt on demand after a lock (a few milliseconds per article).
forgetOnLock.register('safe-html', { forget: () => cache.clear(), held: () => [...cache.values()] });

function cached(key: string, build: () => string): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = build();
  // Insertion order is age: dropping the first key keeps the cache bounded on huge documents.
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, value);
  return value;
}

export function renderSafeHtml(input: { markdown: string } | { html: string }): string {
  return 'markdown' in input
    ? cached(`md:${input.markdown}`, () => sanitizeHtml(markdownToHtml(input.markdown)))
    : cached(`html:${input.html}`, () => sanitizeHtml(input.html));
}

export function SafeHtml(props: SafeHtmlProps) {
  const { className, lang, inline } = props;
  const source = props.markdown !== undefined ? { markdown: props.markdown } : { html: props.html ?? '' };
  const key = 'markdown' in source ? `md${source.markdown}` : `html${source.html}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` captures the source exactly
  const html = useMemo(() => renderSafeHtml(source), [key]);
  const Tag = inline ? 'span' : 'div';
  return <Tag className={className} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
