import { foldText, foldWithOffsets } from '../text';

/**
 * Where each term occurs in `text`, as [start, end) positions in the original string, in order and
 * never overlapping (the first of two overlapping matches wins). Terms are matched accent- and
 * case-blind on the folded text and mapped back, so a range always covers whole original characters.
 */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  const wanted = terms.map(foldText).filter((t) => t.trim().length > 0);
  if (wanted.length === 0) return [];
  // Folding changes lengths (é → e, œ → oe): matches are found on the folded text and mapped back.
  const folded = foldWithOffsets(text);
  const marks: [number, number][] = [];
  for (const term of wanted) {
    for (let at = folded.text.indexOf(term); at >= 0; at = folded.text.indexOf(term, at + term.length)) {
      marks.push(folded.toOriginal(at, at + term.length));
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  const kept: [number, number][] = [];
  let cursor = 0;
  for (const [start, end] of marks) {
    if (start < cursor) continue;
    kept.push([start, end]);
    cursor = end;
  }
  return kept;
}
