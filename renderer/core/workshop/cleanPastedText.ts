// Text pasted from a PDF of the Journal officiel carries the page's layout, not the text's: words cut
// at line ends, a line break every 80 characters, page numbers and running heads, soft hyphens and
// typographic ligatures. cleanPastedText undoes what it can undo safely and says what it changed, so
// the person keying the text checks each change before the text is kept (nothing is cleaned silently).

export type CleaningKind = 'softHyphen' | 'ligature' | 'pageLine' | 'hyphenation' | 'lineBreak';

export interface CleaningChange {
  kind: CleaningKind;
  count: number;
  /** A few of the changes as the person would recognise them ("exploita-tion → exploitation", a removed line). */
  examples: string[];
}

export interface CleanedText {
  text: string;
  changes: CleaningChange[];
}

const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};
const MAX_EXAMPLES = 3;

// A line that is only a page number ("12", "- 12 -", "Page 3", "Page 3 sur 9", "p. 4").
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+|p\.\s*)?\d{1,4}(?:\s*(?:sur|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;
// A line that starts a new paragraph whatever precedes it: a list item or an article heading.
const STARTS_BLOCK = /^(?:\d{1,3}\s?°|[a-z]\)|\d{1,3}[.)]\s|[-–—•]\s|Article\s|Art\.\s|§)/;
const LETTER_BEFORE_HYPHEN = /[a-zà-öø-ÿœæ]-$/;
const LOWER_START = /^[a-zà-öø-ÿœæ]/;
const ARTICLE_HEADING = /^(?:Article|Art\.)\s+\S+/;
const ENDS_SENTENCE = /[.:;!?»"]$/;

const counter = () => {
  const changes = new Map<CleaningKind, CleaningChange>();
  return {
    add(kind: CleaningKind, example?: string): void {
      const change = changes.get(kind) ?? { kind, count: 0, examples: [] };
      change.count++;
      if (example !== undefined && change.examples.length < MAX_EXAMPLES) change.examples.push(example);
      changes.set(kind, change);
    },
    list: (): CleaningChange[] => [...changes.values()],
  };
};

/** Lines a page adds around the text: bare page numbers, and a running head repeated next to them. */
function pageLines(lines: readonly string[]): Set<number> {
  const drop = new Set<number>();
  lines.forEach((line, i) => {
    if (PAGE_NUMBER.test(line)) drop.add(i);
  });
  // A line repeated identically and standing next to a page break (a page number or a form feed) is a
  // running head or foot. A repeated line elsewhere may be the text itself ("Il est puni…"): kept.
  const seen = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (line.length > 0) seen.set(line, [...(seen.get(line) ?? []), i]);
  });
  const atBreak = (i: number): boolean => {
    const near = [lines[i - 1], lines[i + 1]];
    return (
      drop.has(i - 1) ||
      drop.has(i + 1) ||
      near.some((l) => l?.startsWith('\f')) ||
      lines[i]?.startsWith('\f') === true
    );
  };
  for (const [, at] of seen) {
    if (at.length >= 2 && at.every(atBreak)) for (const i of at) drop.add(i);
  }
  return drop;
}

/** Cleans a paste from a PDF and lists what changed; text that is already clean comes back unchanged. */
export function cleanPastedText(pasted: string): CleanedText {
  const changes = counter();
  let text = pasted.replace(/\r\n?/g, '\n');
  text = text.replace(/\u00AD/g, () => {
    changes.add('softHyphen');
    return '';
  });
  text = text.replace(/[\uFB00-\uFB06]/g, (lig) => {
    const plain = LIGATURES[lig] ?? lig;
    changes.add('ligature', `${lig} → ${plain}`);
    return plain;
  });
  const raw = text.split('\n').map((l) => l.replace(/[ \t]+$/, ''));
  const dropped = pageLines(raw.map((l) => l.trim().replace(/^\f/, '\f')));
  const lines: string[] = [];
  raw.forEach((line, i) => {
    if (dropped.has(i)) changes.add('pageLine', line.replace(/\f/g, '').trim());
    else lines.push(line.replace(/\f/g, ''));
  });
  // A paragraph's last line is shorter than the others: a sentence end on a short line closes it.
  const lengths = lines
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length * 0.75)] ?? 0;
  const out: string[] = [];
  // The previous line as laid out on the page (out's last item may already hold several joined lines).
  let lastLine = '';
  for (const line of lines) {
    const current = line.trim();
    const previous = out.at(-1);
    const short = lastLine.length < typical * 0.8;
    const heading = ARTICLE_HEADING.test(lastLine) && short;
    lastLine = current;
    if (previous === undefined || previous === '' || current === '') {
      out.push(current);
      continue;
    }
    if (STARTS_BLOCK.test(current)) {
      out.push(current);
      continue;
    }
    if (LETTER_BEFORE_HYPHEN.test(previous) && LOWER_START.test(current)) {
      const head = /[\p{L}]+-$/u.exec(previous)?.[0] ?? '';
      const tail = /^[\p{L}]+/u.exec(current)?.[0] ?? '';
      changes.add('hyphenation', `${head}${tail} → ${head.slice(0, -1)}${tail}`);
      out[out.length - 1] = previous.slice(0, -1) + current;
      continue;
    }
    if ((ENDS_SENTENCE.test(previous) && short) || heading) {
      out.push(current);
      continue;
    }
    changes.add('lineBreak');
    out[out.length - 1] = `${previous} ${current}`;
  }
  // Paragraphs are separated by one blank line, as Markdown wants them.
  const paragraphs = out
    .join('\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const blocks = paragraphs.flatMap((p) => p.split('\n'));
  return { text: blocks.join('\n\n'), changes: changes.list() };
}
