import type { Lang } from '../content/types';
import { analyseFolded, mayMatch, termHeads, type TokenSpan } from './analyzer';
import { scanTokens } from './tokenScanner';
import type { SearchRecord } from './searchRecords';

// A short passage of a hit's text around the matched words. It is data, never HTML: a list of plain
// pieces, some marked; the UI renders marked pieces as <mark> elements and the command line as **…**.

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface Snippet {
  lang: Lang;
  parts: SnippetPart[];
}

const WINDOW_CHARS = 220;

/** The words to mark, with their heads (see termHeads): computed once per query, used for every hit. */
export interface SnippetTerms {
  terms: ReadonlySet<string>;
  heads: ReadonlySet<string>;
}

export const snippetTerms = (terms: Iterable<string>): SnippetTerms => {
  const set = new Set(terms);
  return { terms: set, heads: termHeads(set) };
};

/** Matched words of a text, read only as far as a snippet can reach past the first match. */
const matchedSpans = (text: string, { terms, heads }: SnippetTerms): TokenSpan[] => {
  const spans: TokenSpan[] = [];
  scanTokens(text, (folded, start, end) => {
    if (spans.length > 0 && start > spans[0]!.start + 3 * WINDOW_CHARS) return true;
    if (!mayMatch(folded, heads)) return false;
    const term = analyseFolded(folded);
    if (term !== undefined && terms.has(term)) spans.push({ term, start, end });
    return false;
  });
  return spans;
};

/**
 * The text to quote and its matched words: the preferred language if it has matches, else the first that
 * has, else French. Usually one text is read.
 */
const chooseText = (r: SearchRecord, terms: SnippetTerms, preferred: Lang): { lang: Lang; text: string; spans: TokenSpan[] } => {
  for (const lang of [preferred, ...(['fr', 'en', 'sw'] as Lang[]).filter((l) => l !== preferred)]) {
    const text = r.text[lang];
    const spans = matchedSpans(text, terms);
    if (spans.length > 0) return { lang, text, spans };
  }
  return { lang: 'fr', text: r.text.fr || r.heading, spans: [] };
};

export const buildSnippet = (r: SearchRecord, words: ReadonlySet<string> | SnippetTerms, preferred: Lang = 'fr'): Snippet => {
  const terms = words instanceof Set ? snippetTerms(words) : (words as SnippetTerms);
  const { lang, text, spans } = chooseText(r, terms, preferred);
  // Start the window a little before the first stretch with the most distinct matched words.
  let start = 0;
  let bestDistinct = -1;
  for (const s of spans) {
    const inWindow = new Set(spans.filter((o) => o.start >= s.start && o.end <= s.start + WINDOW_CHARS).map((o) => o.term));
    if (inWindow.size > bestDistinct) {
      bestDistinct = inWindow.size;
      start = Math.max(0, s.start - 40);
    }
  }
  // Cut at spaces, not inside words.
  if (start > 0) {
    const space = text.slice(start, start + 20).search(/\s/);
    start = space >= 0 ? start + space + 1 : start;
  }
  let end = Math.min(text.length, start + WINDOW_CHARS);
  if (end < text.length) {
    const tail = text.slice(start + WINDOW_CHARS / 2, end);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (space >= 0) end = start + WINDOW_CHARS / 2 + space;
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
  // Line breaks and runs of spaces of the source read as single spaces in a one-paragraph snippet.
  for (const p of parts) p.text = p.text.replace(/\s+/g, ' ');
  if (parts[0] && !parts[0].hit) parts[0].text = parts[0].text.trimStart();
  return { lang, parts: parts.filter((p) => p.text !== '') };
};

/** Plain text with the matched words between ** (command line, logs of the benchmark). */
export const snippetToText = (snippet: Snippet): string => snippet.parts.map((p) => (p.hit ? `**${p.text}**` : p.text)).join('');
