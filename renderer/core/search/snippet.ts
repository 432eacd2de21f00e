import type { Lang } from '../content/types';
import { tokenSpans } from './analyzer';
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

const countHits = (spans: { term: string }[], terms: ReadonlySet<string>): number => spans.filter((s) => terms.has(s.term)).length;

/** The text to quote: the preferred language if it has matches, else the one with most, else French. */
const chooseText = (r: SearchRecord, terms: ReadonlySet<string>, preferred: Lang): { lang: Lang; text: string } => {
  const order: Lang[] = [preferred, ...(['fr', 'en', 'sw'] as Lang[]).filter((l) => l !== preferred)];
  let best: { lang: Lang; text: string; n: number } | undefined;
  for (const lang of order) {
    const text = r.text[lang];
    if (!text) continue;
    const n = countHits(tokenSpans(text), terms);
    if (!best || n > best.n) best = { lang, text, n };
  }
  return best ?? { lang: 'fr', text: r.heading };
};

export const buildSnippet = (r: SearchRecord, terms: ReadonlySet<string>, preferred: Lang = 'fr'): Snippet => {
  const { lang, text: full } = chooseText(r, terms, preferred);
  const text = full.replace(/\s+/g, ' ').trim();
  const spans = tokenSpans(text).filter((s) => terms.has(s.term));
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
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < start + 20 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + WINDOW_CHARS);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start + WINDOW_CHARS / 2 ? space : end;
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
  return { lang, parts };
};

/** Plain text with the matched words between ** (command line, logs of the benchmark). */
export const snippetToText = (snippet: Snippet): string => snippet.parts.map((p) => (p.hit ? `**${p.text}**` : p.text)).join('');
