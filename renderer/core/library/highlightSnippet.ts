import { escapeHtml } from './escapeHtml';

/** Folds case and accents so "traite" finds "Traité" (same rule as search normalisation, kept local: core/library must not depend on search internals). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Escapes `text` and wraps each occurrence of a term in <mark>. The only markup in the output is
 * <mark>…</mark>: terms are matched on the folded text and mapped back to the original positions,
 * so a term can never cut through an escape sequence. Render the result with SafeHtml's `html` prop.
 */
export function highlightSnippet(text: string, terms: readonly string[]): string {
  const wanted = terms.map(fold).filter((t) => t.trim().length > 0);
  if (wanted.length === 0) return escapeHtml(text);
  // Folding may shorten a character (é → e): keep, for each folded index, the original index.
  const origin: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(code);
    const f = fold(ch);
    for (let k = 0; k < f.length; k += 1) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(text.length);
  const marks: [number, number][] = [];
  for (const term of wanted) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      marks.push([origin[at] ?? 0, origin[at + term.length] ?? text.length]);
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
