// The one folding of text for matching: what a person types and what the library, the notebook or the
// directory holds are compared folded. Lower case; compatibility forms spelled out (NFKD: "ﬁ" from a
// PDF becomes "fi", a no-break space a space); combining marks dropped (é → e); the ligatures Unicode
// does not decompose spelled out (œ → oe, æ → ae, ß → ss); typographic apostrophes, quotes and dashes
// made plain, so "l’enfant" and "l'enfant" compare equal. Folding works code point by code point, so
// positions can be mapped back to the original (foldWithOffsets) and the search scanner can fold a
// slice of a text without copying it.

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

const PUNCTUATION: Readonly<Record<string, string>> = {
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '´': "'",
  '`': "'",
  '′': "'",
  '‚': "'",
  '‛': "'",
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
};

const MARKS = /\p{M}/gu;

/** One pass over one code point; foldCodePoint repeats it until nothing changes. */
const foldOnce = (ch: string): string => {
  const punctuation = PUNCTUATION[ch];
  if (punctuation !== undefined) return punctuation;
  // Lower case on both sides of NFKD: "℡" decomposes to capitals, "İ" lowers to i + a combining dot.
  const lower = ch.normalize('NFKD').toLowerCase().normalize('NFKD').replace(MARKS, '');
  let out = '';
  for (const c of lower) out += LIGATURES[c] ?? PUNCTUATION[c] ?? c;
  return out;
};

const foldStep = (text: string): string => {
  let out = '';
  for (const c of text) out += foldOnce(c);
  return out;
};

const computeFold = (ch: string): string => {
  let folded = foldOnce(ch);
  // Folding an already folded text must change nothing: iterate the few code points whose first
  // image still folds further (a compatibility form that decomposes to a ligature, say).
  for (let i = 0; i < 4; i += 1) {
    const again = foldStep(folded);
    if (again === folded) break;
    folded = again;
  }
  return folded;
};

/** Code points below this are folded through a table built once; the rest through a bounded cache. */
const TABLE_END = 0x370;
const TABLE: string[] = [];
for (let cp = 0; cp < TABLE_END; cp += 1) TABLE.push(computeFold(String.fromCharCode(cp)));
const CACHE = new Map<number, string>();
const CACHE_MAX = 4096;

/** The folded form of one code point (a string of zero, one or more characters). */
export const foldCodePoint = (cp: number): string => {
  if (cp < TABLE_END) return TABLE[cp]!;
  const cached = CACHE.get(cp);
  if (cached !== undefined) return cached;
  const folded = computeFold(String.fromCodePoint(cp));
  if (CACHE.size < CACHE_MAX) CACHE.set(cp, folded);
  return folded;
};

/** Folds `text[start, end)` (UTF-16 indices) without slicing it first. */
export const foldRange = (text: string, start: number, end: number): string => {
  let out = '';
  for (let i = start; i < end;) {
    const cp = text.codePointAt(i)!;
    out += foldCodePoint(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
};

/** Lower case, no accents, ligatures spelled out, plain apostrophes, quotes and dashes. */
export const foldText = (text: string): string => foldRange(text, 0, text.length);
