import type { Lang } from '../../renderer/core/content/types';
import type { ErrorList } from './contentError';
import { findCrossRefs, lineAt } from './markdownChecks';
import type { MarkdownChunk } from './markdownChecks';
import type { SourceDocument, SourceEntry } from './sourceTypes';

// Resolution of ids across the whole content: `[[doc]]`, `[[doc/entry]]` and `[[…|label]]` in
// Markdown, and entry ids in meta fields.

export interface Target {
  doc: SourceDocument;
  entry?: SourceEntry;
}

export class ContentIndex {
  readonly docs = new Map<string, SourceDocument>();
  readonly entries = new Map<string, { doc: SourceDocument; entry: SourceEntry }>();

  constructor(
    docs: readonly SourceDocument[],
    private readonly pending: ReadonlySet<string> = new Set(),
  ) {
    for (const doc of docs) {
      this.docs.set(doc.fm.id, doc);
      for (const entry of doc.entries) this.entries.set(entry.fullId, { doc, entry });
    }
  }

  /** True when `ref` names something in a file that failed validation (already reported). */
  isPending(ref: string, from?: SourceDocument): boolean {
    return this.pending.has(ref) || (!!from && !ref.includes('/') && this.pending.has(`${from.fm.id}/${ref}`));
  }

  /** `[[x]]` in text: a bare id is a document, `doc/entry` an entry. */
  resolveTextRef(target: string): Target | undefined {
    if (!target.includes('/')) {
      const doc = this.docs.get(target);
      return doc ? { doc } : undefined;
    }
    return this.entries.get(target);
  }

  /** Meta fields name entries; a bare id is an entry of the same document. */
  resolveEntryRef(target: string, from: SourceDocument): { doc: SourceDocument; entry: SourceEntry } | undefined {
    return this.entries.get(target.includes('/') ? target : `${from.fm.id}/${target}`);
  }
}

const escapeLabel = (label: string): string => label.replace(/([[\]\\])/g, '\\$1');

export const refLabel = (t: Target, lang: Lang): string => {
  const short = t.doc.fm.shortName[lang] ?? t.doc.fm.shortName.fr;
  if (!t.entry) return short;
  return t.entry.number ? `${short}, art. ${t.entry.number}` : `${short} : ${t.entry.raw.heading}`;
};

export const refHref = (t: Target): string =>
  t.entry ? `#/doc/${t.doc.fm.id}/${t.entry.raw.localId}` : `#/doc/${t.doc.fm.id}`;

/** Replaces every cross-reference with a Markdown link; reports each broken one at its line. */
export const linkCrossRefs = (
  chunk: MarkdownChunk,
  lang: Lang,
  index: ContentIndex,
  file: string,
  errors: ErrorList,
): string => {
  let out = '';
  let last = 0;
  for (const ref of findCrossRefs(chunk.text)) {
    out += chunk.text.slice(last, ref.start);
    last = ref.end;
    const target = index.resolveTextRef(ref.target);
    if (!target) {
      if (!index.isPending(ref.target)) errors.add(file, lineAt(chunk, ref.start), `broken cross-reference \`[[${ref.target}]]\`: no such document or entry`);
      out += ref.label ?? ref.target;
      continue;
    }
    out += `[${escapeLabel(ref.label ?? refLabel(target, lang))}](${refHref(target)})`;
  }
  return out + chunk.text.slice(last);
};
