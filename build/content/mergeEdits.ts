import { join } from 'node:path';
import { type Document, isMap, parseDocument, Scalar } from 'yaml';
import type { ContentDocument, OutlineNode } from '../../renderer/core/content/types';
import { applyEdits, headingAt, officialInOrder } from '../../renderer/core/workshop/applyEdits';
import type { EditsFile } from '../../renderer/core/workshop/editsFile';
import {
  canonicalJson,
  documentFingerprint,
  type EntryEdit,
  entryFingerprint,
  type HeadingEdit,
} from '../../renderer/core/workshop/workshopEdits';
import { compileContent, type ContentInput } from './compileContent';
import { formatError } from './contentError';

// `npm run content:merge-edits <file>`: the workshop's edits (« Exporter pour les mainteneurs ») applied
// to the Markdown sources, so content/ stays the one source of the texts. All or nothing: an edit whose
// entry is gone or has changed since the edits were made is refused with its file and reason, and then
// nothing is written; so is a merge whose result would not compile, or would not give the entry the
// workshop showed.

export interface MergeRefusal {
  file: string;
  entryId: string;
  reason: string;
}

export interface MergedFile {
  /** Path of the file to write (inside the content folder). */
  path: string;
  /** As shown to the person (relative to the working directory). */
  file: string;
  source: string;
  /** A readable diff of the file: per changed block, its first line and the lines removed and added. */
  diff: string;
}

export type MergeResult = { ok: true; files: MergedFile[] } | { ok: false; refusals: MergeRefusal[] };

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const META_OPEN = /^(`{3,}|~{3,})[ \t]*meta[ \t]*$/;

/** Where an entry's meta block lies in a file's lines: the lines between its fences. */
function metaBlock(lines: readonly string[], localId: string): { from: number; to: number } | undefined {
  const heading = new RegExp(`^#{1,6}\\s.*\\{#${escapeRe(localId)}\\}\\s*$`);
  const at = lines.findIndex((line) => heading.test(line));
  if (at < 0) return undefined;
  let open = at + 1;
  while (open < lines.length && lines[open]?.trim() === '') open++;
  const fence = META_OPEN.exec(lines[open] ?? '')?.[1];
  if (!fence) return undefined;
  const close = lines.findIndex((line, i) => i > open && line.trim() === fence);
  return close < 0 ? undefined : { from: open + 1, to: close };
}

/** Writes the edit's fields into the entry's parsed meta block, keeping every other field and comment. */
function editMeta(doc: Document, edit: EntryEdit): void {
  if (edit.official === null) doc.delete('official');
  else if (edit.official) {
    const node = doc.createNode(officialInOrder(edit.official));
    const text = isMap(node) ? node.get('text', true) : undefined;
    if (text instanceof Scalar) text.type = Scalar.BLOCK_LITERAL;
    doc.set('official', node);
  }
  if (edit.verification) {
    doc.set('verification', edit.verification.status);
    const note = edit.verification.note?.trim();
    if (note) doc.set('note', note);
    else doc.delete('note');
  }
}

function blockDiff(file: string, firstLine: number, before: readonly string[], after: readonly string[]): string {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const removed = before.slice(start, before.length - end).map((l) => `- ${l}`);
  const added = after.slice(start, after.length - end).map((l) => `+ ${l}`);
  return [`@@ ${file}:${firstLine + start + 1}`, ...removed, ...added].join('\n');
}

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const FENCE = /^(`{3,}|~{3,})/;
const EDITORIAL_MARK = /\s*\{\.editorial\}\s*$/;

/** Line indexes of a file's structure headings (no `{#id}`, outside fenced blocks), in source order. */
function structureHeadings(lines: readonly string[]): number[] {
  const found: number[] = [];
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const f = FENCE.exec(line.trim())?.[1];
    if (f) {
      if (!fence) fence = f[0];
      else if (f[0] === fence) fence = undefined;
      return;
    }
    if (fence) return;
    const h = HEADING.exec(line);
    if (h && !/\{#[^}]*\}\s*$/.test(h[2] ?? '')) found.push(i);
  });
  return found;
}

/** How many structure headings come before the one at `at`, walking the outline in source order. */
function headingRank(outline: readonly OutlineNode[], at: readonly number[]): number | undefined {
  let rank = 0;
  const walk = (nodes: readonly OutlineNode[], path: number[]): boolean =>
    nodes.some((node, i) => {
      if (node.type !== 'heading') return false;
      const here = [...path, i];
      if (here.length === at.length && here.every((v, k) => v === at[k])) return true;
      rank++;
      return walk(node.children, here);
    });
  return walk(outline, []) ? rank : undefined;
}

type Refuse = (reason: string) => void;

function mergeEntryEdit(current: string[], edit: EntryEdit, refuse: Refuse): { lines: string[]; diff: (file: string) => string } | undefined {
  const block = metaBlock(current, edit.entryId.split('/')[1] ?? '');
  if (!block) return void refuse('its heading or meta block was not found');
  const before = current.slice(block.from, block.to);
  const doc = parseDocument(before.join('\n'));
  editMeta(doc, edit);
  const after = doc.toString({ lineWidth: 0 }).replace(/\n$/, '').split('\n');
  return {
    lines: [...current.slice(0, block.from), ...after, ...current.slice(block.to)],
    diff: (file) => blockDiff(file, block.from, before, after),
  };
}

function mergeHeadingEdit(current: string[], doc: ContentDocument, edit: HeadingEdit, refuse: Refuse): { lines: string[]; diff: (file: string) => string } | undefined {
  const heading = headingAt(doc.outline, edit.at);
  const rank = headingRank(doc.outline, edit.at);
  const at = rank === undefined ? undefined : structureHeadings(current)[rank];
  if (!heading || heading.title !== edit.title || at === undefined) return void refuse(`the heading « ${edit.title} » was not found`);
  const line = current[at] ?? '';
  const bare = line.replace(EDITORIAL_MARK, '');
  const next = edit.editorial ? `${bare} {.editorial}` : bare;
  return { lines: current.map((l, i) => (i === at ? next : l)), diff: (file) => blockDiff(file, at, [line], [next]) };
}

/** Applies the edits to the sources read from `dir` (readContentDir); writes nothing itself. */
export async function mergeEdits(dir: string, input: ContentInput, edits: EditsFile): Promise<MergeResult> {
  const compiled = compileContent(input);
  if (compiled.errors.length > 0) {
    return { ok: false, refusals: compiled.errors.map((e) => ({ file: e.file, entryId: '', reason: `the sources have errors already: ${formatError(e)}` })) };
  }
  const entries = new Map(compiled.entries.map((e) => [e.id, e]));
  const documents = new Map(compiled.documents.map((d) => [d.id, d]));
  const files = new Map(input.files.map((f) => [f.baseName, f]));
  const lines = new Map<string, string[]>();
  const diffs = new Map<string, string[]>();
  const refusals: MergeRefusal[] = [];
  for (const edit of edits.edits) {
    const docId = edit.kind === 'entry' ? (edit.entryId.split('/')[0] ?? '') : edit.docId;
    const target = edit.kind === 'entry' ? edit.entryId : `${edit.docId} « ${edit.title} »`;
    const file = files.get(docId);
    const refuse: Refuse = (reason) => refusals.push({ file: file?.file ?? `${docId}.md`, entryId: target, reason });
    const doc = documents.get(docId);
    const entry = edit.kind === 'entry' ? entries.get(edit.entryId) : undefined;
    if (!file || !doc || (edit.kind === 'entry' && !entry)) {
      refuse(`this ${edit.kind === 'entry' ? 'entry' : 'document'} is no longer in the sources`);
      continue;
    }
    const fingerprint = entry ? await entryFingerprint(entry) : await documentFingerprint(doc);
    if (fingerprint !== edit.base) {
      refuse(`this ${edit.kind === 'entry' ? 'entry' : 'document'} has changed in the sources since the edits were made: key it again on the current pack`);
      continue;
    }
    const current = lines.get(docId) ?? file.source.split('\n');
    const merged = edit.kind === 'entry' ? mergeEntryEdit(current, edit, refuse) : mergeHeadingEdit(current, doc, edit, refuse);
    if (!merged) continue;
    lines.set(docId, merged.lines);
    diffs.set(docId, [...(diffs.get(docId) ?? []), merged.diff(file.file)]);
  }
  if (refusals.length > 0) return { ok: false, refusals };

  const mergedInput: ContentInput = {
    ...input,
    files: input.files.map((f) => {
      const changed = lines.get(f.baseName);
      return changed ? { ...f, source: changed.join('\n') } : f;
    }),
  };
  const check = compileContent(mergedInput);
  if (check.errors.length > 0) {
    return { ok: false, refusals: check.errors.map((e) => ({ file: e.file, entryId: '', reason: `the merged sources would not compile: ${formatError(e)}` })) };
  }
  // The sources must now give exactly the library the workshop showed and published.
  const expected = applyEdits({ documents: compiled.documents, entries: compiled.entries }, edits.edits);
  const got = new Map(check.entries.map((e) => [e.id, canonicalJson(e)]));
  const gotDocs = new Map(check.documents.map((d) => [d.id, canonicalJson(d)]));
  for (const e of expected.entries) {
    if (got.get(e.id) !== canonicalJson(e)) refusals.push({ file: files.get(e.docId)?.file ?? '', entryId: e.id, reason: 'the merged sources would not give the entry the workshop showed' });
  }
  for (const d of expected.documents) {
    if (gotDocs.get(d.id) !== canonicalJson(d)) refusals.push({ file: files.get(d.id)?.file ?? '', entryId: d.id, reason: 'the merged sources would not give the document the workshop showed' });
  }
  if (refusals.length > 0) return { ok: false, refusals };
  return {
    ok: true,
    files: [...lines].map(([docId, changed]) => {
      const f = files.get(docId);
      return {
        path: join(dir, f?.folder ?? '', `${docId}.md`),
        file: f?.file ?? docId,
        source: changed.join('\n'),
        diff: (diffs.get(docId) ?? []).join('\n'),
      };
    }),
  };
}
