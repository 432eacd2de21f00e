import { join } from 'node:path';
import { type Document, isMap, parseDocument, Scalar } from 'yaml';
import type { Entry } from '../../renderer/core/content/types';
import { applyEntryEdit, officialInOrder } from '../../renderer/core/workshop/applyEdits';
import type { EditsFile } from '../../renderer/core/workshop/editsFile';
import { canonicalJson, type EntryEdit, entryFingerprint } from '../../renderer/core/workshop/workshopEdits';
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

/** Applies the edits to the sources read from `dir` (readContentDir); writes nothing itself. */
export async function mergeEdits(dir: string, input: ContentInput, edits: EditsFile): Promise<MergeResult> {
  const compiled = compileContent(input);
  if (compiled.errors.length > 0) {
    return { ok: false, refusals: compiled.errors.map((e) => ({ file: e.file, entryId: '', reason: `the sources have errors already: ${formatError(e)}` })) };
  }
  const entries = new Map(compiled.entries.map((e) => [e.id, e]));
  const files = new Map(input.files.map((f) => [f.baseName, f]));
  const lines = new Map<string, string[]>();
  const diffs = new Map<string, string[]>();
  const refusals: MergeRefusal[] = [];
  for (const edit of edits.edits) {
    const [docId = '', localId = ''] = edit.entryId.split('/');
    const file = files.get(docId);
    const entry = entries.get(edit.entryId);
    if (!file || !entry) {
      refusals.push({ file: file?.file ?? `${docId}.md`, entryId: edit.entryId, reason: 'this entry is no longer in the sources' });
      continue;
    }
    if ((await entryFingerprint(entry)) !== edit.base) {
      refusals.push({ file: file.file, entryId: edit.entryId, reason: 'this entry has changed in the sources since the edits were made: key it again on the current pack' });
      continue;
    }
    const current = lines.get(docId) ?? file.source.split('\n');
    const block = metaBlock(current, localId);
    if (!block) {
      refusals.push({ file: file.file, entryId: edit.entryId, reason: 'its heading or meta block was not found' });
      continue;
    }
    const before = current.slice(block.from, block.to);
    const doc = parseDocument(before.join('\n'));
    editMeta(doc, edit);
    const after = doc.toString({ lineWidth: 0 }).replace(/\n$/, '').split('\n');
    lines.set(docId, [...current.slice(0, block.from), ...after, ...current.slice(block.to)]);
    diffs.set(docId, [...(diffs.get(docId) ?? []), blockDiff(file.file, block.from, before, after)]);
  }
  if (refusals.length > 0) return { ok: false, refusals };

  const merged: ContentInput = {
    ...input,
    files: input.files.map((f) => {
      const changed = lines.get(f.baseName);
      return changed ? { ...f, source: changed.join('\n') } : f;
    }),
  };
  const check = compileContent(merged);
  if (check.errors.length > 0) {
    return { ok: false, refusals: check.errors.map((e) => ({ file: e.file, entryId: '', reason: `the merged sources would not compile: ${formatError(e)}` })) };
  }
  // The sources must now give exactly the entry the workshop showed and published.
  const after = new Map(check.entries.map((e) => [e.id, e]));
  for (const edit of edits.edits) {
    const expected = applyEntryEdit(entries.get(edit.entryId) as Entry, edit);
    if (canonicalJson(after.get(edit.entryId)) !== canonicalJson(expected)) {
      refusals.push({ file: files.get(edit.entryId.split('/')[0] ?? '')?.file ?? '', entryId: edit.entryId, reason: 'the merged sources would not give the entry the workshop showed' });
    }
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
