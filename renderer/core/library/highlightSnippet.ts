import { escapeHtml } from './escapeHtml';
import { highlightRanges } from './highlightRanges';

/**
 * Escapes `text` and wraps each occurrence of a term in <mark>. The only markup in the output is
 * <mark>…</mark>: terms are matched on the folded text and mapped back to the original positions,
 * so a term can never cut through an escape sequence. Render the result with SafeHtml's `html` prop.
 */
export function highlightSnippet(text: string, terms: readonly string[]): string {
  let out = '';
  let cursor = 0;
  for (const [start, end] of highlightRanges(text, terms)) {
    out += `${escapeHtml(text.slice(cursor, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    cursor = end;
  }
  return out + escapeHtml(text.slice(cursor));
}
