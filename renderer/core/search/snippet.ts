import { LANGUAGES, mapValues } from '../vocabulary';
import type { Lang } from '../content';
import { analyseFolded, mayMatch, termHeads, type TokenSpan } from './analyzer';
import { asciiHeadKey, scanTokens } from './tokenScanner';
import type { SearchRecord } from './searchRecords';
import { TEXT_BIT } from './fieldMask';
import { forEachTerm, type TermOffsets } from './termOffsets';

// A short passage of a hit's text around the matched words. It is data, never HTML: a list of plain
// pieces, some marked; the UI renders marked pieces as <mark> elements and the command line as **…**.
// Search records hold each text as one paragraph (single spaces: searchRecords.plainText), so the passage
// is quoted as it is and cut at spaces.

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface Snippet {
  lang: Lang;
  parts: SnippetPart[];
}

const WINDOW_CHARS = 220;

/** What the scanner needs to read a text for the terms (see termHeads); only made when a text is read. */
interface ScanHeads {
  heads: ReadonlySet<string>;
  /** The heads as asciiHeadKey numbers, for the scanner to skip other words; undefined if one is not ASCII. */
  headKeys: ReadonlySet<number> | undefined;
}

/** The words to mark: computed once per query, used for every hit. */
export interface SnippetTerms {
  terms: ReadonlySet<string>;
  /** The terms' vocabulary numbers, to read word offsets instead of texts. */
  ids: readonly number[] | undefined;
  /** Made on first use: with word offsets, no text is read. */
  scan: () => ScanHeads;
}

/** `vocabulary` (term → vocabulary number) lets snippets read the index's word offsets. */
export const snippetTerms = (
  terms: Iterable<string>,
  vocabulary?: ReadonlyMap<string, number>,
): SnippetTerms => {
  const set = new Set(terms);
  let ids: number[] | undefined;
  if (vocabulary) {
    ids = [];
    for (const t of set) {
      const n = vocabulary.get(t);
      if (n !== undefined) ids.push(n);
    }
  }
  let scan: ScanHeads | undefined;
  return {
    terms: set,
    ids,
    scan: () => {
      if (!scan) {
        const heads = termHeads(set);
        const keys = [...heads].map(asciiHeadKey);
        scan = { heads, headKeys: keys.every((k) => k !== undefined) ? new Set(keys) : undefined };
      }
      return scan;
    },
  };
};

/** Where a record's words are known without reading its text: the index's word offsets. */
export interface SnippetSource {
  offsets: TermOffsets;
  /** The record's number in the index. */
  num: number;
  /** The sorted vocabulary the offsets number words by. */
  vocab: readonly string[];
  /** A byte per vocabulary word, 1 for the terms' ids (wordMarks.ts): one read per word of the text. */
  marks: Uint8Array;
}

/** Matched words of a text, read only as far as a snippet can reach past the first match. */
const scannedSpans = (text: string, { terms, scan }: SnippetTerms): TokenSpan[] => {
  const { heads, headKeys } = scan();
  const spans: TokenSpan[] = [];
  scanTokens(
    text,
    (folded, start, end) => {
      if (spans.length > 0 && start > spans[0]!.start + 3 * WINDOW_CHARS) return true;
      if (!mayMatch(folded, heads)) return false;
      const term = analyseFolded(folded);
      if (term !== undefined && terms.has(term)) spans.push({ term, start, end });
      return false;
    },
    headKeys,
  );
  return spans;
};

/** The same from the index's word offsets; undefined when they do not fit the text (then the text is read). */
const offsetSpans = (text: string, source: SnippetSource, lang: Lang): TokenSpan[] | undefined => {
  const { marks } = source;
  const spans: TokenSpan[] = [];
  let fits = true;
  forEachTerm(source.offsets, source.num, lang, (id, start, end) => {
    if (spans.length > 0 && start > spans[0]!.start + 3 * WINDOW_CHARS) return true;
    if (end > text.length) {
      fits = false;
      return true;
    }
    if (marks[id] === 1) spans.push({ term: source.vocab[id] ?? '', start, end });
    return false;
  });
  return fits ? spans : undefined;
};

const matchedSpans = (
  text: string,
  terms: SnippetTerms,
  lang: Lang,
  source: SnippetSource | undefined,
): TokenSpan[] => (source && terms.ids && offsetSpans(text, source, lang)) || scannedSpans(text, terms);

// The language asked for first, then the others in the vocabulary's order (French first).
const ORDER: Readonly<Record<Lang, readonly Lang[]>> = mapValues(LANGUAGES, (lang) => [
  lang,
  ...LANGUAGES.filter((l) => l !== lang),
]);

/**
 * The text to quote and its matched words: the preferred language if it has matches, else the first that
 * has, else French. `fields` (FIELD_BIT flags from scoring) says which texts hold a matched word, so only
 * one text is read; without it each is read until one matches.
 */
const chooseText = (
  r: SearchRecord,
  terms: SnippetTerms,
  preferred: Lang,
  fields: number,
  source: SnippetSource | undefined,
): { lang: Lang; text: string; spans: TokenSpan[] } => {
  for (const lang of ORDER[preferred]) {
    if ((fields & TEXT_BIT[lang]) === 0) continue;
    const text = r.text[lang];
    const spans = matchedSpans(text, terms, lang, source);
    if (spans.length > 0) return { lang, text, spans };
  }
  return { lang: 'fr', text: r.text.fr || r.heading, spans: [] };
};

/**
 * Where to start quoting: a little before the first stretch of WINDOW_CHARS with the most distinct matched
 * words. One sliding pass over the spans (they are in text order), counting words as they enter and leave.
 */
const bestWindowStart = (spans: readonly TokenSpan[]): number => {
  let best = 0;
  let bestDistinct = 0;
  const counts = new Map<string, number>();
  let right = 0;
  for (let left = 0; left < spans.length; left += 1) {
    const limit = spans[left]!.start + WINDOW_CHARS;
    while (right < spans.length && spans[right]!.end <= limit) {
      const term = spans[right]!.term;
      counts.set(term, (counts.get(term) ?? 0) + 1);
      right += 1;
    }
    if (counts.size > bestDistinct) {
      bestDistinct = counts.size;
      best = Math.max(0, spans[left]!.start - 40);
    }
    if (right > left) {
      const term = spans[left]!.term;
      const n = counts.get(term)! - 1;
      if (n === 0) counts.delete(term);
      else counts.set(term, n);
    } else right = left + 1;
  }
  return best;
};

const ALL_TEXTS = LANGUAGES.reduce((bits, lang) => bits | TEXT_BIT[lang], 0);

export const buildSnippet = (
  r: SearchRecord,
  words: ReadonlySet<string> | SnippetTerms,
  preferred: Lang = 'fr',
  fields = ALL_TEXTS,
  source?: SnippetSource,
): Snippet => {
  const terms = words instanceof Set ? snippetTerms(words) : (words as SnippetTerms);
  const { lang, text, spans } = chooseText(r, terms, preferred, fields, source);
  let start = bestWindowStart(spans);
  // Cut at spaces, not inside words.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < start + 20) start = space + 1;
  }
  let end = Math.min(text.length, start + WINDOW_CHARS);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end - 1);
    if (space >= start + WINDOW_CHARS / 2) end = space;
  }
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '… ', hit: false });
  let at = start;
  for (const s of spans) {
    if (s.start < start || s.end > end) continue;
    if (s.start > at) parts.push({ text: text.slice(at, s.start), hit: false });
    parts.push({ text: text.slice(s.start, s.end), hit: true });
    at = s.end;
  }
  if (end > at) parts.push({ text: text.slice(at, end), hit: false });
  if (end < text.length) parts.push({ text: ' …', hit: false });
  if (parts[0] && !parts[0].hit) parts[0].text = parts[0].text.trimStart();
  return { lang, parts: parts.filter((p) => p.text !== '') };
};

/** Plain text with the matched words between ** (command line, logs of the benchmark). */
export const snippetToText = (snippet: Snippet): string =>
  snippet.parts.map((p) => (p.hit ? `**${p.text}**` : p.text)).join('');
