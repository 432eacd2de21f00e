import type { DocumentKind, EntryKind } from '../../renderer/core/content/types';
import type { MarkdownChunk } from './markdownChecks';
import type { ParsedBody, RawEntry } from './parseBody';
import type { EntryMeta, FrontMatter } from './schema';
import type { YamlSource } from './yamlSource';

// The compiler's intermediate model: one validated source file, with the positions needed to report
// errors found later, when cross-references are resolved across all documents.

export interface SourceEntry {
  raw: RawEntry;
  fullId: string;
  kind: EntryKind;
  number?: string;
  meta?: EntryMeta;
  metaYaml?: YamlSource;
  texts: { fr: MarkdownChunk; en?: MarkdownChunk; sw?: MarkdownChunk };
}

export interface SourceDocument {
  file: string;
  fm: FrontMatter;
  yaml: YamlSource;
  body: ParsedBody;
  entries: SourceEntry[];
}

export const FOLDER_KIND: Record<string, DocumentKind> = {
  laws: 'law',
  indicators: 'indicators',
  guidelines: 'guideline',
  directory: 'directory',
};

export const ENTRY_KIND: Record<DocumentKind, EntryKind> = {
  law: 'article',
  indicators: 'indicator',
  guideline: 'step',
  directory: 'actor',
};
