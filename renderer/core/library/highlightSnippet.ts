import { foldText, foldWithOffsets } from '../text';
import { escapeHtml } from './escapeHtml';

/**
 * Escapes `text` and wraps each occurrence of a term in <mark>. The only markup in the output is
 * <mark>…</mark>: terms are matched on the folded text and mapped back to the original positions,
 * so a term can never cut through an escape sequence. Render the result with SafeHtml's `html` prop.
 */
export function highlightSnippet(text: string, terms: readonly string[]): string {
  const wanted = terms.map(foldText).filter((t) => t.trim().length > 0);
  if (wanted.length === 0) return escapeHtml(text);
  // Folding changes lengths (é → e, œ → oe): matches are found on the folded text and mapped back.
  const folded = foldWithOffsets(text);
  const marks: [number, number][] = [];
  for (const term of wanted) {
    for (let at = folded.text.indexOf(term); at >= 0; at = folded.text.indexOf(term, at + term.length)) {
      marks.push(folded.toOriginal(at, at + term.length));
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  for (const [start, end] of marks) {
    if (start < cursor) continue; // overlapping terms: the first one wins
    out += `${escapeHtml(text.slice(cursor, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    cursor = end;
  }
  return out + escapeHtml(text.slice(cursor));
}
