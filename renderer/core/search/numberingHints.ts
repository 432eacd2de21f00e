// How practitioners write article numbers, read from the raw query before the analyser drops single
// letters: "174 e" (a spaced letter), "174 a à n" or "174a-174n" (a family of lettered articles),
// "art174c" (no space after art), "C 182" (an ILO code with a space). The analyser keeps "174e" whole but
// drops a lone "e", so these readings are noted here and resolved against the pack's article numbers
// (articleRefs.ts): a spaced letter joins its number only when that article exists.

export interface SpacedLetter {
  /** The number as the analyser keeps it ("174"). */
  number: string;
  letter: string;
}

export interface ArticleFamily {
  number: string;
  /** Letter range, inclusive ("a" to "n"). */
  from: string;
  to: string;
}

export interface NumberingHints {
  letters: SpacedLetter[];
  families: ArticleFamily[];
}

export const NO_HINTS: NumberingHints = { letters: [], families: [] };

const FAMILY = /(?<![\p{L}\p{N}])(\d+)\s*([a-z])\s*(?:à|a|au|-|–)\s*(?:\1\s*)?([a-z])(?![\p{L}\p{N}])/giu;
const SPACED_LETTER = /(?<![\p{L}\p{N}/.-])(\d+)\s+([a-z])(?![\p{L}\p{N}'’])/giu;
const GLUED_ART = /(?<![\p{L}\p{N}])(art|article)\.?(?=\d)/giu;
const SPACED_ILO_CODE = /(?<![\p{L}\p{N}])([cp])\.?\s+(\d{2,3})(?![\p{L}\p{N}/])/giu;

/**
 * Rewrites the free text of a query so the analyser reads numbering as written ("art174c" → "art 174c",
 * "C 182" → "C182", "174 a à n" → "174") and returns the hints it found.
 */
export const readNumbering = (text: string): { text: string; hints: NumberingHints } => {
  const families: ArticleFamily[] = [];
  const letters: SpacedLetter[] = [];
  const rewritten = text
    .replace(GLUED_ART, '$1 ')
    .replace(SPACED_ILO_CODE, '$1$2')
    .replace(FAMILY, (_m, number: string, from: string, to: string) => {
      const [a, b] = [from.toLowerCase(), to.toLowerCase()];
      families.push({ number, from: a < b ? a : b, to: a < b ? b : a });
      return number;
    });
  for (const m of rewritten.matchAll(SPACED_LETTER))
    letters.push({ number: m[1]!, letter: m[2]!.toLowerCase() });
  return { text: rewritten, hints: { letters, families } };
};
