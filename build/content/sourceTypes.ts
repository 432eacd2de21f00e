import type { DocumentKind, EntryKind } from '../../renderer/core/content/types';
import type { MarkdownChunk } from './markdownChecks';
import type { ParsedBody, RawEntry } from './parseBody';
import type { EntryMeta, FrontMatter } from './schema';
import type { YamlSource } from './yamlSource';
import { DOC_KIND_SHAPE, DOC_KINDS, type TranslationLanguage } from '../../renderer/core/vocabulary';

// The compiler's intermediate model: one validated source file, with the positions needed to report
// errors found later, when cross-references are resolved across all documents.

export interface SourceEntry {
  raw: RawEntry;
  fullId: string;
  kind: EntryKind;
  number?: string;
  meta?: EntryMeta;
  metaYaml?: YamlSource;
  texts: { fr: MarkdownChunk } & { [L in TranslationLanguage]?: MarkdownChunk };
}

export interface SourceDocument {
  file: string;
  fm: FrontMatter;
  yaml: YamlSource;
  body: ParsedBody;
  entries: SourceEntry[];
}

/** `content/<folder>/` → the kind of the documents it holds (renderer/core/vocabulary DOC_KIND_SHAPE). */
export const FOLDER_KIND: Record<string, DocumentKind> = Object.fromEntries(
  DOC_KINDS.map((kind) => [DOC_KIND_SHAPE[kind].folder, kind]),
);

export const ENTRY_KIND = Object.fromEntries(DOC_KINDS.map((kind) => [kind, DOC_KIND_SHAPE[kind].entry])) as Record<
  DocumentKind,
  EntryKind
>;
