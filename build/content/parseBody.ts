import type { ErrorList } from './contentError';
import type { MarkdownChunk } from './markdownChecks';
import { ID_PATTERN } from './schema';

// Splits a document body into structure headings and entries. Line-based on purpose: it must know
// the exact line of every heading and meta block, and skip headings inside fenced code.

export interface RawEntry {
  localId: string;
  heading: string;
  depth: number;
  line: number;
  path: string[];
  /** Indexes in `path` of editorial headings. */
  editorialPath: number[];
  meta?: MarkdownChunk;
  text: MarkdownChunk;
}

export type RawOutline =
  | {
      type: 'heading';
      title: string;
      depth: number;
      line: number;
      text?: MarkdownChunk;
      editorial?: boolean;
      children: RawOutline[];
    }
  | { type: 'entry'; localId: string };

export interface ParsedBody {
  outline: RawOutline[];
  entries: RawEntry[];
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const ENTRY_ID = /^(.*?)[ \t]*\{#([^}]*)\}$/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})(.*)$/;
const META_OPEN = /^(`{3,}|~{3,})[ \t]*meta[ \t]*$/;
// A heading Dalili added to group articles ends with ` {.editorial}` so it never passes for the official structure.
const EDITORIAL = /^(.*?)[ \t]*\{\.editorial\}$/;

type Heading = Extract<RawOutline, { type: 'heading' }>;

const toChunk = (lines: { text: string; line: number }[]): MarkdownChunk => {
  let start = 0;
  while (start < lines.length && lines[start]?.text.trim() === '') start++;
  const kept = lines.slice(start);
  const text = kept.map((l) => l.text).join('\n').trimEnd();
  return { text, line: kept[0]?.line ?? lines[0]?.line ?? 1 };
};

export const parseBody = (body: string, firstLine: number, file: string, errors: ErrorList): ParsedBody => {
  const lines = body.split('\n').map((text, i) => ({ text: text.replace(/\r$/, ''), line: firstLine + i }));
  const outline: RawOutline[] = [];
  const entries: RawEntry[] = [];
  const stack: Heading[] = [];
  let buffer: { text: string; line: number }[] = [];
  let owner: RawEntry | Heading | undefined;
  let fence: string | undefined;

  const flush = (): void => {
    const chunk = toChunk(buffer);
    buffer = [];
    if (owner && 'localId' in owner) owner.text = chunk;
    else if (owner && chunk.text) owner.text = chunk;
    else if (!owner && chunk.text) {
      errors.add(file, chunk.line, 'text before the first heading: put an introduction in the front matter `summary`');
    }
  };
  const attach = (node: RawOutline): void => {
    const parent = stack[stack.length - 1];
    (parent ? parent.children : outline).push(node);
  };

  for (let i = 0; i < lines.length; i++) {
    const { text, line } = lines[i] ?? { text: '', line: 0 };
    const fenceMatch = FENCE.exec(text);
    if (fence) {
      if (fenceMatch?.[1]?.startsWith(fence) && fenceMatch[2]?.trim() === '') fence = undefined;
      buffer.push({ text, line });
      continue;
    }
    const heading = HEADING.exec(text);
    if (!heading) {
      if (META_OPEN.test(text.trim())) {
        errors.add(file, line, 'a meta block must come right after an entry heading (`### Article 1 {#art-1}`)');
      }
      if (fenceMatch) fence = fenceMatch[1];
      buffer.push({ text, line });
      continue;
    }
    flush();
    const depth = heading[1]?.length ?? 1;
    const title = heading[2] ?? '';
    while ((stack[stack.length - 1]?.depth ?? 0) >= depth) stack.pop();
    const idMatch = ENTRY_ID.exec(title);
    if (!idMatch) {
      const editorial = EDITORIAL.exec(title);
      const node: Heading = { type: 'heading', title: editorial ? (editorial[1] ?? '') : title, depth, line, children: [] };
      if (editorial) node.editorial = true;
      if (!node.title) errors.add(file, line, 'structure heading has no title before {.editorial}');
      attach(node);
      stack.push(node);
      owner = node;
      continue;
    }
    const localId = idMatch[2]?.trim() ?? '';
    if (/\{\.editorial\}/.test(idMatch[1] ?? '')) {
      errors.add(file, line, '{.editorial} marks structure headings, not entries: remove it from this entry heading');
    }
    if (!ID_PATTERN.test(localId)) {
      errors.add(file, line, `invalid entry id \`{#${localId}}\`: use lower-case letters, digits and hyphens`);
    }
    const entry: RawEntry = {
      localId,
      heading: idMatch[1]?.trim() ?? '',
      depth,
      line,
      path: stack.map((h) => h.title),
      editorialPath: stack.flatMap((h, k) => (h.editorial ? [k] : [])),
      text: { text: '', line },
    };
    if (!entry.heading) errors.add(file, line, 'entry heading has no title before its {#id}');
    // The meta block, if any, is the first thing after the heading (blank lines allowed).
    let j = i + 1;
    while (j < lines.length && lines[j]?.text.trim() === '') j++;
    const open = META_OPEN.exec(lines[j]?.text.trim() ?? '');
    if (open) {
      const close = lines.findIndex((l, k) => k > j && l.text.trim() === open[1]);
      if (close < 0) {
        errors.add(file, lines[j]?.line ?? line, 'meta block is not closed');
        i = lines.length;
      } else {
        entry.meta = { text: lines.slice(j + 1, close).map((l) => l.text).join('\n'), line: (lines[j]?.line ?? line) + 1 };
        i = close;
      }
    }
    entries.push(entry);
    attach({ type: 'entry', localId });
    owner = entry;
  }
  flush();
  if (fence) errors.add(file, lines[lines.length - 1]?.line ?? firstLine, 'a fenced code block is not closed');
  return { outline, entries };
};
