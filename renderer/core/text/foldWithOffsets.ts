import { foldCodePoint } from './foldText';

/** A folded text that remembers where each of its characters came from. */
export interface FoldedText {
  /** The same string foldText gives. */
  readonly text: string;
  /**
   * The span of the original text that produced `text[start, end)`: it covers whole original
   * characters, so a match ending inside an expansion ("o" of the "oe" made from "œ") still marks "œ".
   */
  toOriginal(start: number, end: number): [number, number];
}

/** Folds `text` (as foldText does) and keeps, for each folded character, its original character's span. */
export const foldWithOffsets = (text: string): FoldedText => {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);
    const f = foldCodePoint(cp);
    for (let k = 0; k < f.length; k += 1) {
      starts.push(i);
      ends.push(next);
    }
    folded += f;
    i = next;
  }
  return {
    text: folded,
    toOriginal(start, end) {
      if (end <= start) {
        const at = start < starts.length ? starts[start]! : text.length;
        return [at, at];
      }
      return [starts[start] ?? text.length, ends[end - 1] ?? text.length];
    },
  };
};
